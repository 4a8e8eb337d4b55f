/**
 * Titles of the standard tables. Issue-3 work adds their columns here.
 * A printed title matches an alias when, without spaces, quotes and with
 * half-width brackets, it ends with the alias (a trailing "(分功能科目)" style
 * qualifier is set aside first). Longer aliases are tried first.
 */
import type { RowTemplateEntry, TableGrammar } from './types.js'

/** The rows of a 收入预算总表 of the templates that print its categories of funds beside their items. */
function incomeRows(debt: boolean): RowTemplateEntry[] {
  return [
    { label: '收入总计' },
    { category: '一般公共预算资金', items: ['小计', '公共财政拨款(补助)资金', '专项收入'] },
    { category: '政府性基金', items: ['小计'] },
    { category: '财政专户管理资金', items: ['小计', '专户管理教育收费', '其他非税收入'] },
    { category: '其他资金', items: ['小计', '事业收入', '经营收入', '其他收入'] },
    ...(debt ? [{ label: '债务资金(银行贷款)' }] : []),
    { category: '上年结转和结余资金', items: ['小计', '其中：动用上年结转和结余资金'] },
  ]
}

/**
 * Words that make a longer title of a known one another table: 一般公共预算财政拨款项目支出决算表 is not the
 * 支出决算表, nor 政府性基金预算财政拨款“三公”经费支出决算表 the “三公” table of 财政拨款 as a whole.
 */
export const tableTitleQualifiers: readonly string[] = [
  '一般公共预算', '财政拨款', '政府性基金', '政府性基金预算', '国有资本经营', '国有资本经营预算', '财政专户', '项目', '基本', '经费', '机关运行',
]

/** Words of a table title the grammar does not know yet ("政府采购情况表", "财政拨款支出决算明细表"). */
export const otherTableWords: readonly string[] = ['收入', '支出', '收支', '经费', '采购', '资产', '预算', '决算', '拨款']

/** The “三公” columns the narrative states a figure for, by label. */
const threePublicFigures: TableGrammar['columnFigures'] = {
  '因公出国（境）费': 'threePublicOverseas',
  公务用车购置费: 'vehiclePurchase',
  公务用车运行费: 'vehicleOperation',
  公务用车运行维护费: 'vehicleOperation',
  公务接待费: 'threePublicReception',
}

export const tables: readonly TableGrammar[] = [
  // 决算: 公开01表 … 公开09表
  { id: 'final.summary', title: '收入支出决算总表', set: '决算', twoSided: true, aliases: ['收入支出决算总表', '收入支出决算表', '收支决算总表', '决算收支总表'] },
  {
    id: 'final.income',
    title: '收入决算表',
    set: '决算',
    aliases: ['收入决算表'],
    // The national template's columns (部门决算 公开02表).
    columnTemplates: [['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']],
    // The 收入支出决算总表 states each of them on its 收入 side.
    columnTotals: { table: 'final.summary', side: '收入' },
  },
  {
    id: 'final.expenditure',
    title: '支出决算表',
    set: '决算',
    aliases: ['支出决算表'],
    // The national template's columns (部门决算 公开03表).
    columnTemplates: [['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']],
  },
  { id: 'final.fiscalSummary', title: '财政拨款收入支出决算总表', set: '决算', twoSided: true, aliases: ['财政拨款收入支出决算总表', '财政拨款收入支出决算表', '财政拨款收支决算总表', '财政拨款决算收支总表'] },
  {
    id: 'final.generalBudgetExpenditure',
    title: '一般公共预算财政拨款支出决算表',
    set: '决算',
    aliases: ['一般公共预算财政拨款支出决算表', '一般公共预算财政拨款支出决算明细表'],
  },
  {
    id: 'final.generalBudgetBasic',
    codes: 'economic',
    title: '一般公共预算财政拨款基本支出决算明细表',
    set: '决算',
    aliases: ['一般公共预算财政拨款基本支出决算明细表', '一般公共预算财政拨款基本支出决算表'],
  },
  {
    id: 'final.governmentFunds',
    title: '政府性基金预算财政拨款收入支出决算表',
    set: '决算',
    aliases: ['政府性基金预算财政拨款收入支出决算表', '政府性基金预算财政拨款支出决算表'],
  },
  {
    id: 'final.stateCapital',
    title: '国有资本经营预算财政拨款支出决算表',
    set: '决算',
    aliases: ['国有资本经营预算财政拨款支出决算表', '国有资本经营预算财政拨款收入支出决算表'],
  },
  {
    id: 'final.threePublic',
    title: '财政拨款“三公”经费支出决算表',
    set: '决算',
    aliases: ['财政拨款三公经费支出决算表', '一般公共预算财政拨款三公经费支出决算表', '三公经费支出决算表', '三公经费决算表'],
    // What the 情况说明 states of their 决算数.
    columnFigures: threePublicFigures,
    // Each column in two, 预算数 and 决算数; every sum holds within each of them.
    headerTemplates: [
      [
        '合计/预算数',
        '合计/决算数',
        '因公出国（境）费/预算数',
        '因公出国（境）费/决算数',
        '公务用车购置及运行费/小计/预算数',
        '公务用车购置及运行费/小计/决算数',
        '公务用车购置及运行费/公务用车购置费/预算数',
        '公务用车购置及运行费/公务用车购置费/决算数',
        '公务用车购置及运行费/公务用车运行费/预算数',
        '公务用车购置及运行费/公务用车运行费/决算数',
        '公务接待费/预算数',
        '公务接待费/决算数',
      ],
      // the periods over the columns
      [
        '预算数/合计',
        '预算数/因公出国(境)费',
        '预算数/公务用车购置及运行维护费/小计',
        '预算数/公务用车购置及运行维护费/公务用车购置费',
        '预算数/公务用车购置及运行维护费/公务用车运行维护费',
        '预算数/公务接待费',
        '决算数/合计',
        '决算数/因公出国(境)费',
        '决算数/公务用车购置及运行维护费/小计',
        '决算数/公务用车购置及运行维护费/公务用车购置费',
        '决算数/公务用车购置及运行维护费/公务用车运行维护费',
        '决算数/公务接待费',
      ],
    ],
    headerOver: ['财政拨款“三公”经费', '“三公”经费'],
  },

  // 预算
  { id: 'budget.summary', title: '部门收支总表', set: '预算', twoSided: true, aliases: ['部门收支总表', '收支总表', '收支预算总表', '部门收支预算总表', '部门收支总体情况表', '收支总体情况表', '财务收支预算总表'] },
  {
    id: 'budget.income',
    title: '部门收入总表',
    set: '预算',
    aliases: ['部门收入总表', '收入总表', '部门收入表', '收入预算总表', '部门收入预算总表', '部门收入情况表', '部门收入总体情况表', '部门收入预算表'],
    // Categories of funds beside their items (some templates add 债务资金 as a row of its own).
    rowTemplates: [incomeRows(false), incomeRows(true)],
    // The 部门收支总表's 收入 rows state its columns' totals ("二、政府性基金预算拨款收入"; the audit compares).
    columnTotals: { table: 'budget.summary', side: '收入' },
  },
  {
    id: 'budget.expenditure',
    title: '部门支出总表',
    set: '预算',
    aliases: ['部门支出总表', '支出总表', '部门支出表', '支出预算总表', '部门支出预算总表', '部门支出情况表', '部门支出总体情况表', '部门支出预算表'],
    rowColumns: ['合计', '总计', '基本支出', '项目支出', '单位预留机动经费', '结转下年资金', '事业单位经营支出', '上缴上级支出', '对附属单位补助支出', '对下级单位补助支出'],
    // A summary that lists 支出 by 用途 ("一、基本支出") states them (the audit compares).
    columnTotals: { table: 'budget.summary', side: '支出' },
  },
  { id: 'budget.fiscalSummary', title: '财政拨款收支总表', set: '预算', twoSided: true, aliases: ['财政拨款收支总表', '财政拨款收支预算总表', '财政拨款预算收支总表', '财政拨款收支总体情况表'] },
  { id: 'budget.fiscalExpenditure', title: '财政拨款支出预算表', set: '预算', aliases: ['财政拨款支出预算表', '财政拨款支出表'] },
  { id: 'budget.fiscalBasic', codes: 'economic', title: '财政拨款基本支出预算表', set: '预算', aliases: ['财政拨款基本支出预算表', '财政拨款基本支出表'] },
  {
    id: 'budget.generalBudgetExpenditure',
    title: '一般公共预算支出表',
    set: '预算',
    aliases: ['一般公共预算支出表', '一般公共预算支出预算表', '一般公共预算财政拨款支出预算表', '一般公共预算财政拨款支出情况表', '一般公共预算财政拨款支出表', '一般公共预算支出情况表', '一般公共预算支出功能分类预算表'],
  },
  {
    id: 'budget.generalBudgetBasic',
    codes: 'economic',
    title: '一般公共预算基本支出表',
    set: '预算',
    aliases: ['一般公共预算基本支出表', '一般公共预算基本支出预算表', '一般公共预算财政拨款基本支出预算表', '一般公共预算财政拨款基本支出情况表', '一般公共预算财政拨款基本支出表', '一般公共预算基本支出情况表', '一般公共预算基本支出部门预算经济分类预算表'],
  },
  {
    id: 'budget.threePublic',
    title: '一般公共预算“三公”经费支出表',
    set: '预算',
    // What the 情况说明 states of them ("公务用车购置费0万元，公务用车运行费…万元").
    columnFigures: threePublicFigures,
    headerTemplates: [
      // “三公”经费 with 会议费 and 培训费
      [
        '合计',
        '“三公”经费/小计',
        '“三公”经费/因公出国（境）费',
        '“三公”经费/公务用车购置及运行维护费/小计',
        '“三公”经费/公务用车购置及运行维护费/公务用车购置费',
        '“三公”经费/公务用车购置及运行维护费/公务用车运行维护费',
        '“三公”经费/公务接待费',
        '会议费',
        '培训费',
      ],
      // the three alone, under a “三公”经费合计 or a plain 合计, the cars' costs named either way
      ['“三公”经费合计', '因公出国(境)费', '公务用车购置及运行费/小计', '公务用车购置及运行费/公务用车购置费', '公务用车购置及运行费/公务用车运行费', '公务接待费'],
      ['合计', '因公出国(境)费', '公务用车购置及运行费/小计', '公务用车购置及运行费/公务用车购置费', '公务用车购置及运行费/公务用车运行费', '公务接待费'],
      ['合计', '因公出国(境)费', '公务用车购置及运行维护费/小计', '公务用车购置及运行维护费/公务用车购置费', '公务用车购置及运行维护费/公务用车运行维护费', '公务接待费'],
    ],
    aliases: [
      '一般公共预算三公经费支出表',
      '一般公共预算三公经费支出预算表',
      '一般公共预算三公经费会议费培训费支出预算表',
      '三公经费会议费培训费支出预算表',
      '财政拨款三公经费支出预算表',
      '三公经费支出预算表',
      '三公经费预算表',
      '一般公共预算三公经费预算表',
      '一般公共预算三公经费支出情况表',
      '一般公共预算财政拨款三公经费支出表',
      '一般公共预算财政拨款三公经费支出预算表',
      '一般公共预算财政拨款三公经费支出情况表',
    ],
  },
  {
    id: 'budget.governmentFunds',
    title: '政府性基金预算支出表',
    set: '预算',
    aliases: ['政府性基金预算支出表', '财政拨款政府性基金支出预算表', '政府性基金支出预算表', '政府性基金预算支出预算表', '政府性基金预算财政拨款支出情况表', '政府性基金预算财政拨款支出表', '政府性基金预算财政拨款支出预算表', '政府性基金预算支出情况表'],
  },
  {
    id: 'budget.stateCapital',
    title: '国有资本经营预算支出表',
    set: '预算',
    aliases: ['国有资本经营预算支出表', '国有资本经营预算支出预算表', '国有资本经营预算财政拨款支出情况表', '国有资本经营预算财政拨款支出表', '国有资本经营预算财政拨款支出预算表', '国有资本经营预算支出情况表'],
  },
  { id: 'budget.projects', title: '项目支出表', set: '预算', aliases: ['项目支出表', '项目支出情况表', '项目支出预算表', '项目支出预算情况表'] },
  {
    id: 'budget.agencyOperatingCosts',
    codes: 'economic',
    title: '一般公共预算机关运行经费支出预算表',
    set: '预算',
    aliases: ['一般公共预算机关运行经费支出预算表', '机关运行经费支出预算表', '机关运行经费预算表'],
  },
  {
    id: 'budget.procurement',
    title: '政府采购预算表',
    set: '预算',
    aliases: ['政府采购预算表', '政府采购支出预算表', '政府采购情况表', '政府采购预算明细表'],
    // 采购品目大类 | 专项名称 | 经济科目 | 采购物品名称 | 采购组织形式 | 总计: a 大类 row, a row per 专项 and 经济科目, a row per item.
    rowTree: {
      top: { column: '采购品目大类', marks: /^[一二三四五六七八九十]{1,3}、/ },
      middle: ['专项名称', '经济科目'],
      leaf: { columns: ['采购物品名称', '采购组织形式'], marks: /^(?:分散自行组织|分散自行采购|自行采购|部门集中采购|政府集中采购|集中采购|分散采购|委托代理采购)$/ },
    },
  },
  { id: 'budget.overallTargets', shape: 'form', title: '整体支出绩效目标表', set: '预算', aliases: ['整体支出绩效目标表', '部门整体支出绩效目标表'] },
  { id: 'budget.projectTargets', shape: 'form', title: '项目支出绩效目标表', set: '预算', aliases: ['项目支出绩效目标表', '项目绩效目标表'] },

  // 绩效自评
  {
    id: 'performance.overall', shape: 'form',
    title: '部门整体绩效自评表',
    set: '绩效',
    aliases: ['部门整体绩效自评表', '整体绩效自评表', '部门整体支出绩效自评表', '整体支出绩效自评表', '部门整体自评表'],
  },
  {
    id: 'performance.project', shape: 'form',
    title: '项目绩效自评表',
    set: '绩效',
    aliases: ['项目绩效自评表', '项目支出绩效自评表', '项目自评表', '绩效自评表'],
  },
]
