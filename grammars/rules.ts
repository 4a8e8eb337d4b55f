/**
 * The catalogue of audit rules (勾稽关系). Each rule is checked by the
 * function of the same id in src/checks/; this list is what a report counts
 * and what a user reads to know what was checked.
 */

export type RuleGroup = 'table' | 'cross-table' | 'text-table' | 'text-arithmetic' | 'performance' | 'text-consistency' | 'classification'
export type RuleTolerance = 'rounding' | 'exact' | 'percent' | 'none'

export interface Rule {
  id: string
  group: RuleGroup
  severity: 'error' | 'warning' | 'info'
  /** How a difference is judged: within the display-rounding envelope, exactly, at the printed precision of a percentage, or not a number. */
  tolerance: RuleTolerance
  /** What must hold, in one line. */
  description: string
}

export const rules: readonly Rule[] = [
  // Within one table
  { id: 'table-read', group: 'table', severity: 'info', tolerance: 'none', description: '有数据的表已逐格读出，其勾稽关系才能核对（未读出的表记为无法核对）' },
  { id: 'column-sum', group: 'table', severity: 'error', tolerance: 'rounding', description: '合计/小计列等于其组成列之和（本年支出合计 = 基本支出 + 项目支出 + …；小计 = 人员经费 + 公用经费）' },
  { id: 'children-sum', group: 'table', severity: 'error', tolerance: 'rounding', description: '上级科目等于下级科目之和（类 = Σ款，款 = Σ项；经济分类 类 = Σ款）' },
  { id: 'total-row', group: 'table', severity: 'error', tolerance: 'rounding', description: '合计行等于各类（顶级科目）之和' },
  { id: 'summary-balance', group: 'table', severity: 'error', tolerance: 'exact', description: '收支总表：收入总计等于支出总计' },
  { id: 'summary-side', group: 'table', severity: 'error', tolerance: 'rounding', description: '收支总表：本年收入（支出）合计等于各项收入（支出）之和' },
  { id: 'summary-total', group: 'table', severity: 'error', tolerance: 'rounding', description: '收支总表：总计等于本年合计加结转结余等调整项' },
  { id: 'repair-evidence', group: 'table', severity: 'warning', tolerance: 'exact', description: '截断的单元格：能确定其数值的各来源一致，且与印出的部分相符（否则不修复）' },
  // Across tables
  { id: 'summary-vs-table', group: 'cross-table', severity: 'error', tolerance: 'exact', description: '收支总表的本年收入（支出）合计与收入（支出）表的合计一致' },
  { id: 'summary-category', group: 'cross-table', severity: 'error', tolerance: 'exact', description: '收支总表支出方各类与支出表同一类的金额一致' },
  { id: 'summary-columns', group: 'cross-table', severity: 'error', tolerance: 'rounding', description: '收入（支出）表合计行各列与收支总表同名各项一致（收入决算表的财政拨款收入 = 三项“…财政拨款收入”之和；部门收入总表的政府性基金预算拨款收入 = “二、政府性基金预算拨款收入”；部门支出总表的基本支出 = “一、基本支出”）' },
  { id: 'same-row', group: 'cross-table', severity: 'error', tolerance: 'exact', description: '总额相同的两张表中，同一科目同一列的金额一致' },
  { id: 'basic-detail', group: 'cross-table', severity: 'error', tolerance: 'exact', description: '一般公共预算基本支出的人员经费、公用经费与基本支出明细表一致' },
  { id: 'three-public-economic', group: 'cross-table', severity: 'warning', tolerance: 'rounding', description: '“三公”经费各项不小于基本支出明细表中对应的经济分类科目（30212、30217、30231、31013/30913）' },
  { id: 'empty-statement', group: 'cross-table', severity: 'warning', tolerance: 'none', description: '空表的说明说的是本表的内容（政府性基金表说政府性基金，不说国有资本经营）' },
  // Text against tables
  { id: 'figure-table', group: 'text-table', severity: 'error', tolerance: 'exact', description: '情况说明中的数字与表中同一数字一致' },
  { id: 'subject-table', group: 'text-table', severity: 'error', tolerance: 'exact', description: '情况说明中按科目说明的决算数与表中同一科目一致' },
  { id: 'share-table', group: 'text-table', severity: 'error', tolerance: 'exact', description: '情况说明中各类支出金额与表中同一类一致' },
  // Arithmetic of the text
  { id: 'change-rate', group: 'text-arithmetic', severity: 'error', tolerance: 'percent', description: '增减率 = 增减额 ÷ 上年数（上年数 = 本年数 ∓ 增减额），不是除以本年数' },
  { id: 'completion-rate', group: 'text-arithmetic', severity: 'error', tolerance: 'percent', description: '完成年初预算的 X% = 决算数 ÷ 年初预算数；年初预算为 0 时没有完成率' },
  { id: 'share-rate', group: 'text-arithmetic', severity: 'error', tolerance: 'percent', description: '占比 = 部分 ÷ 总数' },
  { id: 'shares-sum', group: 'text-arithmetic', severity: 'warning', tolerance: 'percent', description: '同一总数的各部分占比之和为 100%' },
  // Performance forms and reports
  { id: 'performance-rate', group: 'performance', severity: 'error', tolerance: 'percent', description: '执行率 = 执行数 ÷ 预算数' },
  { id: 'performance-score', group: 'performance', severity: 'error', tolerance: 'rounding', description: '预算执行得分 = 分值 × 执行率（执行率超过 100% 时得满分）' },
  { id: 'performance-total', group: 'performance', severity: 'error', tolerance: 'rounding', description: '总分 = 预算执行得分 + 各指标得分' },
  { id: 'indicator-weight', group: 'performance', severity: 'error', tolerance: 'exact', description: '指标得分不高于其满分（分值）' },
  // Contradictions and template residue
  { id: 'template-residue', group: 'text-consistency', severity: 'warning', tolerance: 'none', description: '没有未填写的模板文字（“增长(下降)”这样方向未定的写法、“XX”、“大于（小于）”）' },
  { id: 'part-exceeds-whole', group: 'text-consistency', severity: 'error', tolerance: 'exact', description: '部分不大于整体（基本支出不大于本年支出合计，“三公”各项不大于合计，占比的部分不大于其总数）' },
  { id: 'stated-twice', group: 'text-consistency', severity: 'warning', tolerance: 'exact', description: '同一科目（或同一占比项）两处说明的金额一致' },
  { id: 'stated-denied', group: 'text-consistency', severity: 'warning', tolerance: 'none', description: '同一收入或支出不能先说有金额又说没有' },
  // Classification
  { id: 'code-name', group: 'classification', severity: 'info', tolerance: 'none', description: '科目编码与科目名称相符（按政府收支分类科目）' },
]

export type RuleId = (typeof rules)[number]['id']
