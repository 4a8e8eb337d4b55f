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

export const keyWorkItemSchema = z
  .object({
    item: z.string().describe('the work item or goal as printed'),
    target: z.string().nullable().describe('指标要求 / 工作目标, when printed'),
    result: z.string().nullable().describe('完成情况: the text under the item'),
    status: z.enum(['完成', '未完成', '部分完成']).nullable().describe('what the result says of itself in its first sentence; null when it does not say'),
    line: lineSchema,
  })
  .describe('an item of the 重点工作完成情况')

export type KeyWorkItem = z.infer<typeof keyWorkItemSchema>
