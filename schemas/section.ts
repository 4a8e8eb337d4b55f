import { z } from 'zod'
import { columnSchema, lineSchema } from './evidence.js'

export const partKindSchema = z
  .enum(['概况', '决算表', '预算表', '情况说明', '重点工作', '名词解释', '附件', '绩效', '其他'])
  .describe('standard part of a disclosure')

export interface Heading {
  level: 1 | 2 | 3 | 4
  marker: string
  title: string
  role: string | null
  line: number
  column: number
  endLine: number
  children: Heading[]
}

export const headingSchema: z.ZodType<Heading> = z.lazy(() =>
  z.object({
    level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).describe('1 一、 · 2 （一） · 3 1. · 4 (1)'),
    marker: z.string().describe('numbering as printed, e.g. （一）'),
    title: z.string().describe('title without its numbering and closing punctuation'),
    role: z.string().nullable().describe('what the heading is about when the grammar expects it (e.g. duties, threePublic)'),
    line: lineSchema,
    column: columnSchema,
    endLine: lineSchema.describe('last line the heading covers'),
    children: z.array(headingSchema),
  }),
)

export const sectionSchema = z
  .object({
    kind: partKindSchema,
    part: z.string().nullable().describe('"第三部分", or null for a part printed without a number'),
    title: z.string().nullable().describe('title as printed (lines joined by a space), or null'),
    implicit: z.boolean().describe('true when no heading was printed and the section was inferred from its tables'),
    line: lineSchema.describe('first line (the heading)'),
    column: columnSchema,
    endLine: lineSchema.describe('last non-blank line'),
    headingLines: z.array(lineSchema).describe('lines the part heading takes (it may be split over several)'),
    children: z.array(headingSchema),
  })
  .describe('a standard part of the document')

export type Section = z.infer<typeof sectionSchema>
