/**
 * Scores a performance report states in sentences rather than in a form
 * (grammars/performance.ts `scoreSentences`): "综合得分 95.5 分，其中执行情况
 * 得分 18.5 分", "数量指标：满分 20 分，得分 18 分", "成本指标得分15分（满20分）".
 * Each total starts an entry; the indicator scores after it, up to the next
 * total, are its indicators (with 满分 as the weight).
 */
import { scoreSentences } from '../../grammars/performance.js'
import type { Indicator, PerformanceEntry } from '../../schemas/performance.js'
import type { SourceLine } from '../ingest/normalize.js'
import { runningText, sentenceEnd, sentenceStart, sourceOf } from '../narrative/running-text.js'
import type { Structure } from '../structure/build-structure.js'
import { exactDecimal } from '../tables/parse-amount.js'
import { emptyEntry } from './entry.js'

export function readScoreSentences(lines: readonly SourceLine[], structure: Structure): PerformanceEntry[] {
  const running = runningText(lines, structure, ['绩效', '附件', '情况说明', '概况', '其他'])
  const text = running.text
  const totals = [...text.matchAll(scoreSentences.total)]
  const entries: PerformanceEntry[] = []
  totals.forEach((match, at) => {
    const start = sentenceStart(text, match.index)
    const end = at + 1 < totals.length ? sentenceStart(text, totals[at + 1]!.index) : text.length
    const sentence = text.slice(start, sentenceEnd(text, match.index) + 1).trim()
    // The sentence, or the next one in its paragraph ("详见部门整体支出绩效评价指标表"), says whether
    // it is the department as a whole; failing that, the heading above it.
    const sentenceClose = sentenceEnd(text, match.index)
    const next = text[sentenceClose] === '。' ? text.slice(sentenceClose + 1, sentenceEnd(text, sentenceClose + 1)) : ''
    const before = text.slice(Math.max(0, start - 80), start)
    const overall =
      scoreSentences.overall.test(sentence) || scoreSentences.overall.test(next) || (!/项目/.test(sentence) && scoreSentences.overall.test(before))
    const line = sourceOf(running, lines, match.index).line
    const execution = scoreSentences.execution.exec(sentence)
    const span = text.slice(match.index, end)
    const indicators: Indicator[] = []
    for (const found of span.matchAll(scoreSentences.weightFirst))
      indicators.push(indicator(found[1]!, found[3]!, found[2]!, sourceOf(running, lines, match.index + found.index).line))
    for (const found of span.matchAll(scoreSentences.scoreFirst))
      indicators.push(indicator(found[1]!, found[2]!, found[3]!, sourceOf(running, lines, match.index + found.index).line))
    indicators.sort((a, b) => a.line - b.line)
    entries.push({
      ...emptyEntry({
        source: 'narrative',
        kind: 'self-evaluation',
        scope: overall ? '整体' : '项目',
        title: sentence,
        line,
        endLine: sourceOf(running, lines, Math.max(match.index, end - 1)).line,
      }),
      score: execution ? exactDecimal(execution[1]!) : null,
      totalScore: exactDecimal(match[1]!),
      indicators,
    })
  })
  return entries
}

/** A level-1 label (产出/效益/满意度/成本指标) or a level-2 one, with its score and 满分. */
function indicator(label: string, score: string, weight: string, line: number): Indicator {
  const level1 = /^(?:产出|效益|满意度|成本)指标$/.test(label)
  return { level1: level1 ? label : null, level2: level1 ? null : label, level3: label, target: null, actual: null, score: exactDecimal(score), weight: exactDecimal(weight), values: [], line }
}
