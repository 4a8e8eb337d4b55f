/**
 * Arithmetic of the performance forms and reports: 执行率 = 执行数 ÷ 预算数,
 * the budget score = its 分值 × 执行率, 总分 = budget score + Σ indicator
 * scores, and no indicator scoring above its 满分.
 */
import type { YujuesuanDocument } from '../../schemas/document.js'
import type { PerformanceEntry } from '../../schemas/performance.js'
import { Decimal, decimalsOf, halfUnit, show, sum } from './amounts.js'
import { judgeRate } from './judge-rate.js'
import { side, type Collector } from './collector.js'

const what = (entry: PerformanceEntry) => `第 ${entry.line} 行${entry.name ? `“${entry.name}”` : entry.scope === '整体' ? '部门整体' : ''}绩效${entry.source === 'table' ? '自评表' : '评价'}`

export function checkPerformance(document: YujuesuanDocument, collector: Collector): void {
  for (const entry of document.performance) {
    checkRate(entry, collector)
    checkBudgetScore(entry, collector)
    checkTotal(entry, collector)
    checkWeights(entry, collector)
  }
}

function checkRate(entry: PerformanceEntry, collector: Collector): void {
  if (entry.budget === null || entry.actual === null || entry.rate === null) return
  const half = halfUnit(Math.max(decimalsOf(entry.budget), decimalsOf(entry.actual), 2))
  const verdict = judgeRate(entry.rate, entry.actual, entry.budget, half)
  if (verdict.kind === 'undefined') return
  if (verdict.kind === 'agrees') {
    collector.pass('performance-rate')
    return
  }
  collector.fail('performance-rate', {
    key: `${entry.line}|rate`,
    message: `${what(entry)}：执行数 ${entry.actual} ÷ 预算数 ${entry.budget} = ${verdict.computed}%，表中执行率为 ${entry.rate}%`,
    left: side('执行率', entry.rate, '%', [entry.line]),
    right: side(`${entry.actual} ÷ ${entry.budget}`, verdict.computed, '%', [entry.line]),
    difference: verdict.difference,
    tolerance: show(halfUnit(decimalsOf(entry.rate))),
    line: entry.line,
  })
}

/** 得分 = 分值 × 执行率, compared at the printed precision of the score (the rate itself is rounded). */
function checkBudgetScore(entry: PerformanceEntry, collector: Collector): void {
  if (entry.scoreWeight === null || entry.rate === null || entry.score === null) return
  const rate = new Decimal(entry.rate)
  const rateHalf = halfUnit(decimalsOf(entry.rate))
  // A rate above 100% scores the full weight.
  const cap = (value: Decimal) => Decimal.min(value, 100).times(entry.scoreWeight!).div(100)
  const low = cap(rate.minus(rateHalf))
  const high = cap(rate.plus(rateHalf))
  const scoreHalf = halfUnit(decimalsOf(entry.score))
  const score = new Decimal(entry.score)
  if (score.plus(scoreHalf).gte(low) && score.minus(scoreHalf).lte(high)) {
    collector.pass('performance-score')
    return
  }
  const computed = cap(rate)
  collector.fail('performance-score', {
    key: `${entry.line}|score`,
    message: `${what(entry)}：预算执行得分应为 ${show(computed)}（${entry.scoreWeight} 分 × ${entry.rate}%），表中为 ${entry.score}`,
    left: side('得分', entry.score, '分', [entry.line]),
    right: side(`${entry.scoreWeight} × ${entry.rate}%`, show(computed), '分', [entry.line]),
    difference: show(score.minus(computed)),
    tolerance: show(scoreHalf.plus(high.minus(low).div(2))),
    line: entry.line,
  })
}

/**
 * 总分 = budget score + Σ indicator scores: for a form whose every indicator
 * has a score, and for a report that gives the scores of its 一级指标.
 */
function checkTotal(entry: PerformanceEntry, collector: Collector): void {
  if (entry.totalScore === null || entry.indicators.length === 0) return
  if (entry.source === 'table' && entry.scope === '整体') return // 整体 forms weight each 年度目标 separately
  if (entry.source === 'narrative' && !entry.indicators.every((indicator) => indicator.level1 !== null)) return
  if (entry.unread.length > 0 || entry.indicators.some((indicator) => indicator.score === null)) {
    collector.insufficient('performance-total', {
      key: `${entry.line}|total`,
      message: `${what(entry)}：总分 ${entry.totalScore} 无法核对——有指标得分未读出`,
      left: side('总分', entry.totalScore, '分', [entry.line]),
      right: side('预算执行得分 + Σ 指标得分', null, '分', []),
      difference: null,
      tolerance: null,
      line: entry.line,
    })
    return
  }
  const scores = [entry.score, ...entry.indicators.map((indicator) => indicator.score)]
  const total = sum(scores)
  const printed = scores.filter((score) => score !== null) as string[]
  const tolerance = halfUnit(Math.max(...printed.map(decimalsOf), decimalsOf(entry.totalScore))).times(printed.length + 1)
  const difference = new Decimal(entry.totalScore).minus(total)
  if (difference.abs().lte(tolerance)) {
    collector.pass('performance-total')
    return
  }
  collector.fail('performance-total', {
    key: `${entry.line}|total`,
    message: `${what(entry)}：总分 ${entry.totalScore}，预算执行得分与各指标得分之和为 ${show(total)}`,
    left: side('总分', entry.totalScore, '分', [entry.line]),
    right: side('预算执行得分 + Σ 指标得分', show(total), '分', entry.indicators.map((indicator) => indicator.line)),
    difference: show(difference),
    tolerance: show(tolerance),
    line: entry.line,
  })
}

function checkWeights(entry: PerformanceEntry, collector: Collector): void {
  for (const indicator of entry.indicators) {
    if (indicator.score === null || indicator.weight === null) continue
    if (new Decimal(indicator.score).lte(indicator.weight)) {
      collector.pass('indicator-weight')
      continue
    }
    collector.fail('indicator-weight', {
      key: `${indicator.line}|${indicator.level3}`,
      message: `第 ${indicator.line} 行 ${indicator.level3}：得分 ${indicator.score} 高于满分 ${indicator.weight}`,
      left: side('得分', indicator.score, '分', [indicator.line]),
      right: side('满分', indicator.weight, '分', [indicator.line]),
      difference: show(new Decimal(indicator.score).minus(indicator.weight)),
      tolerance: '0',
      line: indicator.line,
    })
  }
}
