/**
 * Small made-up 决算 documents for the rule tests: a department, the tables
 * given (tab-separated rows, "⇥" for a tab) and the 情况说明 sentences given.
 * Every amount is invented; each test changes one cell or one sentence.
 */
import { extract } from '../../src/index.js'

export interface CraftedTables {
  summary?: string[]
  income?: string[]
  expenditure?: string[]
  generalBudget?: string[]
  basic?: string[]
  threePublic?: string[]
  governmentFunds?: string[]
}

const titles: Record<keyof CraftedTables, string> = {
  summary: '收入支出决算总表',
  income: '收入决算表',
  expenditure: '支出决算表',
  generalBudget: '一般公共预算财政拨款支出决算表',
  basic: '一般公共预算财政拨款基本支出决算表',
  threePublic: '财政拨款“三公”经费支出决算表',
  governmentFunds: '政府性基金预算财政拨款收入支出决算表',
}

export function craft(tables: CraftedTables, narrative: string[] = []) {
  const lines = ['某市某区某某局 2023 年度部门决算', '第一部分 部门概况', '一、部门职责', '负责某某工作。', '第二部分 2023 年度部门决算表']
  let number = 1
  for (const [name, rows] of Object.entries(tables) as [keyof CraftedTables, string[]][]) {
    // A table may give its own unit line first ("单位：元"); the others print 万元.
    const unit = rows[0]?.startsWith('单位：') ? rows[0] : '单位：万元'
    const body = unit === rows[0] ? rows.slice(1) : rows
    lines.push(`${titles[name]}`, `公开 0${number++} 表`, unit, ...body.map((row) => row.replace(/⇥/g, '\t')))
  }
  // A sentence under the heading, so that no statement is read joined to the heading.
  lines.push('第三部分 2023 年度部门决算情况说明', '一、收入支出决算总体情况说明', '本部门收支情况如下。', ...narrative)
  return extract(lines.join('\n'))
}

/** Failing (and could-not-check) findings of one rule, info hints left out. */
export function findingsOf(document: ReturnType<typeof extract>, rule: string) {
  return document.findings.filter((finding) => finding.rule === rule && (finding.severity !== 'info' || finding.status === 'insufficient-data'))
}

/** How often a rule held, failed and could not be checked. */
export function ran(document: ReturnType<typeof extract>, rule: string) {
  return document.checks.byRule[rule] ?? { passed: 0, failed: 0, insufficient: 0 }
}

/** A clean 支出决算表: 合计 = 201 = 20101 = 2010101 + 2010102. */
export const expenditure = (overrides: Record<string, string> = {}) =>
  [
    '科目代码⇥科目名称⇥本年支出合计⇥基本支出⇥项目支出',
    `⇥合计⇥${overrides.total ?? '30.00'}⇥20.00⇥10.00`,
    `201⇥一般公共服务支出⇥${overrides.category ?? '30.00'}⇥20.00⇥10.00`,
    '20101⇥人大事务⇥30.00⇥20.00⇥10.00',
    `2010101⇥行政运行⇥${overrides.item ?? '20.00'}⇥20.00⇥${overrides.itemProject ?? ''}`,
    `2010102⇥一般行政管理事务⇥10.00⇥${overrides.itemBasic ?? ''}⇥10.00`,
  ]

/** A clean 收入支出决算总表 of 30.00. */
export const summary = (overrides: Record<string, string> = {}) => [
  '收入⇥⇥⇥支出⇥⇥',
  '项目⇥行次⇥金额⇥项目⇥行次⇥金额',
  `一、一般公共预算财政拨款收入⇥1⇥${overrides.income ?? '30.00'}⇥一、一般公共服务支出⇥32⇥${overrides.category ?? '30.00'}`,
  '二、其他收入⇥2⇥⇥二、外交支出⇥33⇥',
  `本年收入合计⇥27⇥30.00⇥本年支出合计⇥58⇥${overrides.expenditure ?? '30.00'}`,
  `年初结转和结余⇥29⇥${overrides.carried ?? ''}⇥年末结转和结余⇥60⇥`,
  `总计⇥31⇥${overrides.incomeTotal ?? '30.00'}⇥总计⇥62⇥${overrides.expenditureTotal ?? '30.00'}`,
]

/** A made-up 项目自评表 under an appendix part; `rows` replace the defaults by key. */
export function craftForm(rows: Partial<Record<'budget' | 'first' | 'second' | 'total', string>> = {}) {
  const lines = [
    '某市某区某某局 2023 年度部门决算',
    '第一部分 部门概况',
    '负责某某工作。',
    '第二部分 附件',
    '2023 年度某某局项目自评表',
    '项目名称⇥某某项目',
    '主管部门⇥某某局⇥项目实施单位⇥某某科',
    '项目类别⇥1、部门预算项目 ☑ 2、区级专项 □',
    '预算执行情况（万元）⇥预算数（A）⇥执行数（B）⇥执行率（B/A）⇥得分（20分*执行率）',
    rows.budget ?? '年度财政资金总额⇥10.00⇥9.00⇥90%⇥18',
    '年度绩效目标⇥一级指标⇥二级指标⇥三级指标⇥年初目标值（A）⇥实际完成值（B）⇥得分',
    rows.first ?? '⇥产出指标⇥数量指标⇥开展活动次数⇥≥4 次⇥5 次⇥50',
    rows.second ?? '⇥满意度指标⇥服务对象满意度指标⇥服务对象满意度⇥≥90%⇥95%⇥30',
    rows.total ?? '总分⇥98',
  ]
  return extract(lines.map((line) => line.replace(/⇥/g, '\t')).join('\n'))
}
