/**
 * A two-sided summary (收入 | 支出) printed one cell per line by plain
 * `pdftotext`: the labels and amounts of both sides come in reading order,
 * each amount right after its label, the two sides interleaved. Each label
 * goes to a side by its numbering — "一、" opens 收入 and then 支出, "二、"
 * follows the side whose last item was "一、" (the side of the row before when
 * both were) — and by its words (收入合计, 支出合计); a label with no amount
 * after it is blank.
 *
 * Read only when every label can be sided that way, and kept only when each
 * side's 合计 equals the sum of its numbered items: with the layout gone,
 * those sums are what show that no amount went to the wrong row. Sub-items
 * ("（一）", "1.") and unnumbered rows cannot be sided, and refuse the table.
 */
import Decimal from 'decimal.js'
import type { SourceLine } from '../ingest/normalize.js'
import type { Grid, GridColumn, GridRow } from './grid.js'
import { layoutTokens } from './layout-tokens.js'
import { parseAmount } from './parse-amount.js'
import { addsUp } from './row-total.js'
import { joinLabel } from './split-cells.js'

export type SidesCellsResult = { ok: true; grid: Grid } | { ok: false; reason: string; index: number } | null

type Side = '收入' | '支出'

interface SidedRow {
  index: number
  side: Side
  item: string
  amount: { text: string; index: number; start: number } | null
  number: number | null
}

const numerals = '一二三四五六七八九十'
const topNumber = /^([一二三四五六七八九十廿]{1,3})、/
const subNumber = /^(?:[（(][一二三四五六七八九十廿]{1,3}[）)]|\d{1,2}[.．、](?!\d))/
const totalWord = /(?:合计|总计|小计)$/
/** Header words naming the amount column. */
const amountHeader = /^(?:金额|预算数|决算数|预算金额)$/

/**
 * @param indexes the table's content lines (0-based), title and notes left out
 * @param lines normalized lines
 * @returns null when the table is not a two-sided summary without codes
 */
export function reconstructSidesCells(indexes: readonly number[], lines: readonly SourceLine[]): SidesCellsResult {
  const tokens = indexes.flatMap((index) => layoutTokens(lines[index]!.text).map((token) => ({ index, start: token.start, text: joinLabel(token.text), numeric: token.numeric })))
  const first = tokens.findIndex((token) => !token.numeric && (topNumber.test(token.text) || totalWord.test(token.text)))
  if (first < 0) return null
  const header = new Set(tokens.slice(0, first).map((token) => token.text))
  if (!header.has('收入') || !header.has('支出')) return null
  if (tokens.slice(0, first).some((token) => token.numeric)) return { ok: false, reason: 'amounts before the first row', index: tokens[0]!.index }
  const amountKey = [...header].find((word) => amountHeader.test(word)) ?? '金额'

  const rows: SidedRow[] = []
  const last: Record<Side, number> = { 收入: 0, 支出: 0 }
  for (const token of tokens.slice(first)) {
    if (token.numeric) {
      const row = rows.at(-1)
      if (!row || row.amount !== null) return { ok: false, reason: `"${token.text}" follows no label`, index: token.index }
      row.amount = { text: token.text, index: token.index, start: token.start }
      continue
    }
    // Header words printed again among the rows ("金额") are not rows.
    if (header.has(token.text)) continue
    const numbered = topNumber.exec(token.text)
    let side: Side | null = null
    let number: number | null = null
    if (numbered) {
      number = numeralValue(numbered[1]!)
      const fits = (['收入', '支出'] as const).filter((candidate) => last[candidate] === number! - 1)
      // "一、" opens 收入 first, then 支出; when both sides could go on, the side of the row before goes on.
      if (fits.length === 2) side = rows.at(-1)?.side ?? '收入'
      else if (fits.length === 1) side = fits[0]!
      else return { ok: false, reason: `"${token.text}" follows neither side's numbering`, index: token.index }
      last[side] = number
    } else if (totalWord.test(token.text) && token.text.includes('收入') !== token.text.includes('支出')) {
      side = token.text.includes('收入') ? '收入' : '支出'
    } else {
      const reason = subNumber.test(token.text) ? 'a sub-item cannot be put on a side' : 'a row without a number or side word cannot be put on a side'
      return { ok: false, reason: `${reason} ("${token.text}")`, index: token.index }
    }
    rows.push({ index: token.index, side, item: token.text, amount: null, number })
  }
  for (const side of ['收入', '支出'] as const) {
    const failed = sideFails(rows.filter((row) => row.side === side))
    if (failed) return { ok: false, reason: `${side}: ${failed}`, index: rows[0]!.index }
  }

  const columns: GridColumn[] = (['收入', '支出'] as const).map((side) => ({ key: amountKey, path: [amountKey], role: 'amount', side, group: null }))
  const gridRows: GridRow[] = rows.map((row) => {
    const amount = parseAmount(row.amount?.text ?? '')
    return {
      index: row.index,
      side: row.side,
      group: null,
      rowNumber: null,
      code: null,
      codeDamaged: null,
      parentCode: null,
      item: row.item,
      attributes: {},
      cells: [{ column: amountKey, value: amount.value, printed: amount.printed, damaged: amount.damaged, unit: amount.unit, index: row.amount?.index ?? row.index, start: row.amount?.start ?? 0 }],
    }
  })
  return { ok: true, grid: { columns, rows: gridRows, problems: [] } }
}

/** A side's 合计 rows each equal the sum of the numbered items before them; null when they do. */
function sideFails(rows: readonly SidedRow[]): string | null {
  const totals = rows.filter((row) => row.number === null)
  if (totals.length === 0) return 'no 合计 to check the amounts against'
  let items: SidedRow[] = []
  for (const row of rows) {
    if (row.number !== null) {
      items.push(row)
      continue
    }
    const amounts = [row, ...items].map((entry) => parseAmount(entry.amount?.text ?? ''))
    if (amounts.some((amount) => amount.damaged)) return `a damaged amount under "${row.item}"`
    const [total, ...parts] = amounts.map((amount) => (amount.value === null ? null : new Decimal(amount.value)))
    const sum = parts.reduce((sum: Decimal, part) => (part ? sum.plus(part) : sum), new Decimal(0))
    if (!addsUp(total ?? new Decimal(0), parts)) return `${row.item} ${(total ?? new Decimal(0)).toFixed(2)} ≠ Σ ${sum.toFixed(2)}`
    items = []
  }
  return null
}

function numeralValue(numeral: string): number {
  // 一 … 十, 十一 … 十九, 二十 … 九十九; 廿 is 二十.
  const text = numeral.replace(/^廿/, '二十')
  const tens = text.indexOf('十')
  if (tens < 0) return numerals.indexOf(text) + 1
  const high = tens === 0 ? 1 : numerals.indexOf(text[0]!) + 1
  const low = tens === text.length - 1 ? 0 : numerals.indexOf(text[tens + 1]!) + 1
  return high * 10 + low
}
