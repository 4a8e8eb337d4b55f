/**
 * The standard parts of a 部门预算 / 部门决算 / 绩效自评 document.
 * Order matters: a title is given the kind of the first part whose keyword it
 * holds, so the narrower parts come first ("决算情况说明" is 情况说明, not 决算表).
 */
import type { PartGrammar } from './types.js'

export const parts: readonly PartGrammar[] = [
  {
    kind: '情况说明',
    keywords: ['情况说明', '情况的说明', '编制说明'],
    // Narrow roles first: "财政拨款收入支出决算总体情况说明" is fiscalAppropriation, not incomeExpenditureTotal.
    children: [
      { role: 'threePublic', keywords: ['三公'] },
      { role: 'agencyOperatingCosts', keywords: ['机关运行经费'] },
      { role: 'procurement', keywords: ['政府采购'] },
      { role: 'assets', keywords: ['国有资产'] },
      { role: 'governmentFunds', keywords: ['政府性基金'] },
      { role: 'stateCapital', keywords: ['国有资本经营'] },
      { role: 'basicExpenditure', keywords: ['基本支出'] },
      { role: 'fiscalAppropriation', keywords: ['财政拨款收入支出决算总体', '财政拨款收支预算总体', '财政拨款收支总表', '财政拨款收支总体'] },
      { role: 'generalBudget', keywords: ['一般公共预算'] },
      { role: 'performance', keywords: ['绩效'] },
      { role: 'projects', keywords: ['项目支出'] },
      { role: 'other', keywords: ['其他重要事项'] },
      { role: 'incomeExpenditureTotal', keywords: ['收入支出决算总体', '收支预算总体', '收支总表', '收支总体'] },
      { role: 'income', keywords: ['收入决算', '收入预算'] },
      { role: 'expenditure', keywords: ['支出决算', '支出预算'] },
    ],
  },
  { kind: '名词解释', keywords: ['名词解释', '名称解释', '名词说明', '名词释义'], standalone: ['名词解释', '名称解释'] },
  { kind: '重点工作', keywords: ['重点工作'] },
  { kind: '决算表', keywords: ['决算表', '决算公开表', '决算报表'], standalone: ['部门决算表'] },
  { kind: '预算表', keywords: ['预算表', '预算公开表', '预算报表'], standalone: ['部门预算表'] },
  { kind: '附件', keywords: ['附件', '附表', '附录'], standalone: ['附件', '附表'] },
  { kind: '绩效', keywords: ['绩效', '自评'] },
  {
    kind: '概况',
    keywords: ['概况', '基本情况', '主要职能', '主要职责'],
    children: [
      { role: 'duties', keywords: ['职责', '职能'] },
      { role: 'organisation', keywords: ['机构设置', '单位构成', '机构', '所属单位'] },
      { role: 'staff', keywords: ['人员构成', '人员情况', '人员'] },
      { role: 'tasks', keywords: ['工作任务', '主要任务'] },
    ],
  },
]
