/**
 * Checks table identities: sums within the display-rounding envelope,
 * copies exactly. A damaged cell makes the check insufficient-data, never a
 * pass or a fail; a difference inside the envelope is at most a rounding hint.
 */
import { unitFactor } from '../meta/money-units.js'
import { Decimal, halfUnit, roundingTolerance, scaled, show, sum, zero } from './amounts.js'
import { side, type Collector } from './collector.js'
import type { CellRef, Identity } from './identities.js'
import { cellState, tableDecimals, tableName, tableRef } from './table-view.js'

export function evaluateIdentities(identities: readonly Identity[], collector: Collector): void {
  const decimals = new Map<object, number>()
  const decimalsOf = (ref: CellRef) => {
    let value = decimals.get(ref.table)
    if (value === undefined) decimals.set(ref.table, (value = tableDecimals(ref.table)))
    return value
  }
  for (const identity of identities) {
    const refs = [identity.total, ...identity.parts]
    const states = refs.map((ref) => cellState(ref.row, ref.column))
    const lines = (from: number, to: number) => states.slice(from, to).flatMap((state) => (state.cell ? [state.cell.line] : []))
    const unit = identity.total.table.unit
    const base = {
      key: identity.key,
      table: tableRef(identity.table),
      line: identity.total.row.line,
    }
    // Nothing printed on either side: nothing to check.
    if (states.every((state) => state.kind === 'blank')) continue
    const damaged = states.findIndex((state) => state.kind === 'damaged')
    if (damaged !== -1 || identity.incomplete) {
      const cell = damaged !== -1 ? states[damaged]!.cell! : null
      collector.insufficient(identity.rule, {
        ...base,
        message: `${tableName(identity.table)}${identity.where}：${identity.totalLabel} 与 ${identity.partsLabel} 无法核对——${
          cell ? `第 ${cell.line} 行“${cell.printed}”无法读出完整数值` : identity.incomplete
        }`,
        left: side(identity.totalLabel, value(states[0]!), unit, lines(0, 1)),
        right: side(identity.partsLabel, null, unit, lines(1, states.length)),
        difference: null,
        tolerance: null,
      })
      continue
    }
    // A table of the same document may print another unit (a detail table in 元): parts are compared in the total's.
    const factors = refs.map((ref) => (ref.table.unit === unit ? null : unitFactor(ref.table.unit, unit)))
    const converted = factors.some((factor) => factor !== null)
    const parts = states.slice(1).map((state, index) => inUnit(value(state), factors[index + 1]!))
    // Most identities hold to the unit: checked in whole units of the printed places, without Decimal objects.
    if (holdsExactly(value(states[0]!), parts)) {
      collector.pass(identity.rule)
      continue
    }
    const total = new Decimal(value(states[0]!) ?? 0)
    const partsSum = sum(parts)
    const difference = total.minus(partsSum)
    const printedParts = parts.filter((part) => part !== null).length
    const decimalsUsed = Math.max(...refs.map(decimalsOf))
    const tolerance = converted
      ? conversionTolerance(refs, states.map(value), factors, decimalsOf)
      : identity.copy || printedParts <= 1
        ? zero
        : roundingTolerance(printedParts, decimalsUsed)
    // Across units a copy is rounded by the coarser one: within that it is the same figure.
    if (difference.isZero() || (converted && identity.copy && difference.abs().lte(tolerance))) {
      collector.pass(identity.rule)
      continue
    }
    const partsLabel = converted ? `${identity.partsLabel}（折合${unit}）` : identity.partsLabel
    // Shown with the decimals the table prints.
    const failure = {
      ...base,
      left: side(identity.totalLabel, value(states[0]!) ?? '0', unit, lines(0, 1)),
      right: side(partsLabel, partsSum.toFixed(decimalsUsed), unit, lines(1, states.length)),
      difference: difference.toFixed(decimalsUsed),
      tolerance: show(tolerance),
    }
    if (difference.abs().lte(tolerance)) {
      collector.hint(identity.rule, {
        ...failure,
        message: `${tableName(identity.table)}${identity.where}：${identity.totalLabel} ${failure.left.value} 与 ${partsLabel} ${failure.right.value} 相差 ${failure.difference}，在四舍五入误差 ${failure.tolerance} 以内`,
      })
      continue
    }
    collector.fail(identity.rule, {
      ...failure,
      message: `${tableName(identity.table)}${identity.where}：${identity.totalLabel} ${failure.left.value} ≠ ${partsLabel} ${failure.right.value}（差 ${failure.difference}${
        tolerance.isZero() ? '' : `，超出四舍五入误差 ${failure.tolerance}`
      }）`,
    })
  }
}

const places = 4

function holdsExactly(total: string | null, parts: readonly (string | null)[]): boolean {
  const left = scaled(total ?? '0', places)
  if (left === null) return false
  let right = 0n
  for (const part of parts) {
    if (part === null) continue
    const units = scaled(part, places)
    if (units === null) return false
    right += units
  }
  return left === right
}

/** An amount turned into the total's unit by `factor` (null: already in it). */
function inUnit(amount: string | null, factor: Decimal | null): string | null {
  return amount === null || factor === null ? amount : new Decimal(amount).times(factor).toFixed()
}

/** Half a unit of each printed amount's last place, in the total's unit: what rounding in two units allows. */
function conversionTolerance(refs: readonly CellRef[], amounts: readonly (string | null)[], factors: readonly (Decimal | null)[], decimalsOf: (ref: CellRef) => number): Decimal {
  let tolerance = zero
  refs.forEach((ref, index) => {
    if (amounts[index] !== null) tolerance = tolerance.plus(halfUnit(decimalsOf(ref)).times(factors[index] ?? 1))
  })
  return tolerance
}

function value(state: ReturnType<typeof cellState>): string | null {
  return state.kind === 'value' ? state.value : null
}
