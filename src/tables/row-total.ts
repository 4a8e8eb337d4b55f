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

/** How far one amount printed with two decimals may be from its exact value. */
const halfCent = new Decimal('0.005')

/**
 * Whether a total is the sum of its parts as printed: each printed term (the
 * total and every part that is not blank) may be off by half a cent. Blank
 * parts (null) count as nothing.
 */
export function addsUp(total: Decimal, parts: readonly (Decimal | null)[]): boolean {
  let sum = new Decimal(0)
  let terms = 1
  for (const part of parts) {
    if (part === null) continue
    sum = sum.plus(part)
    terms++
  }
  return sum.minus(total).abs().lte(halfCent.times(terms))
}

/** Total (first) = Σ the others; blank values count as nothing. */
export function holdsTogether(values: readonly (Decimal | null)[]): boolean {
  const [total, ...parts] = values
  return total ? addsUp(total, parts) : false
}

/** Whether the rows that print every cell (a dash for none) make the first column the sum of the others. */
export function showsTotalColumn(rows: readonly GridRow[], columns: readonly GridColumn[]): boolean {
  const full = rows.map((row) => rowValues(row, columns)).filter((values) => values !== null && values.every((value) => value !== null))
  return columns.length >= 2 && full.length > 0 && full.every((values) => holdsTogether(values!))
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
