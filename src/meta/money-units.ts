/**
 * The money units documents print, by their size in 元: one table of them for
 * the export's conversion, the audit's comparisons across tables and the
 * narrative's figures against a table.
 */
import Decimal from 'decimal.js'

const yuan: Readonly<Record<string, number>> = { 元: 1, 千元: 1000, 万元: 10_000, 亿元: 100_000_000 }

/** How many 元 one of `unit` is; null for a unit that is not money ("%", "人") or not known. */
export function yuanPer(unit: string | null): number | null {
  return unit !== null && Object.hasOwn(yuan, unit) ? yuan[unit]! : null
}

/** The factor that turns an amount in `from` into one in `to`; null when either is not a known money unit. */
export function unitFactor(from: string | null, to: string | null): Decimal | null {
  const size = yuanPer(from)
  const target = yuanPer(to)
  return size === null || target === null ? null : new Decimal(size).div(target)
}
