/**
 * Exact arithmetic for the audit, and the display-rounding envelope: a value
 * printed with d decimals may be off by half a unit of its last place, so a
 * total against n printed parts may differ by (n + 1) × that half unit.
 */
import Decimal from 'decimal.js'

export { Decimal }

export const zero = new Decimal(0)

/** Sum of exact decimal strings; null entries (blank cells) count as nothing. */
export function sum(values: readonly (string | null)[]): Decimal {
  let total = zero
  for (const value of values) if (value !== null) total = total.plus(value)
  return total
}

/** Half a unit of the last printed place: 0.005 for two decimals. */
export function halfUnit(decimals: number): Decimal {
  return new Decimal(5).times(new Decimal(10).pow(-(decimals + 1)))
}

/**
 * What rounding allows between two printed amounts of different units, in the first one's unit: half a unit of
 * each one's last printed place, the second's turned by `factor` (its unit into the first's).
 */
export function roundingAcrossUnits(decimals: number, otherDecimals: number, factor: Decimal): Decimal {
  return halfUnit(decimals).plus(halfUnit(otherDecimals).times(factor))
}

/** Decimals printed in a number as printed ("1,234.50" → 2, "550" → 0). */
export function decimalsOf(printed: string): number {
  const dot = printed.lastIndexOf('.')
  if (dot === -1) return 0
  let count = 0
  for (let index = dot + 1; index < printed.length && printed[index]! >= '0' && printed[index]! <= '9'; index++) count++
  return count
}

/** The envelope for a total against `parts` printed parts. */
export function roundingTolerance(parts: number, decimals: number): Decimal {
  return halfUnit(decimals).times(parts + 1)
}

/** Display form of an exact value: no exponent, no trailing zeros beyond what was computed. */
export function show(value: Decimal): string {
  return value.toFixed()
}

/**
 * A percentage computed from printed amounts, as an interval: each amount may
 * be off by `half`; the result is compared with a stated rate at its own precision.
 */
export function rateInterval(numerator: Decimal, denominator: Decimal, half: Decimal): { low: Decimal; high: Decimal; point: Decimal } | null {
  if (denominator.lte(half)) return null
  const point = numerator.div(denominator).times(100)
  const nLow = Decimal.max(numerator.abs().minus(half), 0)
  const nHigh = numerator.abs().plus(half)
  const low = nLow.div(denominator.plus(half)).times(100)
  const high = nHigh.div(denominator.minus(half)).times(100)
  return { low, high, point: point.abs() }
}

/** Whether a stated rate (printed with its own decimals) is consistent with an interval. */
export function rateAgrees(stated: string, interval: { low: Decimal; high: Decimal }): boolean {
  const half = halfUnit(decimalsOf(stated))
  const value = new Decimal(stated)
  return value.plus(half).gte(interval.low) && value.minus(half).lte(interval.high)
}

/**
 * An exact decimal string as a whole number of units of its `places`th
 * decimal ("12.3" at 2 places → 1230n): sums of many cells without Decimal
 * objects. Null when the string has more decimals than `places`.
 */
export function scaled(value: string, places: number): bigint | null {
  const negative = value.startsWith('-')
  const digits = negative ? value.slice(1) : value
  const dot = digits.indexOf('.')
  const whole = dot === -1 ? digits : digits.slice(0, dot)
  const fraction = dot === -1 ? '' : digits.slice(dot + 1)
  if (fraction.length > places) return null
  const units = BigInt(whole + fraction.padEnd(places, '0'))
  return negative ? -units : units
}
