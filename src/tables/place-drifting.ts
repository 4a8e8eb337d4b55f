/**
 * Places the amounts of rows that drifted off their columns ("行政运行
 * 12.34  12.34" printed left of where its columns are): every way of putting
 * them into the side's columns in order is a candidate; the row's own total
 * (first column = the sum of the others) and the 科目 identities with rows
 * already placed (a parent = the sum of its children, 合计 = the sum of the
 * 类) keep the candidates that fit. A row is placed only when exactly one
 * candidate is left; if any row is left with none or several, the caller
 * refuses the table.
 */
import Decimal from 'decimal.js'
import type { GridColumn, GridRow } from './grid.js'
import type { LayoutToken } from './layout-tokens.js'
import { parseAmount } from './parse-amount.js'
import { holdsTogether, totalFirst } from './row-total.js'
import { subjectFamilies, type Family } from './subject-families.js'

export interface DriftingRow {
  row: GridRow
  /** The row's amounts, left to right. */
  tokens: LayoutToken[]
  /** 0-based index of the line they are printed on. */
  index: number
  /** The line of each amount, when they stand on lines of their own (one cell a line). */
  indexes?: number[]
}

/** More ways than this to place one row's amounts and the row is not tried. */
const maxCandidates = 2000
/** More drifting rows than this in one table and none is tried: placing them is a search, kept bounded. */
const maxDrifting = 200

/**
 * @returns null when every drifting row was placed, else the amount that could not be
 */
export function placeDrifting(rows: readonly GridRow[], drifting: readonly DriftingRow[], columns: readonly GridColumn[]): string | null {
  if (drifting.length === 0) return null
  if (drifting.length > maxDrifting) return drifting[0]!.tokens[0]!.text
  // The row's own identity needs a total in the first amount column.
  const amountColumns = totalFirst(columns)
  if (!amountColumns) return drifting[0]!.tokens[0]!.text
  const pending = new Map<GridRow, { entry: DriftingRow; candidates: number[][] }>()
  for (const entry of drifting) {
    const candidates = combinations(amountColumns.length, entry.tokens.length).filter((placement) => holdsTogether(values(entry, placement, amountColumns.length)))
    if (candidates.length === 0) return entry.tokens[0]!.text
    pending.set(entry.row, { entry, candidates })
  }
  const relationsOf = new Map<GridRow, Family[]>()
  for (const relation of subjectFamilies(rows))
    for (const member of [relation.total, ...relation.parts]) relationsOf.set(member, [...(relationsOf.get(member) ?? []), relation])
  let changed = true
  while (changed && pending.size > 0) {
    changed = false
    for (const [row, state] of pending) {
      if (state.candidates.length === 1) {
        place(row, state.entry, state.candidates[0]!, amountColumns)
        pending.delete(row)
        changed = true
        continue
      }
    }
    // Each relation narrows the candidates of its unplaced members jointly: a placement stays only if some
    // choice for the other unplaced members makes the relation hold.
    const touched = new Set([...pending.keys()].flatMap((row) => relationsOf.get(row) ?? []))
    for (const relation of touched) {
      const members = [relation.total, ...relation.parts].filter((member) => pending.has(member))
      if (members.length === 0) continue
      const states = members.map((member) => pending.get(member)!)
      if (states.reduce((product, state) => product * state.candidates.length, 1) > maxCandidates) continue
      const survivors = states.map(() => new Set<number>())
      const choice: number[] = []
      const walk = (at: number) => {
        if (at === members.length) {
          const overrides = new Map(members.map((member, position) => [member, values(states[position]!.entry, states[position]!.candidates[choice[position]!]!, amountColumns.length)]))
          if (fits(relation, overrides, amountColumns)) choice.forEach((candidate, position) => survivors[position]!.add(candidate))
          return
        }
        for (let candidate = 0; candidate < states[at]!.candidates.length; candidate++) {
          choice[at] = candidate
          walk(at + 1)
        }
      }
      walk(0)
      for (const [position, state] of states.entries()) {
        if (survivors[position]!.size === 0) return state.entry.tokens[0]!.text
        if (survivors[position]!.size < state.candidates.length) {
          state.candidates = state.candidates.filter((_, candidate) => survivors[position]!.has(candidate))
          changed = true
        }
      }
    }
  }
  const left = [...pending.values()][0]
  return left ? left.entry.tokens[0]!.text : null
}

/** Every way to choose `count` of `size` columns, in order. */
function combinations(size: number, count: number): number[][] {
  const result: number[][] = []
  const walk = (start: number, chosen: number[]) => {
    if (result.length > maxCandidates) return
    if (chosen.length === count) {
      result.push([...chosen])
      return
    }
    for (let column = start; column <= size - (count - chosen.length); column++) walk(column + 1, [...chosen, column])
  }
  walk(0, [])
  return result.length > maxCandidates ? [] : result
}

/** The row's values by amount column for one placement (null for a blank cell). */
function values(entry: DriftingRow, placement: readonly number[], size: number): (Decimal | null)[] {
  const result: (Decimal | null)[] = Array.from({ length: size }, () => null)
  placement.forEach((column, position) => {
    const amount = parseAmount(entry.tokens[position]!.text)
    result[column] = amount.value === null ? null : new Decimal(amount.value)
  })
  return result
}

/** Whether the relation holds in every amount column with the drifting rows' values put in. */
function fits(relation: Family, overrides: ReadonlyMap<GridRow, readonly (Decimal | null)[]>, columns: readonly GridColumn[]): boolean {
  const valueOf = (member: GridRow, column: number): Decimal => {
    const override = overrides.get(member)
    if (override) return override[column] ?? new Decimal(0)
    const cell = member.cells.find((entry) => entry.column === columns[column]!.key)
    return cell?.value ? new Decimal(cell.value) : new Decimal(0)
  }
  if ([relation.total, ...relation.parts].some((member) => !overrides.has(member) && member.cells.some((cell) => cell.damaged !== null))) return false
  const tolerance = new Decimal('0.005').times(relation.parts.length + 1)
  return columns.every((_, column) => {
    let sum = new Decimal(0)
    for (const part of relation.parts) sum = sum.plus(valueOf(part, column))
    return sum.minus(valueOf(relation.total, column)).abs().lte(tolerance)
  })
}

function place(row: GridRow, entry: DriftingRow, placement: readonly number[], columns: readonly GridColumn[]): void {
  placement.forEach((column, position) => {
    const token = entry.tokens[position]!
    const cell = row.cells.find((candidate) => candidate.column === columns[column]!.key)
    if (!cell) return
    const amount = parseAmount(token.text)
    Object.assign(cell, { value: amount.value, printed: amount.printed, damaged: amount.damaged, unit: amount.unit, index: entry.indexes?.[position] ?? entry.index, start: token.start })
  })
}
