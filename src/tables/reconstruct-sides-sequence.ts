/**
 * A two-sided summary with one amount column a side (项目 | 预算数 | 项目 |
 * 预算数, or 项目 | 行次 | 金额 on each side), space-aligned, whose positions the column reader could not trust:
 * pdftotext sets each page of it, or each block of rows, at positions of its
 * own. Read by order instead: on each line the first label is 收入's and the
 * second 支出's, an amount belongs to the label before it; a line with one
 * label gives it to the side whose labels start nearest it on that page. A
 * label that neither is numbered nor stands on a line with an amount goes on
 * the label above it on its side (a wrapped item).
 *
 * Kept only when the sums prove the reading: on each side, the 本年…合计 is
 * the sum of the numbered items above it, and a 总计 the sum of that 合计 and
 * the rows between them. Anything else returns a reason.
 */
import type { SourceLine } from '../ingest/normalize.js'
import { gridRow, type Grid, type GridCell, type GridColumn, type GridRow } from './grid.js'
import { layoutTokens, type LayoutToken } from './layout-tokens.js'
import { parseAmount } from './parse-amount.js'
import { addsUp } from './row-total.js'
import { joinLabel } from './split-cells.js'
import { itemNumber } from './item-number.js'
import Decimal from 'decimal.js'

export type SidesSequenceResult = { ok: true; grid: Grid } | { ok: false; reason: string; index: number } | null

type Side = '收入' | '支出'

/** Header words naming no amount column. */
const labelHeader = /^(?:收入|支出|项目|项目名称|收入项目|支出项目|行次)$/
/** A label that opens a row of its own: numbered, or a total, or a carried balance. */
const opensRow = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、](?!\d)|其中)|(?:合计|总计|小计|结转|结余)/
/** A label cut after a word that joins it to what follows: its rest is on the next line. */
const unfinished = /[和及与、]$/
/** A total: never the rest of another label. */
const totalWord = /(?:合计|总计|小计)$/
/** An item of the first level: its amount counts in the side's 合计. */
const topItem = /^[一二三四五六七八九十]{1,3}、/
const sideTotal = /^(?:本年)?(?:收入|支出)?合计$/
const grandTotal = /总计$/

interface Entry {
  row: GridRow
  /** The line of the row's label that was read last: a wrapped part must follow it closely. */
  last: number
}

/**
 * @param indexes the table's content lines (0-based), title and notes left out
 * @param lines normalized lines
 */
export function reconstructSidesSequence(indexes: readonly number[], lines: readonly SourceLine[]): SidesSequenceResult {
  const parsed = indexes.map((index) => ({ index, tokens: layoutTokens(lines[index]!.text) })).filter((line) => line.tokens.length > 0)
  const firstRow = parsed.findIndex((line) => line.tokens.some((token) => token.numeric || opensRow.test(joinLabel(token.text))))
  if (firstRow < 1) return null
  const headerWords = parsed.slice(0, firstRow).flatMap((line) => line.tokens.flatMap((token) => token.text.split(' ').map(joinLabel)))
  if (!headerWords.includes('收入') || !headerWords.includes('支出')) return null
  const amountWords = headerWords.filter((word) => !labelHeader.test(word) && !/[:：]/.test(word))
  if (amountWords.length !== 2 && amountWords.length !== 1) return null
  const names: Record<Side, string> = { 收入: amountWords[0]!, 支出: amountWords.at(-1)! }
  // With a 行次 column, a side's first number, whole and short, numbers its row.
  const numbered = headerWords.includes('行次')
  const columns: GridColumn[] = (['收入', '支出'] as const).map((side) => ({ key: names[side], path: [names[side]], role: 'amount', side, group: null }))
  const refuse = (reason: string, index: number): SidesSequenceResult => ({ ok: false, reason, index })

  const body = parsed.slice(firstRow)
  // Where each side's labels start, page by page, from the lines that print both.
  const pageOf: number[] = []
  let page = 0
  for (const line of body) {
    if (lines[line.index]!.pageBreak) page++
    pageOf.push(page)
  }
  const starts = new Map<number, Record<Side, number[]>>()
  body.forEach((line, position) => {
    const labels = line.tokens.filter((token) => !token.numeric)
    if (labels.length !== 2) return
    const entry = starts.get(pageOf[position]!) ?? { 收入: [], 支出: [] }
    entry.收入.push(labels[0]!.start)
    entry.支出.push(labels[1]!.start)
    starts.set(pageOf[position]!, entry)
  })
  const sideOfLone = (label: LayoutToken, position: number): Side | null => {
    const known = starts.get(pageOf[position]!)
    if (!known) return null
    const distance = (side: Side) => Math.min(...known[side].map((start) => Math.abs(start - label.start)))
    const [income, expenditure] = [distance('收入'), distance('支出')]
    if (income === expenditure) return null
    return income < expenditure ? '收入' : '支出'
  }

  const rows: GridRow[] = []
  const open: Partial<Record<Side, Entry>> = {}
  for (const [position, line] of body.entries()) {
    const labels = line.tokens.filter((token) => !token.numeric)
    if (labels.length > 2) return refuse('more than two labels on a line', line.index)
    const sides: Side[] = labels.length === 2 ? ['收入', '支出'] : labels.length === 1 ? [sideOfLone(labels[0]!, position) ?? ('?' as Side)] : []
    if (sides.includes('?' as Side)) return refuse(`"${labels[0]!.text}" stands as near the 收入 labels as the 支出 labels`, line.index)
    const amountsOf = new Map<Side, LayoutToken[]>()
    const numbers = line.tokens.filter((candidate) => candidate.numeric)
    // Numbers alone, both labels wrapped round them: with 行次, each side's row number opens its numbers.
    const rowNumbers = numbers.flatMap((token, at) => (/^\d{1,3}$/.test(token.text) ? [at] : []))
    if (labels.length === 0 && numbers.length > 0) {
      const known = starts.get(pageOf[position]!)
      if (numbered && rowNumbers.length === 2 && rowNumbers[0] === 0) {
        amountsOf.set('收入', numbers.slice(0, rowNumbers[1]))
        amountsOf.set('支出', numbers.slice(rowNumbers[1]))
      } else if (!numbered && known) {
        // Without 行次, a number right of where the 支出 labels start on its page is 支出's, else 收入's.
        const expenditureFrom = Math.min(...known.支出)
        for (const token of numbers) {
          const side: Side = token.start >= expenditureFrom ? '支出' : '收入'
          amountsOf.set(side, [...(amountsOf.get(side) ?? []), token])
        }
      } else return refuse('a line of numbers without a label or a 行次 for each side', line.index)
    }
    for (const token of labels.length === 0 ? [] : numbers) {
      const before = labels.filter((label) => label.end <= token.start).length
      // Before every label of a line whose first label is 支出's: 收入's, its label printed on the lines around.
      if (before === 0 && sides[0] !== '支出') return refuse(`"${token.text}" stands before every label of its line`, line.index)
      const side = before === 0 ? '收入' : sides[before - 1]!
      amountsOf.set(side, [...(amountsOf.get(side) ?? []), token])
    }
    // 收入's label and numbers, then 支出's 行次 and amount, its label wrapped round the line: the second row
    // number opens 支出's numbers.
    const income = amountsOf.get('收入') ?? []
    const second = income.findIndex((token, at) => at > 0 && /^\d{1,3}$/.test(token.text))
    if (numbered && !sides.includes('支出') && second > 0) {
      amountsOf.set('支出', income.slice(second))
      amountsOf.set('收入', income.slice(0, second))
    }
    // Numbers of a side with no label on the line go to the item above on that side, printed without them.
    for (const side of ['收入', '支出'] as const) {
      if (!amountsOf.has(side) || sides.includes(side)) continue
      const amounts = amountsOf.get(side)!
      const previous = open[side]
      const rowNumber = numbered && /^\d{1,3}$/.test(amounts[0]!.text) ? amounts.shift()!.text : null
      if (!previous || line.index - previous.last > 3 || previous.row.rowNumber !== null || previous.row.cells.some((cell) => cell.printed !== '') || amounts.length > 1)
        return refuse(`"${amounts[0]?.text ?? rowNumber}" stands apart from the ${side} label it belongs to`, line.index)
      Object.assign(previous.row, { rowNumber, cells: [sideCell(names[side], amounts[0], line.index)] })
      previous.last = line.index
    }
    for (const [at, label] of labels.entries()) {
      const side = sides[at]!
      const text = joinLabel(label.text)
      const amounts = amountsOf.get(side) ?? []
      const rowNumber = numbered && amounts[0] && /^\d{1,3}$/.test(amounts[0].text) ? amounts.shift()!.text : null
      if (amounts.length > 1) return refuse(`two amounts on the ${side} side of one line`, line.index)
      const previous = open[side]
      // A wrapped item's rest: no number, no total, no amount, right under the item it ends — or under an item cut
      // after a joining word ("年初结转和" / "结余"), whatever it says.
      const cutShort = previous !== undefined && unfinished.test(previous.row.item ?? '') && !itemNumber.test(text) && !text.startsWith('其中') && !totalWord.test(text)
      if (amounts.length === 0 && rowNumber === null && (!opensRow.test(text) || cutShort) && previous && line.index - previous.last <= 3) {
        previous.row.item += text
        previous.last = line.index
        continue
      }
      // A row holds its own side's cell only (the two sides may name their columns alike).
      const cells: GridCell[] = [sideCell(names[side], amounts[0], line.index)]
      // An item's middle line, its amounts beside it ("一、一般公共" / "预算财政拨款  1  1234.56" / "收入"): the
      // item above, printed without amounts, takes the rest of its name and the amounts.
      if (!opensRow.test(text) && previous && line.index - previous.last <= 3 && previous.row.rowNumber === null && previous.row.cells.every((cell) => cell.printed === '')) {
        Object.assign(previous.row, { item: previous.row.item + text, rowNumber, cells, index: line.index })
        previous.last = line.index
        continue
      }
      const row = gridRow(line.index, { side, item: text, rowNumber, cells })
      rows.push(row)
      open[side] = { row, last: line.index }
    }
  }
  for (const side of ['收入', '支出'] as const) {
    const broken = brokenSums(rows.filter((row) => row.side === side))
    if (broken !== null) return refuse(broken, indexes[0] ?? 0)
  }
  return { ok: true, grid: { columns, rows, problems: [] } }
}

/** A row's one cell: the amount printed, or blank. */
function sideCell(column: string, token: LayoutToken | undefined, index: number): GridCell {
  const amount = parseAmount(token?.text ?? '')
  return { column, value: amount.value, printed: amount.printed, damaged: amount.damaged, unit: amount.unit, index, start: token?.start ?? 0 }
}

/** The side's first sum that does not hold, or that is missing; null when its 合计 and 总计 hold. */
function brokenSums(rows: readonly GridRow[]): string | null {
  const value = (row: GridRow) => {
    const cell = row.cells[0]
    if (cell?.damaged) return undefined
    return cell?.value ? new Decimal(cell.value) : null
  }
  const totalAt = rows.findIndex((row) => sideTotal.test(row.item ?? ''))
  if (totalAt < 0) return `no 合计 on the ${rows[0]?.side ?? ''} side`
  const items = rows.slice(0, totalAt).filter((row) => topItem.test(row.item ?? ''))
  const total = value(rows[totalAt]!)
  const parts = items.map(value)
  if (total === undefined || total === null || parts.includes(undefined)) return `the ${rows[totalAt]!.item} cannot be checked`
  if (!addsUp(total, parts as (Decimal | null)[])) return `the ${rows[totalAt]!.item} is not the sum of the items above it`
  const grandAt = rows.findIndex((row, at) => at > totalAt && grandTotal.test(row.item ?? ''))
  if (grandAt >= 0) {
    const grand = value(rows[grandAt]!)
    const between = rows.slice(totalAt, grandAt).map(value)
    if (grand === undefined || grand === null || between.includes(undefined) || !addsUp(grand, between as (Decimal | null)[])) return `the ${rows[grandAt]!.item} is not the sum of the ${rows[totalAt]!.item} and the rows after it`
  }
  return null
}
