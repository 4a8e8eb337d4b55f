/**
 * The kind of document: 决算, 预算 or a stand-alone 绩效自评 report.
 * Titles vote (cover, part headings, table titles); a document whose titles
 * name neither 决算 nor 预算 but speak of 绩效 is a 绩效自评.
 */
import type { DocumentKind } from '../../grammars/types.js'
import { otherTableId } from '../grammars/compile.js'
import { absent, found, type Evidence, type MetaContext } from './evidence.js'

/**
 * @param context the document read so far
 */
export function readKind(context: MetaContext): Evidence<DocumentKind> {
  // The cover, the part headings and the table titles speak first; headings inside parts only without them.
  return kindFrom(context, context.mainTitleLines) ?? kindFrom(context, context.titleLines) ?? absent()
}

function kindFrom(context: MetaContext, titleLines: readonly number[]): Evidence<DocumentKind> | null {
  const totals = new Map<DocumentKind, { votes: number; line: number }>()
  for (const index of titleLines) {
    const votes = context.grammar.documentKindVotes(context.structure.info[index]!.trimmed)
    for (const [kind, count] of votes) {
      const entry = totals.get(kind)
      if (entry) entry.votes += count
      else totals.set(kind, { votes: count, line: index })
    }
  }
  for (const table of context.structure.tables) {
    const set = table.match.table.set
    // A table the grammar does not know guesses its set from its title: no evidence of the document's kind.
    if (set === '绩效' || table.match.table.id === otherTableId) continue
    const entry = totals.get(set)
    if (entry) entry.votes++
    else totals.set(set, { votes: 1, line: table.start })
  }
  const final = totals.get('决算')
  const budget = totals.get('预算')
  if (final || budget) {
    const winner: DocumentKind = (final?.votes ?? 0) >= (budget?.votes ?? 0) ? '决算' : '预算'
    const place = totals.get(winner)!
    return found(winner, context.lines, place.line, context.structure.info[place.line]!.indent)
  }
  const performance = totals.get('绩效自评')
  if (performance) return found('绩效自评', context.lines, performance.line, context.structure.info[performance.line]!.indent)
  return null
}
