/**
 * Every rule of the catalogue fires on a crafted violation and stays silent
 * (having run) on the valid case.
 */
import { describe, expect, it } from 'vitest'
import { rules } from '../../grammars/rules.js'
import { corpus, readPath } from '../helpers.js'
import { craft, craftForm, expenditure, findingsOf, ran, summary } from './craft.js'

const generalBudget = (basic = '20.00') => [
  '科目代码⇥科目名称⇥合计⇥基本支出⇥项目支出',
  `⇥合计⇥30.00⇥${basic}⇥10.00`,
  `201⇥一般公共服务支出⇥30.00⇥${basic}⇥10.00`,
]
const basicDetail = (personnel = '15.00', reception = '1.00') => [
  '科目代码⇥科目名称⇥合计⇥人员经费⇥公用经费',
  `⇥合计⇥20.00⇥${personnel}⇥5.00`,
  `301⇥工资福利支出⇥${personnel}⇥${personnel}⇥`,
  `30101⇥基本工资⇥${personnel}⇥${personnel}⇥`,
  '302⇥商品和服务支出⇥5.00⇥⇥5.00',
  `30217⇥公务接待费⇥${reception}⇥⇥${reception}`,
  `30201⇥办公费⇥${(5 - Number(reception)).toFixed(2)}⇥⇥${(5 - Number(reception)).toFixed(2)}`,
]
const threePublic = (reception = '2.00') => [
  '合计⇥因公出国(境)费⇥公务用车购置及运行维护费⇥公务接待费',
  `${(3 + Number(reception)).toFixed(2)}⇥⇥3.00⇥${reception}`,
]

describe('table rules', () => {
  it('column-sum: 本年支出合计 = 基本支出 + 项目支出 on every row', () => {
    expect(findingsOf(craft({ expenditure: expenditure() }), 'column-sum')).toEqual([])
    expect(ran(craft({ expenditure: expenditure() }), 'column-sum').passed).toBe(5)
    const broken = findingsOf(craft({ expenditure: expenditure({ itemProject: '1.00' }) }), 'column-sum')
    expect(broken.map((finding) => [finding.status, finding.left.value, finding.right.value, finding.difference, finding.line])).toEqual([
      ['fail', '20.00', '21.00', '-1.00', 13],
    ])
  })

  it('children-sum: 款 = Σ 项', () => {
    expect(findingsOf(craft({ expenditure: expenditure() }), 'children-sum')).toEqual([])
    const broken = findingsOf(craft({ expenditure: expenditure({ item: '21.00', itemProject: '1.00' }) }), 'children-sum')
    expect(broken.map((finding) => [finding.left.label, finding.left.value, finding.right.value])).toEqual([['20101 人大事务（本年支出合计）', '30.00', '31.00']])
  })

  it('total-row: 合计 = Σ 类', () => {
    expect(ran(craft({ expenditure: expenditure() }), 'total-row')).toEqual({ passed: 3, failed: 0, insufficient: 0 })
    const broken = findingsOf(craft({ expenditure: expenditure({ total: '31.00' }) }), 'total-row')
    expect(broken.map((finding) => [finding.difference, finding.tolerance])).toEqual([['1.00', '0']])
  })

  it('summary-balance: 收入总计 = 支出总计', () => {
    expect(ran(craft({ summary: summary() }), 'summary-balance')).toEqual({ passed: 1, failed: 0, insufficient: 0 })
    const broken = findingsOf(craft({ summary: summary({ expenditureTotal: '31.00' }) }), 'summary-balance')
    expect(broken.map((finding) => [finding.left.value, finding.right.value])).toEqual([['30.00', '31.00']])
  })

  it('summary-side: 本年收入合计 = Σ 各项收入', () => {
    expect(ran(craft({ summary: summary() }), 'summary-side').passed).toBe(2)
    const broken = findingsOf(craft({ summary: summary({ income: '29.00' }) }), 'summary-side')
    expect(broken.map((finding) => [finding.left.label, finding.left.value, finding.right.value])).toEqual([['本年收入合计', '30.00', '29.00']])
  })

  it('summary-total: 总计 = 本年合计 + 年初结转和结余', () => {
    expect(ran(craft({ summary: summary() }), 'summary-total').passed).toBe(2)
    const broken = findingsOf(craft({ summary: summary({ carried: '5.00' }) }), 'summary-total')
    expect(broken.map((finding) => [finding.left.value, finding.right.value])).toEqual([['30.00', '35.00']])
  })
})

it('repair-evidence: a cut cell is restored only when its sources agree with what is printed', () => {
  // "2,1" cannot begin 20.00 (the row's 本年支出合计 − 项目支出): reported, not repaired.
  const rows = (basic: string) => [
    '科目代码⇥科目名称⇥本年支出合计⇥基本支出⇥项目支出',
    `⇥合计⇥30.00⇥${basic}⇥10.00`,
    '201⇥一般公共服务支出⇥30.00⇥20.00⇥10.00',
  ]
  const restored = craft({ expenditure: rows('20.') })
  expect([ran(restored, 'repair-evidence').passed, restored.repairs.map((repair) => [repair.printed, repair.value])]).toEqual([1, [['20.', '20.00']]])
  const conflict = craft({ expenditure: rows('2,1') })
  expect(conflict.repairs).toEqual([])
  expect(findingsOf(conflict, 'repair-evidence').map((finding) => [finding.severity, finding.left.value, finding.right.value])).toEqual([['warning', '2,1', '20.00']])
  // A detail printed in 元 is no source for a cell in 万元: its 200000.00 neither repairs nor contradicts "20.".
  const detailInYuan = ['单位：元', '科目代码⇥科目名称⇥合计⇥人员经费⇥公用经费', '⇥合计⇥200000.00⇥150000.00⇥50000.00', '301⇥工资福利支出⇥150000.00⇥150000.00⇥', '302⇥商品和服务支出⇥50000.00⇥⇥50000.00']
  const acrossUnits = craft({ generalBudget: generalBudget('20.'), basic: detailInYuan })
  expect(acrossUnits.repairs.map((repair) => [repair.printed, repair.value, repair.rule])).toEqual([['20.', '20.00', 'column-sum'], ['20.', '20.00', 'column-sum']])
})

it('table-read: a table with data that could not be read is said to leave its identities unchecked', () => {
  expect(ran(craft({ expenditure: expenditure() }), 'table-read')).toEqual({ passed: 1, failed: 0, insufficient: 0 })
  // Shanghai's plain rendering: most of its tables printed column by column cannot be read.
  const unread = readPath(corpus('shanghai-putuo-caizhengju-2024-juesuan.raw.txt'))
  expect(findingsOf(unread, 'table-read').map((finding) => [finding.status, finding.severity, finding.table, finding.line])).toEqual([
    ['insufficient-data', 'info', 'final.summary', 102],
    ['insufficient-data', 'info', 'final.income', 196],
    ['insufficient-data', 'info', 'final.expenditure', 378],
    ['insufficient-data', 'info', 'final.fiscalSummary', 579],
    ['insufficient-data', 'info', 'final.generalBudgetBasic', 834],
  ])
})

describe('cross-table rules', () => {
  it('summary-vs-table: the summary 本年支出合计 = the expenditure table 合计', () => {
    expect(ran(craft({ summary: summary(), expenditure: expenditure() }), 'summary-vs-table').passed).toBe(1)
    const broken = findingsOf(
      craft({ summary: summary({ expenditure: '31.00', expenditureTotal: '31.00', incomeTotal: '31.00', carried: '1.00' }), expenditure: expenditure() }),
      'summary-vs-table',
    )
    expect(broken.map((finding) => [finding.left.value, finding.right.value])).toEqual([['31.00', '30.00']])
  })

  it('summary-category: a 类 on the summary = the same 类 in the expenditure table', () => {
    expect(ran(craft({ summary: summary(), expenditure: expenditure() }), 'summary-category').passed).toBe(1)
    const broken = findingsOf(craft({ summary: summary({ category: '29.00' }), expenditure: expenditure() }), 'summary-category')
    expect(broken.map((finding) => [finding.left.value, finding.right.value])).toEqual([['29.00', '30.00']])
  })

  it('summary-columns: each column of the 收入决算表 合计 row = the 收支总表 收入 rows named like it', () => {
    const income = (fiscal: string, other: string) => [
      '科目代码⇥科目名称⇥本年收入合计⇥财政拨款收入⇥其他收入',
      `⇥合计⇥30.00⇥${fiscal}⇥${other}`,
      `201⇥一般公共服务支出⇥30.00⇥${fiscal}⇥${other}`,
    ]
    // 其他收入 blank on both: nothing to check.
    expect(ran(craft({ summary: summary(), income: income('30.00', '') }), 'summary-columns')).toEqual({ passed: 1, failed: 0, insufficient: 0 })
    const broken = findingsOf(craft({ summary: summary(), income: income('28.00', '2.00') }), 'summary-columns')
    expect(broken.map((finding) => [finding.left.label, finding.left.value, finding.right.label, finding.right.value])).toEqual([
      ['收入决算表（公开 02 表） 财政拨款收入', '28.00', '收入支出决算总表（公开 01 表） 一、一般公共预算财政拨款收入', '30.00'],
    ])
    expect(broken[0]!.more.map((instance) => [instance.left.label, instance.left.value, instance.right.value])).toEqual([['收入决算表（公开 02 表） 其他收入', '2.00', '0.00']])
  })

  it('summary-columns and summary-vs-table on a 预算 that lists 支出 by 用途 (Jiangsu 2017, layout)', () => {
    // 收支预算总表: 一、基本支出 7,666.68 | 二、项目支出 5,853.96 | 三、单位预留机动经费 128.43; 支出预算总表: one line of
    // amounts under 合计 | 基本支出 | 项目支出 | 单位预留机动经费 | 结转下年资金, its own total (当年支出小计 13,649.07).
    const document = readPath(corpus('jiangsu-renda-bangongting-2017-yusuan.layout.txt'))
    const expenditure = document.tables.find((table) => table.id === 'budget.expenditure')!
    expect(expenditure.rows.map((row) => [row.item, row.cells.map((cell) => cell.value)])).toEqual([[null, ['13649.07', '7666.68', '5853.96', '128.43', null]]])
    expect(document.checks.byRule['summary-columns']).toEqual({ passed: 3, failed: 0, insufficient: 0 })
    expect(document.checks.byRule['summary-vs-table']).toEqual({ passed: 1, failed: 0, insufficient: 0 })
  })

  it('same-row: tables with the same grand total agree row by row', () => {
    expect(ran(craft({ expenditure: expenditure(), generalBudget: generalBudget() }), 'same-row').passed).toBeGreaterThan(0)
    expect(findingsOf(craft({ expenditure: expenditure(), generalBudget: generalBudget() }), 'same-row')).toEqual([])
    const broken = findingsOf(
      craft({ expenditure: expenditure(), generalBudget: [...generalBudget().slice(0, 2), '201⇥一般公共服务支出⇥30.00⇥19.00⇥11.00'] }),
      'same-row',
    )
    expect(broken.map((finding) => [finding.left.value, finding.right.value])).toEqual([['19.00', '20.00']])
    expect(broken[0]!.more.map((instance) => [instance.left.value, instance.right.value])).toEqual([['11.00', '10.00']])
  })

  it('basic-detail: 一般公共预算 基本支出 = 人员经费 + 公用经费 of the detail table', () => {
    expect(ran(craft({ generalBudget: generalBudget(), basic: basicDetail() }), 'basic-detail').passed).toBe(1)
    const broken = findingsOf(craft({ generalBudget: generalBudget(), basic: basicDetail('14.00') }), 'basic-detail')
    expect(broken.map((finding) => [finding.left.value, finding.right.value])).toEqual([['20.00', '19.00']])
  })

  it('cross-table rules compare tables printed in different units in the total’s unit', () => {
    // The detail in 元: 200,000.00 元 is the 20.00 万元 of the expenditure table.
    const inYuan = (personnel: string) => [
      '单位：元',
      '科目代码⇥科目名称⇥合计⇥人员经费⇥公用经费',
      `⇥合计⇥${personnel === '150000.00' ? '200000.00' : '210000.00'}⇥${personnel}⇥50000.00`,
      `301⇥工资福利支出⇥${personnel}⇥${personnel}⇥`,
      '302⇥商品和服务支出⇥50000.00⇥⇥50000.00',
    ]
    expect(ran(craft({ generalBudget: generalBudget(), basic: inYuan('150000.00') }), 'basic-detail').passed).toBe(1)
    expect(findingsOf(craft({ generalBudget: generalBudget(), basic: inYuan('150000.00') }), 'basic-detail')).toEqual([])
    // 万元 rounds: 200,049.99 元 is still 20.00 万元 (half a cent of 万元 is 50 元).
    expect(findingsOf(craft({ generalBudget: generalBudget(), basic: inYuan('150049.99') }), 'basic-detail').map((finding) => finding.right.value)).toEqual([])
    const broken = findingsOf(craft({ generalBudget: generalBudget(), basic: inYuan('160000.00') }), 'basic-detail')
    expect(broken.map((finding) => [finding.left.value, finding.right.value, finding.right.unit])).toEqual([['20.00', '21.00', '万元']])
    expect(broken[0]!.message).toContain('（折合万元）')
  })

  it('three-public-economic: 公务接待费 is never below 30217 of the 基本支出 detail', () => {
    expect(ran(craft({ basic: basicDetail(), threePublic: threePublic() }), 'three-public-economic').passed).toBe(1)
    const broken = findingsOf(craft({ basic: basicDetail('15.00', '3.00'), threePublic: threePublic('2.00') }), 'three-public-economic')
    expect(broken.map((finding) => [finding.severity, finding.left.value, finding.right.value])).toEqual([['warning', '2', '3']])
  })

  it('three-public-economic: a “三公” table in 元 against a detail in 万元', () => {
    // 20,000 元 of 公务接待费 against 1.00 万元 of 30217: no finding; 9,000 元 against it: one.
    const inYuan = (reception: string) => ['单位：元', '合计⇥因公出国(境)费⇥公务用车购置及运行维护费⇥公务接待费', `${reception}⇥⇥⇥${reception}`]
    expect(findingsOf(craft({ basic: basicDetail(), threePublic: inYuan('20000.00') }), 'three-public-economic')).toEqual([])
    const broken = findingsOf(craft({ basic: basicDetail(), threePublic: inYuan('9000.00') }), 'three-public-economic')
    expect(broken.map((finding) => [finding.left.value, finding.right.value, finding.right.unit])).toEqual([['9000', '10000', '元']])
  })
})

it('empty-statement: the statement that a table is empty is about that table', () => {
  expect(ran(craft({ governmentFunds: ['本单位无政府性基金预算财政拨款收入支出，故本表无数据。'] }), 'empty-statement').passed).toBe(1)
  expect(ran(craft({ governmentFunds: ['注：本部门无相关收支项目，故本表无数据。'] }), 'empty-statement').passed).toBe(1)
  const broken = findingsOf(craft({ governmentFunds: ['本单位无国有资本经营预算财政拨款收入支出，故本表无数据。'] }), 'empty-statement')
  expect(broken.map((finding) => finding.message)).toEqual([
    '政府性基金预算财政拨款收入支出决算表（公开 01 表）的空表说明“本单位无国有资本经营预算财政拨款收入支出，故本表无数据。”说的是国有资本经营，不是本表的内容',
  ])
})

describe('text against tables', () => {
  it('figure-table: 收、支总计 in the text = 总计 of the summary', () => {
    expect(ran(craft({ summary: summary() }, ['2023 年度收、支总计 30.00 万元。']), 'figure-table').passed).toBe(1)
    const broken = findingsOf(craft({ summary: summary() }, ['2023 年度收、支总计 30.10 万元。']), 'figure-table')
    expect(broken.map((finding) => [finding.left.value, finding.right.value, finding.line])).toEqual([['30.10', '30.00', 19]])
  })

  it('figure-table: a table in 元 against a sentence in 万元, to the sentence’s rounding', () => {
    const inYuan = ['单位：元', '科目代码⇥科目名称⇥合计⇥基本支出⇥项目支出', '⇥合计⇥300000.00⇥200049.00⇥99951.00', '201⇥一般公共服务支出⇥300000.00⇥200049.00⇥99951.00']
    const stated = (amount: string) => craft({ generalBudget: inYuan }, [`2023 年度基本支出 ${amount} 万元。`])
    expect(stated('20.00').figures.basicExpenditure).toMatchObject({ value: '20.00', unit: '万元', tableValue: '200049.00', tableUnit: '元' })
    expect(ran(stated('20.00'), 'figure-table')).toEqual({ passed: 1, failed: 0, insufficient: 0 })
    const broken = findingsOf(stated('20.10'), 'figure-table')
    expect(broken.map((finding) => [finding.left.value, finding.right.value, finding.right.unit])).toEqual([['20.10', '20.0049', '万元']])
    expect(broken[0]!.message).toContain('（表中 200049.00元）')
  })

  it('subject-table: a per-科目 决算 = the row of its code', () => {
    const sentence = (final: string) => `一般公共服务支出（类）人大事务（款）行政运行（项）年初预算为 20.00 万元，支出决算为 ${final} 万元，完成年初预算的 ${final === '20.00' ? '100' : '110'}%。`
    const rows = [...generalBudget(), '20101⇥人大事务⇥30.00⇥20.00⇥10.00', '2010101⇥行政运行⇥20.00⇥20.00⇥', '2010102⇥一般行政管理事务⇥10.00⇥⇥10.00']
    expect(ran(craft({ generalBudget: rows }, [sentence('20.00')]), 'subject-table').passed).toBe(1)
    const broken = findingsOf(craft({ generalBudget: rows }, [sentence('22.00')]), 'subject-table')
    expect(broken.map((finding) => [finding.left.value, finding.right.value])).toEqual([['22.00', '20.00']])
    // The same table in 元 (200,020.00 元 is 20.00 万元 to the cent): checked, not skipped.
    const inYuan = [
      '单位：元',
      '科目代码⇥科目名称⇥合计⇥基本支出⇥项目支出',
      '⇥合计⇥300020.00⇥200020.00⇥100000.00',
      '201⇥一般公共服务支出⇥300020.00⇥200020.00⇥100000.00',
      '20101⇥人大事务⇥300020.00⇥200020.00⇥100000.00',
      '2010101⇥行政运行⇥200020.00⇥200020.00⇥',
      '2010102⇥一般行政管理事务⇥100000.00⇥⇥100000.00',
    ]
    expect(ran(craft({ generalBudget: inYuan }, [sentence('20.00')]), 'subject-table')).toEqual({ passed: 1, failed: 0, insufficient: 0 })
    expect(findingsOf(craft({ generalBudget: inYuan }, [sentence('22.00')]), 'subject-table').map((finding) => [finding.left.value, finding.right.value])).toEqual([['22.00', '20.002']])
  })

  it('share-table: a 类 amount in the text = the 类 row', () => {
    expect(ran(craft({ generalBudget: generalBudget() }, ['一般公共服务支出 30.00 万元，占 100%。']), 'share-table').passed).toBe(1)
    const broken = findingsOf(craft({ generalBudget: generalBudget() }, ['一般公共服务支出 30.01 万元，占 100%。']), 'share-table')
    expect(broken.map((finding) => [finding.left.value, finding.right.value, finding.difference])).toEqual([['30.01', '30.00', '0.01']])
  })
})

describe('arithmetic of the text', () => {
  it('change-rate: divided by the previous year, and says so when the current year was used', () => {
    expect(ran(craft({}, ['2023 年度收、支总计 30.00 万元。与 2022 年度相比，收、支总计各减少 10.00 万元，下降 25.0%。']), 'change-rate').passed).toBe(1)
    const broken = findingsOf(craft({}, ['2023 年度收、支总计 30.00 万元。与 2022 年度相比，收、支总计各减少 10.00 万元，下降 33.3%。']), 'change-rate')
    expect(broken.map((finding) => [finding.left.value, finding.right.value])).toEqual([['33.3', '25.0']])
    expect(broken[0]!.message).toContain('以本年数为分母')
    // The amount before the change is another item's: which one changed is not said, so nothing is checked.
    const unclear = craft({}, ['2023 年度项目支出 20.00 万元，基本支出 10.00 万元，比上年增加 5.00 万元，增长 50.0%。'])
    expect(unclear.statements.changes.map((change) => [change.amount, change.current])).toEqual([['5.00', null]])
    expect(ran(unclear, 'change-rate')).toEqual({ passed: 0, failed: 0, insufficient: 0 })
  })

  it('completion-rate: 决算 ÷ 年初预算, and none when the budget is 0', () => {
    const sentence = (budget: string, rate: string) => `一般公共服务支出（类）人大事务（款）行政运行（项）年初预算为 ${budget} 万元，支出决算为 20.00 万元，完成年初预算的 ${rate}%。`
    expect(ran(craft({}, [sentence('16.00', '125.0')]), 'completion-rate').passed).toBe(1)
    expect(findingsOf(craft({}, [sentence('16.00', '120.0')]), 'completion-rate').map((finding) => finding.right.value)).toEqual(['125.0'])
    expect(findingsOf(craft({}, [sentence('0', '100')]), 'completion-rate').map((finding) => finding.message)).toEqual([
      '情况说明第 9 行 一般公共服务支出／人大事务／行政运行：年初预算为 0，不应有完成率（文中为 100%）',
    ])
  })

  it('share-rate and shares-sum: part ÷ whole, and parts that make the whole make 100%', () => {
    const shares = (first: string, second: string) => [`一般公共服务支出 30.00 万元，占 ${first}%；教育支出 10.00 万元，占 ${second}%。`]
    const clean = craft({}, shares('75.0', '25.0'))
    expect([ran(clean, 'share-rate').passed, ran(clean, 'shares-sum').passed]).toEqual([2, 1])
    expect(findingsOf(craft({}, shares('70.0', '30.0')), 'share-rate').map((finding) => [finding.left.value, finding.right.value])).toEqual([
      ['70.0', '75.0'],
      ['30.0', '25.0'],
    ])
    // Off by one unit of the last place while the printed shares add up to 100: the rounding remainder, a hint.
    const remainder = craft({}, [`一般公共服务支出 20.00 万元，占 66.7%；教育支出 10.00 万元，占 33.3%。`])
    expect(findingsOf(remainder, 'share-rate')).toEqual([])
  })
})

describe('performance forms', () => {
  it('performance-rate: 执行率 = 执行数 ÷ 预算数', () => {
    expect(ran(craftForm(), 'performance-rate').passed).toBe(1)
    const broken = findingsOf(craftForm({ budget: '年度财政资金总额⇥10.00⇥9.00⇥99%⇥19.8', total: '总分⇥99.8' }), 'performance-rate')
    expect(broken.map((finding) => [finding.left.value, finding.right.value])).toEqual([['99', '90.0']])
  })

  it('performance-score: the budget score is its 分值 × 执行率', () => {
    expect(ran(craftForm(), 'performance-score').passed).toBe(1)
    const broken = findingsOf(craftForm({ budget: '年度财政资金总额⇥10.00⇥9.00⇥90%⇥20', total: '总分⇥100' }), 'performance-score')
    expect(broken.map((finding) => [finding.left.value, finding.right.value])).toEqual([['20', '18']])
  })

  it('performance-total: 总分 = budget score + indicator scores', () => {
    expect(ran(craftForm(), 'performance-total').passed).toBe(1)
    const broken = findingsOf(craftForm({ total: '总分⇥95' }), 'performance-total')
    expect(broken.map((finding) => [finding.left.value, finding.right.value])).toEqual([['95', '98']])
  })

  it('indicator-weight: no indicator scores above its 满分 (a report’s "满分 10 分，得分 12 分")', () => {
    const report = (score: string) =>
      craft({}, [`本部门整体支出绩效自评综合得分 ${Number(score) + 80} 分。`, `数量指标：满分 10 分，得分 ${score} 分。质量指标：满分 80 分，得分 80 分。`])
    expect(ran(report('10'), 'indicator-weight').passed).toBe(2)
    expect(findingsOf(report('12'), 'indicator-weight').map((finding) => finding.message)).toEqual(['第 10 行 数量指标：得分 12 高于满分 10'])
  })
})

describe('consistency of the text', () => {
  it('template-residue: 增长(下降) left in the text', () => {
    expect(findingsOf(craft({}, ['一般公共预算财政拨款支出 30.00 万元，比上年减少 10.00 万元，下降 25.0%。']), 'template-residue')).toEqual([])
    const broken = findingsOf(craft({}, ['一般公共预算财政拨款支出 30.00 万元，比上年减少 10.00 万元，增长(下降)25.0%。']), 'template-residue')
    expect(broken.map((finding) => [finding.severity, finding.message])).toEqual([['warning', '第 9 行留有模板文字“增长(下降)”']])
  })

  it('part-exceeds-whole: a part stated larger than its whole', () => {
    const text = (basic: string) => [`2023 年度本年支出合计 30.00 万元，其中：基本支出 ${basic} 万元，占本年支出 ${basic === '20.00' ? '66.7' : '110.0'}%。`]
    expect(findingsOf(craft({}, text('20.00')), 'part-exceeds-whole')).toEqual([])
    expect(ran(craft({}, text('20.00')), 'part-exceeds-whole').passed).toBeGreaterThan(0)
    const broken = findingsOf(craft({}, text('33.00')), 'part-exceeds-whole')
    expect(broken.map((finding) => [finding.left.value, finding.right.value, finding.difference])).toEqual([['33.00', '30.00', '3']])
  })

  it('stated-twice: the same 科目 explained twice with different amounts', () => {
    const sentence = (final: string) => `一般公共服务支出（类）人大事务（款）行政运行（项）年初预算为 20.00 万元，支出决算为 ${final} 万元，完成年初预算的 ${Number(final) * 5}%。`
    expect(findingsOf(craft({}, [sentence('20.00')]), 'stated-twice')).toEqual([])
    expect(ran(craft({}, [sentence('20.00'), sentence('20.00')]), 'stated-twice').passed).toBe(1)
    const broken = findingsOf(craft({}, [sentence('20.00'), sentence('21.00')]), 'stated-twice')
    expect(broken.map((finding) => [finding.left.value, finding.right.value, finding.line])).toEqual([['20.00', '21.00', 10]])
  })

  it('stated-denied: an income stated and then said to be absent', () => {
    const stated = '其中：财政拨款收入 25.00 万元，占本年收入 83.3%；其他收入 5.00 万元，占本年收入 16.7%。'
    expect(findingsOf(craft({}, [stated, '本年度无上级补助收入、事业收入。']), 'stated-denied')).toEqual([])
    const broken = findingsOf(craft({}, [stated, '本年度无上级补助收入、事业收入、其他收入。']), 'stated-denied')
    expect(broken.map((finding) => [finding.left.value, finding.line])).toEqual([['5.00', 10]])
  })

  it('code-name: a name that is not its code’s (info only)', () => {
    const document = craft({ basic: ['科目代码⇥科目名称⇥合计⇥人员经费⇥公用经费', '⇥合计⇥5.00⇥⇥5.00', '302⇥商品和服务支出⇥5.00⇥⇥5.00', '30201⇥差旅费⇥5.00⇥⇥5.00'] })
    expect(document.findings.filter((finding) => finding.rule === 'code-name').map((finding) => [finding.severity, finding.right.value])).toEqual([['info', '办公费']])
  })
})

it('the catalogue: every rule has an id, a group, a severity and a one-line description, and each is tested above', () => {
  expect(rules.map((rule) => rule.id)).toEqual([
    'table-read',
    'column-sum',
    'children-sum',
    'total-row',
    'summary-balance',
    'summary-side',
    'summary-total',
    'repair-evidence',
    'summary-vs-table',
    'summary-category',
    'summary-columns',
    'same-row',
    'basic-detail',
    'three-public-economic',
    'empty-statement',
    'figure-table',
    'subject-table',
    'share-table',
    'change-rate',
    'completion-rate',
    'share-rate',
    'shares-sum',
    'performance-rate',
    'performance-score',
    'performance-total',
    'indicator-weight',
    'template-residue',
    'part-exceeds-whole',
    'stated-twice',
    'stated-denied',
    'code-name',
  ])
  for (const rule of rules) expect(rule.description).not.toContain('\n')
})
