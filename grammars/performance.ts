/**
 * The words of the performance forms (绩效自评表, 绩效目标表): field labels,
 * the indicator levels, the labels of value columns, and the sentences that
 * state scores in a report. The form reader (src/performance/) classifies
 * cells by these words, not by their position, so that a form whose columns
 * the converter shifted is still read; a region's own wording is added here.
 */

/** Labels of one-value fields, by field. A label cell's value is the next non-empty cell. */
export const fieldLabels: Readonly<Record<'name' | 'department' | 'implementer' | 'unit', readonly string[]>> = {
  name: ['项目名称'],
  department: ['主管部门', '项目主管部门'],
  implementer: ['项目实施单位', '实施单位', '项目执行单位', '项目执行'],
  unit: ['单位名称', '部门（单位）名称', '部门(单位)名称', '部门名称'],
}

/** Fields whose value is a list of options, one of them ticked (☑). */
export const optionLabels: Readonly<Record<'category' | 'attribute' | 'type', readonly string[]>> = {
  category: ['项目类别'],
  attribute: ['项目属性'],
  type: ['项目类型'],
}

/** 一级指标. 成本指标 is a 一级指标 in newer templates (with 经济成本指标 … under it), a 二级指标 in older ones. */
export const level1 = ['产出指标', '效益指标', '满意度指标', '成本指标'] as const

/** 二级指标 (a trailing 指标 may be left out in print). */
export const level2 = [
  '数量指标',
  '质量指标',
  '时效指标',
  '成本指标',
  '经济成本指标',
  '社会成本指标',
  '生态环境成本指标',
  '经济效益指标',
  '社会效益指标',
  '生态效益指标',
  '可持续影响指标',
  '服务对象满意度指标',
  '满意度指标',
] as const

/** Header labels of the value columns after 三级指标, and what they hold. */
export const valueColumns: readonly { role: 'target' | 'actual' | 'score' | 'weight' | 'basis' | 'history'; label: RegExp }[] = [
  { role: 'actual', label: /实际完成值|实际值|完成值|全年实际值/ },
  { role: 'target', label: /年初目标值|年度指标值|目标值|指标值|预期当年实现值|当年实现值/ },
  { role: 'score', label: /^得分/ },
  { role: 'weight', label: /^分值|^权重/ },
  { role: 'basis', label: /确定依据/ },
  { role: 'history', label: /前年|上年|近两年/ },
]

/** Where the indicator block starts: a header cell. */
export const indicatorHeader = /^(?:一级指标|二级指标|三级指标)$/

/** The budget block: its header has 执行率 or 预算数 and 执行数. */
export const budgetHeader = /执行率|预算数.*执行数|全年预算数/

/** The row labels of the sentences after the indicators. */
export const deviationLabel = /^偏差大或目标未完成原因分析|^偏差原因分析|^目标未完成原因/
export const improvementLabel = /^改进措施及结果应用方案|^改进措施/
export const totalScoreLabel = /^(?:总分|合计得分|自评总分|综合得分)$/

/**
 * Scores a report states in sentences: "综合得分 95.5 分，其中执行情况得分
 * 18.5 分，年度绩效指标得分 77 分", "数量指标：满分 20 分，得分 18 分".
 */
export const scoreSentences = {
  total: /(?:综合得分|自评得分|评价得分|总得分|自评总分)\s*(?:为)?\s*[:：]?\s*(\d+(?:\.\d+)?)\s*分/g,
  execution: /(?:预算)?执行(?:情况|率)?得分\s*(?:为)?\s*[:：]?\s*(\d+(?:\.\d+)?)\s*分/,
  /** "数量指标：满分 28 分，得分 24 分" */
  weightFirst: /([\u4e00-\u9fa5]{2,8}指标)\s*[:：]\s*满分\s*(\d+(?:\.\d+)?)\s*分\s*[,，]\s*得分\s*(\d+(?:\.\d+)?)\s*分/g,
  /** "成本指标得分15分（满20分）" */
  scoreFirst: /([\u4e00-\u9fa5]{2,8}指标)得分\s*(\d+(?:\.\d+)?)\s*分\s*[（(]\s*满\s*(\d+(?:\.\d+)?)\s*分\s*[)）]/g,
  /** Whether the report is about the department as a whole. */
  overall: /整体|部门(?:整体)?支出/,
}
