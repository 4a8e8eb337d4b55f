import { z } from 'zod'
import { lineSchema } from './evidence.js'

export const subjectStatementSchema = z
  .object({
    category: z.string().describe('类 name as printed'),
    section: z.string().nullable().describe('款 name, or null'),
    item: z.string().nullable().describe('项 name, or null'),
    code: z.string().nullable().describe('支出功能分类 code, when the tables name the same 类/款/项'),
    initialBudget: z.string().nullable().describe('年初预算 (万元), exact decimal string'),
    final: z.string().nullable().describe('支出决算 (万元), exact decimal string'),
    completionRate: z.string().nullable().describe('完成年初预算的 X%: X as printed'),
    reason: z.string().nullable().describe('the stated main reason'),
    line: lineSchema,
    text: z.string().describe('the statement as printed, wrapped lines joined'),
  })
  .describe('a per-科目 explanation of the 情况说明')

export type SubjectStatement = z.infer<typeof subjectStatementSchema>
