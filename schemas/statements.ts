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

export const shareStatementSchema = z
  .object({
    subject: z.string().describe('what the share is of, as printed'),
    amount: z.string().describe('amount (万元), exact decimal string'),
    share: z.string().describe('the share in percent, as printed'),
    of: z.string().nullable().describe('the whole it is a share of, when printed (本年收入, 本年支出)'),
    line: lineSchema,
  })
  .describe('a structure share: "教育支出（类）支出 95.00 万元，占 60.5%"')

export const changeStatementSchema = z
  .object({
    subject: z.string().describe('what changed, as printed'),
    amount: z.string().nullable().describe('unsigned amount of the change (万元), exact; null when only a rate or 持平 is stated'),
    direction: z.enum(['增加', '减少', '持平', 'ambiguous']).describe('ambiguous for the template residue "增长(下降)"'),
    rate: z.string().nullable().describe('rate of the change in percent as printed, unsigned'),
    current: z.string().nullable().describe('the current amount the change is measured from (万元), when the sentence or the one before states it'),
    reason: z.string().nullable(),
    line: lineSchema,
    text: z.string().describe('the sentence'),
  })
  .describe('a year-on-year change')

export const statementsSchema = z
  .object({
    subjects: z.array(subjectStatementSchema),
    shares: z.array(shareStatementSchema),
    changes: z.array(changeStatementSchema),
  })
  .describe('the 情况说明 as records')

export type ShareStatement = z.infer<typeof shareStatementSchema>
export type ChangeStatement = z.infer<typeof changeStatementSchema>
