/**
 * The fiscal year the figures cover: the year that titles (cover, part
 * headings, table titles) give most often — never a publication date
 * ("2024 年 10 月 30 日"). Without titles, the body's "2023 年度" decides.
 */
import { patterns } from '../tree/patterns.js'
import { absent, found, type Evidence, type MetaContext } from './evidence.js'

/** A date: the year is followed by a month. */
const monthAfter = /^\s*\d{1,2}\s*月/

interface Tally {
  votes: number
  line: number
  index: number
}

/**
 * @param context the document read so far
 */
export function readYear(context: MetaContext): Evidence<number> {
  const fromTitles = tally(context, context.titleLines, false)
  const result = fromTitles ?? tally(context, context.bodyLines, true)
  if (!result) return absent()
  return found(result.year, context.lines, result.line, result.index)
}

function tally(context: MetaContext, indexes: readonly number[], strictOnly: boolean): ({ year: number } & Tally) | undefined {
  const counts = new Map<number, Tally>()
  for (const index of indexes) {
    const text = context.lines[index]!.text
    if (text.length > 2000) continue
    const pattern = new RegExp(patterns.year.source, 'g')
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const after = text.slice(match.index + match[0].length, match.index + match[0].length + 6)
      if (match[2] === '' && monthAfter.test(after)) continue
      // In the body only "年度" and "年部门决算/预算" name the fiscal year.
      const strong = match[2] === '度' || /^\s*(?:部门)?(?:决算|预算)/.test(after)
      if (strictOnly && !strong) continue
      const year = Number(match[1])
      const entry = counts.get(year)
      if (entry) entry.votes += strong ? 2 : 1
      else counts.set(year, { votes: strong ? 2 : 1, line: index, index: match.index })
    }
  }
  let best: ({ year: number } & Tally) | undefined
  for (const [year, entry] of counts) {
    if (!best || entry.votes > best.votes || (entry.votes === best.votes && entry.line < best.line)) best = { year, ...entry }
  }
  return best
}
