/**
 * One row of amounts under a one-line header, printed one cell per line
 * (plain `pdftotext`): no positions say which column an amount is in, and a
 * blank cell leaves nothing behind. The reading order still does: a column's
 * header stands above its amount, so an amount comes after its column's name.
 * The amounts, in order, are placed on columns in order, each on a column
 * named before it; the table is read only when exactly one such placement
 * makes the first column (合计) the sum of the others. Only the column names
 * the grammar lists are taken for the header (and the department's name,
 * printed among them, is passed over); any other text refuses the table.
 */
import Decimal from 'decimal.js'
import type { SourceLine } from '../ingest/normalize.js'
import { gridRow, type Grid, type GridCell, type GridColumn } from './grid.js'
import { plainCells } from './plain-cells.js'
import { parseAmount } from './parse-amount.js'
import { addsUp } from './row-total.js'

export type SingleRowCellsResult = { ok: true; grid: Grid } | { ok: false; reason: string; index: number } | null

const totalColumn = /^(?:合计|总计)$/
/** More amounts than this is not one row under a short header. */
const amountsMax = 12

/**
 * @param indexes the table's content lines (0-based), title and notes left out
 * @param lines normalized lines
 * @param names the column names the grammar knows for this table
 * @param department the document's department, printed in the header area
 * @returns null when the lines are not names and amounts alone
 */
export function reconstructSingleRowCells(indexes: readonly number[], lines: readonly SourceLine[], names: readonly string[], department: string | null): SingleRowCellsResult {
  const plain = plainCells(indexes, lines, department)
  if (plain === null) return null
  const columns = plain.texts.map((text) => ({ name: text.text, index: text.index }))
  if (columns.some((column, position) => !names.includes(column.name) || columns.findIndex((other) => other.name === column.name) !== position)) return null
  const amounts = plain.amounts
  if (amounts.length === 0 || amounts.length > amountsMax || columns.length < 2 || !totalColumn.test(columns[0]!.name)) return null
  const values = amounts.map((amount) => parseAmount(amount.text))
  if (values.some((value) => value.damaged !== null)) return { ok: false, reason: 'a damaged amount', index: amounts[0]!.index }

  // Every placement in order, each amount on a column named before it; kept: those where the total holds.
  const decimals = values.map((value) => (value.value === null ? null : new Decimal(value.value)))
  const fitting: number[][] = []
  const place = (amount: number, from: number, chosen: number[]) => {
    if (fitting.length > 1) return
    if (amount === amounts.length) {
      if (chosen[0] !== 0) return
      if (addsUp(decimals[0] ?? new Decimal(0), decimals.slice(1))) fitting.push([...chosen])
      return
    }
    for (let column = from; column < amounts[amount]!.after; column++) place(amount + 1, column + 1, [...chosen, column])
  }
  place(0, 0, [])
  if (fitting.length !== 1) {
    return { ok: false, reason: fitting.length === 0 ? 'no placement of the amounts makes the 合计 the sum of the others' : 'more than one placement of the amounts adds up', index: amounts[0]!.index }
  }
  const [placement] = fitting as [number[]]
  const gridColumns: GridColumn[] = columns.map((column) => ({ key: column.name, path: [column.name], role: 'amount', side: null, group: null }))
  const cells: GridCell[] = columns.map((column, position) => {
    const amount = placement.indexOf(position)
    const value = amount >= 0 ? values[amount]! : parseAmount('')
    const source = amount >= 0 ? amounts[amount]! : amounts[0]!
    return { column: column.name, value: value.value, printed: value.printed, damaged: null, unit: value.unit, index: source.index, start: amount >= 0 ? source.start : 0 }
  })
  return { ok: true, grid: { columns: gridColumns, rows: [gridRow(amounts[0]!.index, { cells })], problems: [] } }
}
