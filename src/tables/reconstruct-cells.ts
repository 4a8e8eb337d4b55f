/**
 * Rebuild a table printed one cell per line (plain `pdftotext`), when the
 * cells come row by row: a 科目 code, its name (maybe wrapped over lines),
 * then its amounts. Read only when every row has the same number of amounts
 * and the header names that many columns (or there is a single amount column):
 * with cells one per line, a blank cell leaves no trace, so any doubt about
 * which column a number belongs to stops the reading — reported, not guessed.
 * Tables printed column by column (all codes, then all names …) are reported.
 */
import type { TableGrammar } from '../../grammars/types.js'
import type { SourceLine } from '../ingest/normalize.js'
import type { Grid, GridColumn, GridRow } from './grid.js'
import { markCutCells, markRepeatedCodes } from './mark-damage.js'
import { looksLikeAmount, parseAmount } from './parse-amount.js'
import { parentCode, readCode } from './read-code.js'
import { joinLabel } from './split-cells.js'

export type CellsResult = { ok: true; grid: Grid } | { ok: false; reason: string; index: number }

const codePattern = /^\d{3}(?:\d{2}){0,2}$/
const totalLabel = /^(?:合计|总计|本年合计)$/
/** Headers of the row-label columns. */
const rowLabelHeader = /(?:编码|代码|名称|^项目$|^科目$)$/

/**
 * @param indexes the table's content lines (0-based), titles, notes and label lines left out
 * @param lines normalized lines
 * @param table the grammar entry
 */
export function reconstructCells(indexes: readonly number[], lines: readonly SourceLine[], table: TableGrammar): CellsResult {
  const cells = indexes.map((index) => ({ index, text: lines[index]!.text.trim() })).filter((cell) => cell.text.length > 0)
  const firstCode = cells.findIndex((cell) => codePattern.test(cell.text))
  if (firstCode < 0) return { ok: false, reason: 'no 科目 code starts a row', index: indexes[0] ?? 0 }
  if (codePattern.test(cells[firstCode + 1]?.text ?? '')) return { ok: false, reason: 'cells come column by column', index: cells[firstCode]!.index }

  // Before the first code: header labels, and maybe the 合计 row with its amounts.
  // A label printed one character a line ("合", "计") is one label.
  const head: typeof cells = []
  let spelling = false
  for (const cell of cells.slice(0, firstCode)) {
    const single = joinLabel(cell.text).length === 1 && !looksLikeAmount(cell.text)
    if (single && spelling) head[head.length - 1] = { index: head.at(-1)!.index, text: head.at(-1)!.text + joinLabel(cell.text) }
    else head.push(cell)
    spelling = single
  }
  const totalAt = head.findIndex((cell) => totalLabel.test(joinLabel(cell.text)))
  const headerLabels = head.filter((cell, position) => position !== totalAt && !looksLikeAmount(cell.text)).map((cell) => joinLabel(cell.text))
  const totalAmounts = head.filter((cell) => looksLikeAmount(cell.text))
  if (totalAmounts.length > 0 && totalAt < 0) return { ok: false, reason: 'amounts before the first row with no 合计 label', index: totalAmounts[0]!.index }

  // Rows: code, name fragments, amounts.
  type RawRow = { index: number; code: string; name: string[]; amounts: typeof cells }
  const rows: RawRow[] = []
  for (const cell of cells.slice(firstCode)) {
    if (codePattern.test(cell.text) && (rows.length === 0 || rows.at(-1)!.amounts.length > 0)) {
      rows.push({ index: cell.index, code: cell.text, name: [], amounts: [] })
      continue
    }
    const row = rows.at(-1)!
    if (looksLikeAmount(cell.text)) row.amounts.push(cell)
    else if (row.amounts.length === 0) row.name.push(joinLabel(cell.text))
    else return { ok: false, reason: `text "${cell.text}" after the amounts of a row`, index: cell.index }
  }
  const counts = new Set(rows.map((row) => row.amounts.length))
  if (counts.size !== 1) return { ok: false, reason: 'rows hold different numbers of amounts (blank cells leave no trace)', index: rows[0]!.index }
  const width = [...counts][0]!
  if (totalAt >= 0 && totalAmounts.length !== width) return { ok: false, reason: 'the 合计 row holds a different number of amounts', index: head[totalAt]!.index }

  // Column names: the labels after the row-label headers, when there is one per column.
  const lastRowLabel = headerLabels.findLastIndex((label) => rowLabelHeader.test(label))
  const columnLabels = headerLabels.slice(lastRowLabel + 1).filter((label) => !/^单位[:：]/.test(label) && !/^部门[:：]/.test(label))
  if (width > 1 && columnLabels.length !== width) return { ok: false, reason: `${width} amounts a row but ${columnLabels.length} column headers`, index: rows[0]!.index }
  const columns: GridColumn[] = Array.from({ length: width }, (_, column) => {
    const key = columnLabels.length === width ? columnLabels[column]! : `(第${column + 1}列)`
    return { key, path: [key], role: 'amount', side: null, group: null }
  })

  const codeLengths = table.codes === 'economic' ? [3, 5] : [3, 5, 7]
  const toRow = (index: number, code: string | null, item: string | null, amounts: typeof cells): GridRow => {
    const parsed = code === null ? null : readCode(code, codeLengths)
    return {
      index,
      side: null,
      group: null,
      rowNumber: null,
      code: parsed?.value ?? null,
      codeDamaged: parsed?.damaged ?? null,
      parentCode: parsed?.value ? parentCode(parsed.value) : null,
      item,
      attributes: {},
      cells: amounts.map((cell, column) => {
        const amount = parseAmount(cell.text)
        return { column: columns[column]!.key, value: amount.value, printed: amount.printed, damaged: amount.damaged, unit: amount.unit, index: cell.index, start: 0 }
      }),
    }
  }
  const grid: Grid = { columns, rows: [], problems: [] }
  if (totalAt >= 0) grid.rows.push(toRow(head[totalAt]!.index, null, joinLabel(head[totalAt]!.text), totalAmounts))
  for (const row of rows) grid.rows.push(toRow(row.index, row.code, row.name.length > 0 ? row.name.join('') : null, row.amounts))
  markCutCells(grid)
  markRepeatedCodes(grid)
  return { ok: true, grid }
}
