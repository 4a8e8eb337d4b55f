/**
 * Read a 科目 or unit code: digits, with stray spaces rejoined ("41000 2" →
 * "410002"). Classification codes are 3, 5 or 7 digits (类/款/项); anything
 * else in a classification column is damaged (a 7-digit code cut to 5 is found
 * by `markRepeatedCodes`).
 */

export interface Code {
  value: string | null
  printed: string
  damaged: string | null
}

const digitsAndSpaces = /^[\d ]+$/

/**
 * @param text the cell as printed
 * @param lengths the lengths a code of this column may have, or null for any length (unit codes)
 */
export function readCode(text: string, lengths: readonly number[] | null): Code {
  const trimmed = text.trim()
  if (trimmed.length === 0 || !digitsAndSpaces.test(trimmed)) return { value: null, printed: trimmed, damaged: null }
  const code = trimmed.replace(/ /g, '')
  if (lengths !== null && !lengths.includes(code.length)) return { value: null, printed: code, damaged: code }
  return { value: code, printed: code, damaged: null }
}

/** Whether a cell holds a code: digits only (spaces allowed). */
export function isCode(text: string): boolean {
  const trimmed = text.trim()
  return trimmed.length >= 3 && trimmed.length <= 12 && digitsAndSpaces.test(trimmed)
}

/**
 * The parent of a classification code: 2060701 → 20607 → 206 → null.
 * @param code a 3-, 5- or 7-digit code
 */
export function parentCode(code: string): string | null {
  if (code.length === 7) return code.slice(0, 5)
  if (code.length === 5) return code.slice(0, 3)
  return null
}
