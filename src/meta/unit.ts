/**
 * The money unit: the one the tables' unit lines ("单位：万元") print most;
 * without unit lines, "万元" when the text states amounts in it.
 */
import { patterns } from '../tree/patterns.js'
import { absent, found, type Evidence, type MetaContext } from './evidence.js'

/** An amount stated in 万元 in a sentence. */
const amountInTenThousands = /\d\s*万元/

/**
 * @param context the document read so far
 */
export function readUnit(context: MetaContext): Evidence<string> {
  const counts = new Map<string, { votes: number; line: number; index: number }>()
  for (const index of context.bodyLines) {
    const text = context.lines[index]!.text
    if (text.length > 400) continue
    const match = patterns.unitLine.exec(text)
    if (!match) continue
    const unit = match[1]!
    const entry = counts.get(unit)
    if (entry) entry.votes++
    else counts.set(unit, { votes: 1, line: index, index: match.index + match[0].indexOf(unit) })
  }
  let best: { unit: string; line: number; index: number; votes: number } | undefined
  for (const [unit, entry] of counts) if (!best || entry.votes > best.votes) best = { unit, ...entry }
  if (best) return found(best.unit, context.lines, best.line, best.index)
  for (const index of context.bodyLines) {
    const text = context.lines[index]!.text
    const match = amountInTenThousands.exec(text)
    if (match) return found('万元', context.lines, index, text.indexOf('万元', match.index))
  }
  return absent()
}
