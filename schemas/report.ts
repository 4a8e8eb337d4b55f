import { z } from 'zod'
import { lineSchema } from './evidence.js'

export const coverageSchema = z
  .object({
    lines: z.number().int().nonnegative().describe('lines in the input'),
    blank: z.number().int().nonnegative(),
    furniture: z.number().int().nonnegative().describe('page numbers and other page furniture'),
    cover: z.number().int().nonnegative().describe('title page before the TOC or the body'),
    toc: z.number().int().nonnegative().describe('table of contents'),
    heading: z.number().int().nonnegative().describe('part headings and numbered headings'),
    table: z.number().int().nonnegative().describe('table titles, rows and notes'),
    narrative: z.number().int().nonnegative().describe('other lines inside sections'),
    unclassified: z.number().int().nonnegative().describe('lines not understood; listed in diagnostics'),
  })
  .describe('what every input line is; the counts add up to lines')

export const diagnosticSchema = z
  .object({
    code: z.string().describe('stable identifier of the problem, e.g. unclassified-lines'),
    severity: z.enum(['error', 'warning', 'info']),
    message: z.string(),
    line: lineSchema.nullable(),
    endLine: lineSchema.nullable(),
  })
  .describe('something the library could not read or wants the user to know')

export type Coverage = z.infer<typeof coverageSchema>
export type Diagnostic = z.infer<typeof diagnosticSchema>
