/**
 * Touches every grid gets once read, whatever reader built it: where a two-sided
 * summary ends (its 总计 line), and which columns hold percentages.
 */
import type { Grid } from './grid.js'

const grandTotal = /^(?:收入|支出)?总计$/

/** In a two-sided summary, the rows after the line where both sides print their 总计; null when none follow. */
export function rowsAfterGrandTotal(grid: Grid): { kept: number; first: number } | null {
  let totalLine = -1
  const byLine = new Map<number, Set<string>>()
  for (const row of grid.rows) {
    if (row.side === null || row.item === null || !grandTotal.test(row.item)) continue
    const sides = byLine.get(row.index) ?? new Set<string>()
    sides.add(row.side)
    byLine.set(row.index, sides)
    if (sides.size === 2) totalLine = row.index
  }
  if (totalLine < 0) return null
  const kept = grid.rows.findIndex((row) => row.index > totalLine)
  return kept < 0 ? null : { kept, first: grid.rows[kept]!.index }
}

/** A column headed as a rate or share ("完成率", "决算数为年初预算数的%", "占比") holds percentages, not money. */
const percentHeader = /[%％]|率|占比|比重|百分比/

export function markPercentColumns(grid: Grid): void {
  const percent = new Set(grid.columns.filter((column) => column.role === 'amount' && percentHeader.test(column.key)).map((column) => column.key))
  if (percent.size === 0) return
  for (const row of grid.rows) for (const cell of row.cells) if (percent.has(cell.column) && cell.value !== null) cell.unit = '%'
}
