import { z } from 'zod'

/** 1-based line of the original input. */
export const lineSchema = z.number().int().positive().describe('1-based line of the original input')
/** 1-based column of the original input (UTF-16 code units). */
export const columnSchema = z.number().int().positive().describe('1-based column of the original input (UTF-16 code units)')

/**
 * A value read from the document with the place it was read from; all three
 * are null when the document does not say it.
 */
export function evidenceSchema<T extends z.ZodType>(value: T) {
  return z.object({
    value: value.nullable().describe('the value, or null when the document does not state it'),
    line: lineSchema.nullable(),
    column: columnSchema.nullable(),
  })
}
