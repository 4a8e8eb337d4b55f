/**
 * Evidence that a reading put the amounts in the right columns, for the readers
 * that place them by position or order (space-aligned, one cell a line). In a
 * column, a 科目 is the sum of the rows just under it, and the 合计 row the sum
 * of the 类; a side's or a table's 合计/总计 rows print an amount in every
 * column where a row does. Signs of an amount in the wrong column: a total or
 * parent blank where a row under it prints an amount; or a parent that is not
 * the sum of its rows in two columns side by side, where moving one amount of
 * one row from one to the other makes both sums hold. A sum broken in any other
 * way is the document's own error, left for the checks to report.
 */
import Decimal from 'decimal.js'
import type { Grid, GridColumn, GridRow } from './grid.js'
import { addsUp } from './row-total.js'
import { subjectFamilies } from './subject-families.js'

export interface MisplacedAmount {
  /** 0-based line of the row whose amount stands in the wrong column. */
  index: number
  column: string
  parent: string
}

/** A total row of a side or of a table without codes: "收入合计", "本年支出合计", "总计". */
const totalEnding = /(?:合计|总计)$/

/**
 * @param grid a table read by position or order
 * @returns the first amount shown to stand in the wrong column, or null
 */
export function misplacedAmount(grid: Grid): MisplacedAmount | null {
  const byScope = new Map<string, GridRow[]>()
  for (const row of grid.rows) {
    const scope = `${row.side ?? ''}|${row.group ?? ''}`
    const list = byScope.get(scope)
    if (list) list.push(row)
    else byScope.set(scope, [row])
  }
  const amountColumns = grid.columns.filter((column) => column.role === 'amount').map((column) => column.key)
  for (const rows of byScope.values()) {
    // A side's or table's 合计/总计 rows are blank in a column only if every row is: a row's amount in a
    // column where no total prints one stands in the wrong column.
    const totals = rows.filter((row) => row.code === null && row.codeDamaged === null && row.item !== null && totalEnding.test(row.item))
    if (totals.length > 0) {
      for (const column of amountColumns) {
        const blank = totals.every((total) => {
          const cell = total.cells.find((candidate) => candidate.column === column)
          return cell !== undefined && cell.value === null && cell.damaged === null
        })
        if (!blank) continue
        const stray = rows.find((row) => !totals.includes(row) && row.cells.some((cell) => cell.column === column && cell.value !== null && !/^0(?:\.0+)?$/.test(cell.value)))
        if (stray) return { index: stray.index, column, parent: totals[0]!.item! }
      }
    }
    for (const { total: parent, parts: under } of subjectFamilies(rows)) {
      for (const child of under) {
        for (const cell of child.cells) {
          if (cell.value === null || /^0(?:\.0+)?$/.test(cell.value)) continue
          const above = parent.cells.find((candidate) => candidate.column === cell.column)
          if (above && above.value === null && above.damaged === null) return { index: child.index, column: cell.column, parent: parent.code ?? parent.item ?? '' }
        }
      }
      const moved = movedBetweenNeighbours(parent, under, amountColumns)
      if (moved) return { index: moved.index, column: moved.column, parent: parent.code ?? parent.item ?? '' }
      const shifted = movedAcrossColumns(parent, under, grid.columns.filter((column) => column.role === 'amount'))
      if (shifted) return { index: parent.index, column: shifted, parent: parent.code ?? parent.item ?? '' }
    }
  }
  return null
}

/** A cell's value; undefined when damaged (no sum can be judged). */
function valueIn(row: GridRow, column: string): Decimal | null | undefined {
  const cell = row.cells.find((candidate) => candidate.column === column)
  if (!cell || cell.value === null) return cell?.damaged ? undefined : null
  return new Decimal(cell.value)
}

/** Whether a parent's value in a column is the sum of its rows' (a blank parent of blank rows holds). */
function sumHolds(parent: GridRow, under: readonly GridRow[], column: string, move?: { row: GridRow; delta: Decimal }): boolean | undefined {
  const total = valueIn(parent, column)
  const parts = under.map((row) => valueIn(row, column))
  if (total === undefined || parts.includes(undefined)) return undefined
  const values = parts.map((part, position) => {
    if (!move || under[position] !== move.row) return part as Decimal | null
    const changed = ((part as Decimal | null) ?? new Decimal(0)).plus(move.delta)
    return changed.isZero() ? null : changed
  })
  if (total === null) return values.every((value) => value === null)
  return addsUp(total, values)
}

/**
 * The total column's sum holds but two or more of the columns it totals break: the rows' amounts add up, only
 * not in the columns they were read into — amounts of several rows set a column off. (A misprint breaks the
 * column it stands in and its row's total, not two columns' sums alone.) Returns the first column that breaks.
 */
function movedAcrossColumns(parent: GridRow, under: readonly GridRow[], columns: readonly GridColumn[]): string | null {
  const [total, ...parts] = columns
  if (!total || !/(?:合计|总计)$/.test(total.path.at(-1) ?? '') || sumHolds(parent, under, total.key) !== true) return null
  const broken = parts.filter((column) => sumHolds(parent, under, column.key) === false)
  return broken.length >= 2 ? broken[0]!.key : null
}

/**
 * Two neighbouring columns whose sums both break, and one row's amount that, moved from one to the other
 * where that row prints nothing, makes both hold.
 */
function movedBetweenNeighbours(parent: GridRow, under: readonly GridRow[], columns: readonly string[]): { index: number; column: string } | null {
  for (let position = 0; position + 1 < columns.length; position++) {
    const [left, right] = [columns[position]!, columns[position + 1]!]
    if (sumHolds(parent, under, left) !== false || sumHolds(parent, under, right) !== false) continue
    for (const row of under) {
      const [inLeft, inRight] = [valueIn(row, left), valueIn(row, right)]
      for (const [from, to, amount, other] of [
        [left, right, inLeft, inRight],
        [right, left, inRight, inLeft],
      ] as const) {
        if (!(amount instanceof Decimal) || other !== null) continue
        if (sumHolds(parent, under, from, { row, delta: amount.negated() }) && sumHolds(parent, under, to, { row, delta: amount })) return { index: row.index, column: from }
      }
    }
  }
  return null
}
