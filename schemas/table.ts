import { z } from 'zod'
import { lineSchema } from './evidence.js'

export const tableStatusSchema = z
  .enum(['data', 'empty', 'missing'])
  .describe('data: the table has rows; empty: the document states it has no data; missing: only its title is in the text')

export const tableSchema = z
  .object({
    id: z.string().describe('stable grammar identifier, e.g. final.summary'),
    title: z.string().describe('canonical Chinese title'),
    printedTitle: z.string().describe('title as printed (title lines joined)'),
    qualifier: z.string().nullable().describe('trailing qualifier such as 分功能科目'),
    number: z.string().nullable().describe('number as printed (表 5-1, 公开01表), or null'),
    status: tableStatusSchema,
    statement: z.string().nullable().describe('the statement that the table is empty, when status is empty'),
    unit: z.string().nullable().describe('money unit printed with the table'),
    line: lineSchema.describe('first title line'),
    endLine: lineSchema.describe('last line of the table'),
  })
  .describe('a standard table')

export type Table = z.infer<typeof tableSchema>
