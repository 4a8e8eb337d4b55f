/**
 * A row's own identity, used while reconstructing to accept a reading: the
 * first amount column is a total (合计 …) and equals the sum of the others,
 * within the rounding of two printed decimals.
 */
import Decimal from 'decimal.js'
import type { GridColumn, GridRow } from './grid.js'

/** The headed amount columns, when the first of them is a total; else null. */
export function totalFirst(columns: readonly GridColumn[]): GridColumn[] | null {
  const amounts = columns.filter((column) => column.role === 'amount' && !column.key.startsWith('(第'))
  const first = amounts[0]
  return first && amounts.length >= 2 && /合计|总计|^小计$/.test(first.path[first.path.length - 1] ?? '') ? amounts : null
}

/** Total (first) = Σ the others; blank values count as nothing. Each of the n values may be off by half a cent. */
export function holdsTogether(values: readonly (Decimal | null)[]): boolean {
  const [total, ...parts] = values
  if (!total) return false
  let sum = new Decimal(0)
  for (const part of parts) if (part) sum = sum.plus(part)
  return sum.minus(total).abs().lte(new Decimal('0.005').times(values.length))
}

/** The row's values in the given columns, or null when one of them is damaged. */
export function rowValues(row: GridRow, columns: readonly GridColumn[]): (Decimal | null)[] | null {
  const values: (Decimal | null)[] = []
  for (const column of columns) {
    const cell = row.cells.find((candidate) => candidate.column === column.key)
    if (cell?.damaged) return null
    values.push(cell?.value ? new Decimal(cell.value) : null)
  }
  return values
}
