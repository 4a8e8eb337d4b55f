/**
 * The performance entries of a document: every form (绩效自评表, 绩效目标表)
 * among its tables, read by `readForm`, and the scores its reports state in
 * sentences.
 */
import type { Diagnostic } from '../../schemas/report.js'
import type { PerformanceEntry } from '../../schemas/performance.js'
import { otherTableId } from '../grammars/compile.js'
import type { SourceLine } from '../ingest/normalize.js'
import type { Structure } from '../structure/build-structure.js'
import { readForm } from './read-form.js'
import { readScoreSentences } from './read-score-sentences.js'

export function readPerformance(lines: readonly SourceLine[], structure: Structure): { entries: PerformanceEntry[]; diagnostics: Diagnostic[] } {
  const entries: PerformanceEntry[] = []
  const diagnostics: Diagnostic[] = []
  for (const region of structure.tables) {
    const grammar = region.match.table
    if (grammar.shape !== 'form') continue
    // 整体 forms say so in their id (a form the grammar does not know, in its title); target tables belong
    // to a 预算, self-evaluations to a 决算 or 绩效 report.
    const other = grammar.id === otherTableId
    const scope = /overall/i.test(grammar.id) || (other && grammar.title.includes('整体')) ? '整体' : '项目'
    const kind = /targets/i.test(grammar.id) || (other && grammar.title.includes('目标')) ? 'targets' : 'self-evaluation'
    const entry = readForm(region, lines, structure.info, scope, kind)
    if (entry.indicators.length === 0 && entry.budget === null && entry.totalScore === null && entry.name === null) continue
    entries.push(entry)
    if (entry.unread.length > 0)
      diagnostics.push({
        code: 'performance-rows-not-read',
        severity: 'warning',
        message: `${entry.title}: ${entry.unread.length} lines of the form not read (cells scrambled or ambiguous); kept in performance[].unread rather than guessed`,
        line: entry.unread[0]!.line,
        endLine: entry.endLine,
      })
  }
  entries.push(...readScoreSentences(lines, structure))
  entries.sort((a, b) => a.line - b.line)
  return { entries, diagnostics }
}
