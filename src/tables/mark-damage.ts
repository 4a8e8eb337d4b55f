/**
 * Damage that only shows across a column or a table: values cut at the column
 * edge, 项 codes cut to their 款.
 */
import type { Grid, GridCell } from './grid.js'

/**
 * Cells cut at the column edge. pdftotext cuts a value that is wider than its
 * column, so a cut value is as wide as the widest value of its column; a
 * value that fits shows whole, even with its trailing zero dropped ("12.3"
 * for 12.30). In a table whose amounts carry two decimals, a value as wide as
 * its column (four characters or more) that does not show two decimals is cut:
 * "123.4" for 123.45, "1,234" for 1,234.56, "5,678.9" for 5,678.91. Malformed
 * values ("3,45", "456.") are damaged already by parseAmount.
 */
export function markCutCells(grid: Grid): void {
  const byColumn = new Map<string, GridCell[]>()
  const loose: Array<{ key: string; cell: GridCell }> = []
  for (const row of grid.rows) for (const cell of row.cells) {
    if (cell.printed.length === 0 || cell.unit !== null || cell.damaged !== null) continue
    const key = `${row.side ?? ''}|${row.group ?? ''}|${cell.column}`
    if (cell.loose) {
      loose.push({ key, cell })
      continue
    }
    const list = byColumn.get(key)
    if (list) list.push(cell)
    else byColumn.set(key, [cell])
  }
  // The cells that may be cut: as wide as the widest of their column, without two decimals.
  const widths = new Map<string, number>()
  const suspects = new Set<GridCell>()
  for (const [key, cells] of byColumn) {
    const width = Math.max(...cells.map((cell) => cell.printed.length))
    widths.set(key, width)
    if (width < cutWidthMin) continue
    for (const cell of cells) if (cell.printed.length === width && !/\.\d\d$/.test(cell.printed)) suspects.add(cell)
  }
  for (const { key, cell } of loose) {
    const width = widths.get(key) ?? cutWidthMin
    if (cell.printed.length >= Math.max(width, cutWidthMin) && !/\.\d\d$/.test(cell.printed)) suspects.add(cell)
  }
  // Whether the table prints two decimals is judged by the cells that cannot be cut: a table with many cut
  // cells (a narrow 合计 column) would otherwise seem to print one decimal, and hide them all.
  const witnesses = [...byColumn.values()].flat().filter((cell) => !suspects.has(cell) && /\.\d+$/.test(cell.printed))
  const twoDecimals = witnesses.filter((cell) => /\.\d\d$/.test(cell.printed)).length
  if (witnesses.length === 0 || twoDecimals / witnesses.length < 0.6) return
  for (const cell of suspects) {
    cell.damaged = cell.printed
    cell.value = null
  }
}

/** Narrowest column in which a value can have been cut ("0.1" stands whole). */
const cutWidthMin = 4

/** A 7-digit code cut to its 款: the same 5-digit code printed again under its own 款 row. */
export function markRepeatedCodes(grid: Grid): void {
  const seen = new Set<string>()
  for (const row of grid.rows) {
    if (row.code === null || row.code.length !== 5) continue
    if (seen.has(row.code)) {
      row.codeDamaged = row.code
      row.code = null
      row.parentCode = null
    } else {
      seen.add(row.code)
    }
  }
}
