/**
 * Read one printed amount exactly. Stray spaces inside a number are rejoined
 * ("123 .45", "0. 00"), thousands separators removed; the value keeps the
 * printed number of decimals and is never a float. A cell that cannot be a
 * whole value ("3,45", "456.", "12,34,5") is damaged: its printed text is kept
 * and its value is null. Blank is null and not damaged.
 */
import Decimal from 'decimal.js'

export interface Amount {
  /** Exact decimal string, or null. */
  value: string | null
  /** The cell as printed, spaces inside numbers removed ("" when blank). */
  printed: string
  /** The printed text when the cell cannot be a whole value, else null. */
  damaged: string | null
  /** Decimals printed (0 for "550"); -1 when not a number. */
  decimals: number
  /** "%" when printed as a percentage, else null. */
  unit: '%' | null
}

/** A whole amount: optional minus, digits with well-formed thousands groups, optional decimals. */
const wholeAmount = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/
/** Only what a number is made of, spaces included. */
const numberish = /^[-\d,. ]+$/
/** Printed signs of "nothing" that stand for zero. */
const dashes = new Set(['-', '—', '－', '–', '--'])

/**
 * @param text the cell as printed
 */
export function parseAmount(text: string): Amount {
  let printed = text.trim()
  if (printed.length === 0) return { value: null, printed: '', damaged: null, decimals: -1, unit: null }
  if (dashes.has(printed)) return { value: '0', printed, damaged: null, decimals: 0, unit: null }
  let unit: '%' | null = null
  if (printed.endsWith('%') || printed.endsWith('％')) {
    unit = '%'
    printed = printed.slice(0, -1).trim()
  }
  if (numberish.test(printed)) printed = printed.replace(/ /g, '')
  if (!wholeAmount.test(printed)) {
    return { value: null, printed: unit ? `${printed}%` : printed, damaged: unit ? `${printed}%` : printed, decimals: -1, unit }
  }
  const value = exactDecimal(printed)
  const dot = value.indexOf('.')
  return { value, printed: unit ? `${printed}%` : printed, damaged: null, decimals: dot < 0 ? 0 : value.length - dot - 1, unit }
}

/**
 * A well-formed printed number as an exact decimal string with the printed
 * number of decimals: "1,234.56" → "1234.56", "0.00" → "0.00", "550" → "550".
 * @param printed digits, thousands separators and a decimal point
 */
export function exactDecimal(printed: string): string {
  const plain = printed.replace(/,/g, '')
  const dot = plain.indexOf('.')
  return new Decimal(plain).toFixed(dot < 0 ? 0 : plain.length - dot - 1)
}

/** Whether a cell's text is an amount (possibly split by spaces or damaged), not a label. */
export function looksLikeAmount(text: string): boolean {
  const trimmed = text.trim()
  return trimmed.length > 0 && (numberish.test(trimmed.replace(/[%％]$/, '')) || dashes.has(trimmed)) && /\d|^[-—－–]+$/.test(trimmed)
}
