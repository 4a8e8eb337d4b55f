import { z } from 'zod'
import { lineSchema } from './evidence.js'

export const optionFieldSchema = z
  .object({
    options: z.array(z.object({ label: z.string(), ticked: z.boolean() })),
    ticked: z.string().nullable().describe('the ticked option (☑, a checked box, or the replacement character where the others print □), or null'),
    line: lineSchema,
  })
  .describe('a field of options, one ticked: 项目类别 / 项目属性 / 项目类型')

export const indicatorSchema = z
  .object({
    level1: z.string().nullable().describe('一级指标 (产出指标, 效益指标, 满意度指标, 成本指标)'),
    level2: z.string().nullable().describe('二级指标 (数量指标, 质量指标 …)'),
    level3: z.string().describe('三级指标: the indicator itself, wrapped lines joined'),
    target: z.string().nullable().describe('年初目标值 / 指标值 as printed'),
    actual: z.string().nullable().describe('实际完成值 as printed'),
    score: z.string().nullable().describe('得分, exact decimal string'),
    weight: z.string().nullable().describe('分值 / 权重, when printed'),
    values: z.array(z.string()).describe('every value cell after the indicator, as printed, in order (前年/上年 values, 确定依据 …)'),
    line: lineSchema,
  })
  .describe('one performance indicator')

export const performanceEntrySchema = z
  .object({
    source: z.enum(['table', 'narrative']).describe('a form (绩效自评表 / 绩效目标表) or scores stated in sentences'),
    kind: z.enum(['self-evaluation', 'targets']).describe('自评 (targets and results) or 绩效目标 (targets only)'),
    scope: z.enum(['整体', '项目']),
    title: z.string().describe('the form title or report heading as printed'),
    name: z.string().nullable().describe('项目名称 (or the unit for 整体)'),
    department: z.string().nullable().describe('主管部门 / 单位名称'),
    implementer: z.string().nullable().describe('项目实施单位'),
    category: optionFieldSchema.nullable(),
    attribute: optionFieldSchema.nullable(),
    type: optionFieldSchema.nullable(),
    fields: z.record(z.string(), z.string()).describe('other labelled fields as printed (基本支出总额, 项目总预算 …)'),
    budget: z.string().nullable().describe('预算数 (万元), exact'),
    actual: z.string().nullable().describe('执行数 (万元), exact'),
    rate: z.string().nullable().describe('执行率 in percent, as printed'),
    score: z.string().nullable().describe('得分 of the budget execution'),
    scoreWeight: z.string().nullable().describe('the budget execution\'s 分值 ("（20分*执行率）" → 20), when printed'),
    totalScore: z.string().nullable().describe('总分 / 综合得分'),
    goals: z.array(z.object({ text: z.string(), line: lineSchema })).describe('年度绩效目标 texts'),
    items: z
      .array(z.object({ label: z.string(), values: z.array(z.string()), line: lineSchema }))
      .describe('rows of the amount blocks of a form (资金来源, 支出明细, 收入构成 …): labels joined with "/", values as printed'),
    indicators: z.array(indicatorSchema),
    deviationReason: z.string().nullable().describe('偏差大或目标未完成原因分析'),
    improvement: z.string().nullable().describe('改进措施及结果应用方案'),
    line: lineSchema,
    endLine: lineSchema,
    unread: z.array(z.object({ line: lineSchema, text: z.string() })).describe('lines of the form not understood (also reported in diagnostics)'),
  })
  .describe('a performance self-evaluation or target form, or a report’s stated scores')

export type OptionField = z.infer<typeof optionFieldSchema>
export type Indicator = z.infer<typeof indicatorSchema>
export type PerformanceEntry = z.infer<typeof performanceEntrySchema>
