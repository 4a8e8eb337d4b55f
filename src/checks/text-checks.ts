/**
 * Checks of the narrative: its figures and statements against the tables,
 * its own arithmetic (change rates, completion rates, shares), and its
 * consistency (template residue, a figure stated and then denied, a change
 * whose direction is left open).
 */
import { figureParts, templateResidue } from '../../grammars/identities.js'
import type { YujuesuanDocument } from '../../schemas/document.js'
import type { ChangeStatement, ShareStatement } from '../../schemas/statements.js'
import type { Table } from '../../schemas/table.js'
import { unitFactor } from '../meta/money-units.js'
import { Decimal, decimalsOf, halfUnit, roundingAcrossUnits, show, sum } from './amounts.js'
import { judgeRate } from './judge-rate.js'
import { side, type Collector } from './collector.js'
import { bareName, cellState, tableById, totalColumn } from './table-view.js'

/** Where a per-科目 statement's 决算 and a 类's amount are looked up, in order. */
const subjectTables = ['final.generalBudgetExpenditure', 'budget.generalBudgetExpenditure', 'final.expenditure', 'budget.expenditure'] as const

/**
 * A stated amount against a table's, in the statement's unit: a table in 元 against a sentence in 万元 agrees
 * to the rounding of both (half a unit of each one's last printed place); in one unit, exactly. Null when the
 * units cannot be related.
 */
function compareStated(stated: string, statedUnit: string | null, tableValue: string, tableUnit: string | null) {
  const factor = tableUnit === statedUnit || tableUnit === null || statedUnit === null ? null : unitFactor(tableUnit, statedUnit)
  if (factor === null && tableUnit !== statedUnit && tableUnit !== null && statedUnit !== null) return null
  const inStatedUnit = factor ? new Decimal(tableValue).times(factor) : new Decimal(tableValue)
  const tolerance = factor ? roundingAcrossUnits(decimalsOf(stated), decimalsOf(tableValue), factor) : new Decimal(0)
  const difference = new Decimal(stated).minus(inStatedUnit)
  return {
    agrees: difference.abs().lte(tolerance),
    difference,
    tolerance,
    /** The table's amount as shown beside the statement: converted, with what the table prints. */
    shown: factor ? `${show(inStatedUnit)}${statedUnit}（表中 ${tableValue}${tableUnit}）` : tableValue,
    value: factor ? show(inStatedUnit) : tableValue,
  }
}

export function checkFigures(document: YujuesuanDocument, collector: Collector): void {
  for (const [key, figure] of Object.entries(document.figures)) {
    if (!figure || figure.tableValue === null) continue
    const compared = compareStated(figure.value, figure.unit, figure.tableValue, figure.tableUnit)
    if (!compared) continue
    if (compared.agrees) {
      collector.pass('figure-table')
      continue
    }
    collector.fail('figure-table', {
      key,
      message: `情况说明第 ${figure.line} 行的 ${figure.value}${figure.unit ?? ''} 与表中的 ${compared.shown} 不一致`,
      left: side(`情况说明：${key}`, figure.value, figure.unit, [figure.line]),
      right: side('表', compared.value, figure.unit, []),
      difference: show(compared.difference),
      tolerance: show(compared.tolerance),
      line: figure.line,
    })
  }
}

/** A 类/款/项 row of the first subject table that prints the code. */
function rowByCode(tables: readonly Table[], code: string) {
  for (const id of subjectTables) {
    const table = tableById(tables, id)
    const row = table?.rows.find((candidate) => candidate.code === code)
    const column = table ? totalColumn(table) : null
    if (table && row && column) return { table, row, state: cellState(row, column.key) }
  }
  return null
}

export function checkSubjects(document: YujuesuanDocument, collector: Collector): void {
  for (const subject of document.statements.subjects) {
    if (subject.code === null || subject.final === null) continue
    const found = rowByCode(document.tables, subject.code)
    if (!found) continue
    const name = [subject.category, subject.section, subject.item].filter(Boolean).join('／')
    const base = { key: `${subject.code}|${subject.line}`, line: subject.line, tolerance: '0' }
    if (found.state.kind === 'damaged') {
      collector.insufficient('subject-table', {
        ...base,
        message: `情况说明第 ${subject.line} 行 ${name} 的决算数 ${subject.final} 无法与表核对：表中第 ${found.row.line} 行“${found.state.cell.printed}”无法读出`,
        left: side('情况说明', subject.final, '万元', [subject.line]),
        right: side(found.table.title, null, found.table.unit, [found.row.line]),
        difference: null,
      })
      continue
    }
    const tableValue = found.state.kind === 'value' ? found.state.value : '0'
    compareAmounts(collector, 'subject-table', base, `${name}（${subject.code}）`, subject.final, subject.line, found.table, tableValue, found.row.line)
  }
}

/** Shares of a 类 ("卫生健康支出 12.30 万元，占 8%") against the 类 row of the tables. */
export function checkShareAmounts(document: YujuesuanDocument, collector: Collector): void {
  const categories = new Map<string, { table: Table; value: string | null; damaged: boolean; line: number }[]>()
  for (const id of subjectTables) {
    const table = tableById(document.tables, id)
    const column = table ? totalColumn(table) : null
    if (!table || !column) continue
    for (const row of table.rows) {
      if (row.code?.length !== 3 || !row.item) continue
      const state = cellState(row, column.key)
      const name = categoryName(row.item)
      const entry = { table, value: state.kind === 'value' ? state.value : state.kind === 'blank' ? '0' : null, damaged: state.kind === 'damaged', line: row.line }
      categories.set(name, [...(categories.get(name) ?? []), entry])
    }
  }
  for (const share of document.statements.shares) {
    const found = categories.get(categoryName(share.subject))
    if (!found) continue
    const base = { key: `${share.subject}|${share.line}`, line: share.line, tolerance: '0' }
    // Any table that prints the same amount for the 类 agrees: the shares may be of all funds or of 财政拨款.
    if (found.some((entry) => entry.value !== null && compareStated(share.amount, '万元', entry.value, entry.table.unit)?.agrees)) {
      collector.pass('share-table')
      continue
    }
    const readable = found.filter((entry) => entry.value !== null)
    if (readable.length === 0) {
      collector.insufficient('share-table', {
        ...base,
        message: `情况说明第 ${share.line} 行 ${share.subject} ${share.amount} 万元无法与表核对：表中该类金额无法读出`,
        left: side('情况说明', share.amount, '万元', [share.line]),
        right: side('表', null, found[0]!.table.unit, found.map((entry) => entry.line)),
        difference: null,
      })
      continue
    }
    const first = readable[0]!
    compareAmounts(collector, 'share-table', base, share.subject, share.amount, share.line, first.table, first.value!, first.line)
  }
}

/** "卫生健康支出（类）支出", "卫生健康（类）" and "卫生健康支出" are the same 类. */
function categoryName(name: string): string {
  return bareName(name.replace(/[（(]类[)）]/g, '')).replace(/支出$/, '').replace(/支出$/, '')
}

function compareAmounts(
  collector: Collector,
  rule: string,
  base: { key: string; line: number; tolerance: string },
  what: string,
  stated: string,
  statedLine: number,
  table: Table,
  tableValue: string,
  tableLine: number,
): void {
  // Statements of 科目 and shares are in 万元.
  const compared = compareStated(stated, '万元', tableValue, table.unit)
  if (!compared) return
  if (compared.agrees) {
    collector.pass(rule)
    return
  }
  collector.fail(rule, {
    ...base,
    tolerance: show(compared.tolerance),
    message: `情况说明第 ${statedLine} 行 ${what} ${stated} 万元，${table.number ?? table.title}第 ${tableLine} 行为 ${compared.shown}${compared.shown === tableValue ? ' 万元' : ''}（差 ${show(compared.difference)}）`,
    left: side('情况说明', stated, '万元', [statedLine]),
    right: side(table.number ? `${table.title}（${table.number}）` : table.title, compared.value, '万元', [tableLine]),
    difference: show(compared.difference),
  })
}

/** 增减率 = 增减额 ÷ 上年数, where 上年数 = 本年数 ∓ 增减额. */
export function checkChangeRates(document: YujuesuanDocument, collector: Collector): void {
  for (const change of document.statements.changes) {
    // An open direction ("增长(下降)") is template residue, reported once by that rule.
    if (change.direction === 'ambiguous') continue
    const { amount, rate, current } = change
    if (change.direction === '持平' || amount === null || rate === null || current === null) continue
    checkRate({ ...change, amount, rate, current }, collector)
  }
}

function checkRate(change: ChangeStatement & { amount: string; rate: string; current: string }, collector: Collector): void {
  const amount = new Decimal(change.amount)
  const current = new Decimal(change.current)
  const previous = change.direction === '增加' ? current.minus(amount) : current.plus(amount)
  const half = halfUnit(Math.max(decimalsOf(change.amount), decimalsOf(change.current), 2))
  const base = { key: `${change.subject}|${change.line}`, line: change.line, tolerance: show(halfUnit(decimalsOf(change.rate))) }
  if (amount.isZero() && new Decimal(change.rate).isZero()) {
    collector.pass('change-rate')
    return
  }
  const verdict = judgeRate(change.rate, amount, previous, half.times(2))
  if (verdict.kind === 'undefined') {
    // From nothing: no rate is defined; "增长 100%" is a common convention, noted only.
    collector.hint('change-rate', {
      ...base,
      message: `情况说明第 ${change.line} 行 ${change.subject}：上年数为 ${show(previous)}，增减率无定义（文中为 ${change.rate}%）`,
      left: side('文中增减率', change.rate, '%', [change.line]),
      right: side('上年数', show(previous), '万元', [change.line]),
      difference: null,
    })
    return
  }
  if (verdict.kind === 'agrees') {
    collector.pass('change-rate')
    return
  }
  const hint = judgeRate(change.rate, amount, current, half.times(2)).kind === 'agrees' ? '；文中的比率是以本年数为分母算出的' : ''
  collector.fail('change-rate', {
    ...base,
    message: `情况说明第 ${change.line} 行 ${change.subject}：${change.direction} ${change.amount} 万元，上年数 ${show(previous)} 万元，应为 ${verdict.computed}%，文中为 ${change.rate}%${hint}`,
    left: side('文中增减率', change.rate, '%', [change.line]),
    right: side(`${change.amount} ÷ ${show(previous)}`, verdict.computed, '%', [change.line]),
    difference: verdict.difference,
  })
}

/** 完成年初预算的 X% = 决算 ÷ 年初预算, and no rate when the budget is 0. */
export function checkCompletionRates(document: YujuesuanDocument, collector: Collector): void {
  for (const subject of document.statements.subjects) {
    if (subject.initialBudget === null || subject.final === null || subject.completionRate === null) continue
    const name = [subject.category, subject.section, subject.item].filter(Boolean).join('／')
    const base = { key: `${name}|${subject.line}`, line: subject.line, tolerance: show(halfUnit(decimalsOf(subject.completionRate))) }
    const half = halfUnit(Math.max(decimalsOf(subject.initialBudget), decimalsOf(subject.final), 2))
    const verdict = judgeRate(subject.completionRate, subject.final, subject.initialBudget, half)
    if (verdict.kind === 'undefined') {
      collector.fail('completion-rate', {
        ...base,
        message: `情况说明第 ${subject.line} 行 ${name}：年初预算为 ${subject.initialBudget}，不应有完成率（文中为 ${subject.completionRate}%）`,
        left: side('文中完成率', subject.completionRate, '%', [subject.line]),
        right: side('年初预算', subject.initialBudget, '万元', [subject.line]),
        difference: null,
      })
      continue
    }
    if (verdict.kind === 'agrees') {
      collector.pass('completion-rate')
      continue
    }
    collector.fail('completion-rate', {
      ...base,
      message: `情况说明第 ${subject.line} 行 ${name}：决算 ${subject.final} ÷ 年初预算 ${subject.initialBudget} = ${verdict.computed}%，文中为 ${subject.completionRate}%`,
      left: side('文中完成率', subject.completionRate, '%', [subject.line]),
      right: side(`${subject.final} ÷ ${subject.initialBudget}`, verdict.computed, '%', [subject.line]),
      difference: verdict.difference,
    })
  }
}

/**
 * 占比 = 部分 ÷ 总数. The whole is the 本年收入/支出 figure a share names, or
 * for a run of 类 shares naming no whole, their sum when their percentages
 * add up to 100.
 */
export function checkShares(document: YujuesuanDocument, collector: Collector): void {
  const wholes: Record<string, string | undefined> = {
    本年收入: document.figures.totalIncome?.value,
    收入: document.figures.totalIncome?.value,
    本年支出: document.figures.totalExpenditure?.value,
    支出: document.figures.totalExpenditure?.value,
  }
  for (const run of shareRuns(document.statements.shares)) {
    const named = run[0]!.of
    const percents = sum(run.map((share) => share.share))
    const percentTolerance = halfUnit(Math.max(...run.map((share) => decimalsOf(share.share)))).times(run.length)
    let whole = named ? wholes[named] ?? null : null
    const amounts = sum(run.map((share) => share.amount))
    if (named === null && percents.minus(100).abs().lte(percentTolerance)) whole = show(amounts)
    if (whole !== null) {
      // Percentages printed to add up to exactly 100 may carry the rounding remainder on one part.
      const balanced = run.length > 1 && percents.equals(100)
      for (const share of run) checkShare(share, whole, balanced, collector)
      // Parts that make up the whole must make up 100%.
      if (amounts.equals(whole) && run.length > 1) {
        if (percents.minus(100).abs().lte(percentTolerance)) collector.pass('shares-sum')
        else
          collector.fail('shares-sum', {
            key: `${named ?? ''}|${run[0]!.line}`,
            message: `情况说明第 ${run[0]!.line} 行起各部分金额之和等于总数 ${whole} 万元，但占比之和为 ${show(percents)}%`,
            left: side('占比之和', show(percents), '%', run.map((share) => share.line)),
            right: side('应为', '100', '%', []),
            difference: show(percents.minus(100)),
            tolerance: show(percentTolerance),
            line: run[0]!.line,
          })
      }
    }
  }
}

/** Consecutive shares of the same whole. */
function shareRuns(shares: readonly ShareStatement[]): ShareStatement[][] {
  const runs: ShareStatement[][] = []
  for (const share of shares) {
    const last = runs[runs.length - 1]
    const previous = last?.[last.length - 1]
    if (last && previous && previous.of === share.of && share.line - previous.line <= 12) last.push(share)
    else runs.push([share])
  }
  return runs
}

function checkShare(share: ShareStatement, whole: string, balanced: boolean, collector: Collector): void {
  const half = halfUnit(Math.max(decimalsOf(share.amount), decimalsOf(whole), 2))
  const verdict = judgeRate(share.share, share.amount, whole, half)
  const base = { key: `${share.subject}|${share.line}`, line: share.line, tolerance: show(halfUnit(decimalsOf(share.share))) }
  if (verdict.kind === 'undefined') return
  if (verdict.kind === 'agrees') {
    collector.pass('share-rate')
    return
  }
  const lastPlace = new Decimal(10).pow(-decimalsOf(share.share))
  const remainder = balanced && new Decimal(verdict.difference).abs().lte(lastPlace)
  collector[remainder ? 'hint' : 'fail']('share-rate', {
    ...base,
    message: `情况说明第 ${share.line} 行 ${share.subject}：${share.amount} ÷ ${whole} = ${verdict.computed}%，文中为 ${share.share}%${remainder ? '（各项占比凑足 100%，尾差记在此项）' : ''}`,
    left: side('文中占比', share.share, '%', [share.line]),
    right: side(`${share.amount} ÷ ${whole}`, verdict.computed, '%', [share.line]),
    difference: verdict.difference,
  })
}

/** Template slots left unfilled, on narrative lines. */
export function checkResidue(lines: readonly { line: number; text: string }[], collector: Collector): void {
  for (const { line, text } of lines) {
    for (const pattern of templateResidue) {
      const match = pattern.exec(text)
      if (!match) continue
      collector.fail('template-residue', {
        key: `${line}|${match[0]}`,
        message: `第 ${line} 行留有模板文字“${match[0].trim()}”`,
        left: side('原文', text.trim().slice(0, 80), null, [line]),
        right: side('应为', null, null, []),
        difference: null,
        tolerance: null,
        line,
      })
    }
  }
}

const denial = /(?:本年度|本年|本单位|本部门)?(?:无|没有|未发生)([^。；]{2,80})/g

/** "其他收入 4.56 万元，占…" and then "本年度无…其他收入": stated, then denied. */
export function checkDenied(sentences: readonly { line: number; text: string }[], document: YujuesuanDocument, collector: Collector): void {
  const stated = new Map<string, ShareStatement>()
  for (const share of document.statements.shares) if (!new Decimal(share.amount).isZero()) stated.set(share.subject.replace(/\s+/g, ''), share)
  if (stated.size === 0) return
  for (const { line, text } of sentences) {
    for (const match of text.matchAll(denial)) {
      const names = match[1]!.split(/[、，,和及与]/).map((name) => name.replace(/\s+/g, '').replace(/^(?:上述|任何)/, ''))
      for (const name of names) {
        const share = stated.get(name)
        if (!share) continue
        collector.fail('stated-denied', {
          key: `${name}|${line}`,
          message: `情况说明第 ${share.line} 行说 ${name} ${share.amount} 万元，第 ${line} 行又说没有${name}`,
          left: side('先说', share.amount, '万元', [share.line]),
          right: side('又说没有', null, null, [line]),
          difference: null,
          tolerance: null,
          line,
        })
      }
    }
  }
}

/** A part stated larger than its whole: figures (基本支出 > 本年支出合计) and shares (amount > the whole named). */
export function checkParts(document: YujuesuanDocument, collector: Collector): void {
  const figures = document.figures as Record<string, { value: string; unit: string | null; line: number } | undefined>
  const compare = (key: string, label: string, part: { value: string; line: number }, wholeLabel: string, whole: { value: string; line: number }) => {
    const difference = new Decimal(part.value).minus(whole.value)
    if (difference.lte(0)) {
      collector.pass('part-exceeds-whole')
      return
    }
    collector.fail('part-exceeds-whole', {
      key,
      message: `情况说明第 ${part.line} 行的${label} ${part.value} 万元大于第 ${whole.line} 行的${wholeLabel} ${whole.value} 万元`,
      left: side(label, part.value, '万元', [part.line]),
      right: side(wholeLabel, whole.value, '万元', [whole.line]),
      difference: show(difference),
      tolerance: '0',
      line: part.line,
    })
  }
  // A share that restates a figure already compared ("基本支出 20 万元，占本年支出 66.7%") is not compared twice.
  const compared = new Set<string>()
  for (const { part, whole } of figureParts) {
    const partFigure = figures[part]
    const wholeFigure = figures[whole]
    if (!partFigure || !wholeFigure || partFigure.unit !== wholeFigure.unit || partFigure.unit === '%') continue
    compare(`${part}|${whole}`, part, partFigure, whole, wholeFigure)
    compared.add(`${partFigure.line}|${new Decimal(partFigure.value).toString()}`)
  }
  const wholes: Record<string, string> = { 本年收入: 'totalIncome', 收入: 'totalIncome', 本年支出: 'totalExpenditure', 支出: 'totalExpenditure' }
  for (const share of document.statements.shares) {
    const key = share.of ? wholes[share.of] : undefined
    const whole = key ? figures[key] : undefined
    if (!whole || whole.unit !== '万元' || compared.has(`${share.line}|${new Decimal(share.amount).toString()}`)) continue
    compare(`${share.subject}|${share.line}`, share.subject, { value: share.amount, line: share.line }, share.of!, whole)
  }
}

/**
 * The same 科目 explained twice, or the same part of the same whole given
 * twice, with different amounts.
 */
export function checkStatedTwice(document: YujuesuanDocument, collector: Collector): void {
  const seen = new Map<string, { amount: string; line: number; label: string }>()
  const statements = [
    ...document.statements.subjects.flatMap((subject) =>
      subject.final === null ? [] : [{ key: `科目|${subject.category}|${subject.section ?? ''}|${subject.item ?? ''}`, label: [subject.category, subject.section, subject.item].filter(Boolean).join('／'), amount: subject.final, line: subject.line }],
    ),
    ...document.statements.shares.flatMap((share) => (share.of === null ? [] : [{ key: `占比|${share.of}|${share.subject}`, label: `${share.subject}（占${share.of}）`, amount: share.amount, line: share.line }])),
  ]
  for (const statement of statements) {
    const first = seen.get(statement.key)
    if (!first) {
      seen.set(statement.key, statement)
      continue
    }
    if (new Decimal(first.amount).equals(statement.amount)) {
      collector.pass('stated-twice')
      continue
    }
    collector.fail('stated-twice', {
      key: `${statement.key}|${statement.line}`,
      message: `${statement.label}：情况说明第 ${first.line} 行为 ${first.amount} 万元，第 ${statement.line} 行为 ${statement.amount} 万元`,
      left: side(`第 ${first.line} 行`, first.amount, '万元', [first.line]),
      right: side(`第 ${statement.line} 行`, statement.amount, '万元', [statement.line]),
      difference: show(new Decimal(first.amount).minus(statement.amount)),
      tolerance: '0',
      line: statement.line,
    })
  }
}
