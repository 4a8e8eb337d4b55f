/**
 * A percentage the document states against the one its own amounts give:
 * the amounts may each be off by their rounding, the stated rate by half a
 * unit of its last printed place. Shared by every rate rule.
 */
import { Decimal, decimalsOf, rateAgrees, rateInterval } from './amounts.js'

export type RateVerdict =
  | { kind: 'undefined' }
  | { kind: 'agrees' }
  | { kind: 'differs'; computed: string; difference: string }

/**
 * @param stated the rate as printed, in percent
 * @param numerator the part, change or actual amount
 * @param denominator the whole, previous year or budget
 * @param half how far each amount may be off
 */
export function judgeRate(stated: string, numerator: Decimal.Value, denominator: Decimal.Value, half: Decimal): RateVerdict {
  const interval = rateInterval(new Decimal(numerator), new Decimal(denominator), half)
  if (interval === null) return { kind: 'undefined' }
  if (rateAgrees(stated, interval)) return { kind: 'agrees' }
  const places = Math.max(decimalsOf(stated), 1)
  const computed = interval.point.toFixed(places)
  return { kind: 'differs', computed, difference: new Decimal(stated).minus(computed).toFixed(places) }
}
