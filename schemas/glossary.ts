import { z } from 'zod'
import { lineSchema } from './evidence.js'

export const glossaryEntrySchema = z
  .object({
    term: z.string(),
    definition: z.string().nullable().describe('what follows the colon, wrapped lines joined; null for an item of a list'),
    kind: z.enum(['term', 'classification']).describe('classification: a 类/款/项 item of the 支出功能分类 the department used'),
    code: z.string().nullable().describe('7-digit code of a classification item, when the tables name the same 类, 款 and 项'),
    line: lineSchema,
  })
  .describe('an entry of the 名词解释')

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>
