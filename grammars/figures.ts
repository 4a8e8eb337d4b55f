/**
 * Headline figures stated in the narrative (情况说明, 概况): for each key, the
 * phrases after which the value is printed, what kind of value to read, and —
 * for 决算 — the phrase that leads to the 决算数 when the sentence gives the
 * budget first ("预算为 0.2 万元，支出决算为 0 万元").
 */
import type { DocumentKind, PartKind } from './types.js'

export const figureKeys = [
  'incomeExpenditureTotal',
  'totalIncome',
  'totalExpenditure',
  'fiscalAppropriationIncome',
  'generalBudgetIncome',
  'basicExpenditure',
  'projectExpenditure',
  'personnelCosts',
  'operatingCosts',
  'threePublicTotal',
  'threePublicOverseas',
  'threePublicVehicles',
  'vehiclePurchase',
  'vehicleOperation',
  'threePublicReception',
  'agencyOperatingCosts',
  'procurementTotal',
  'vehicleCount',
  'initialBudget',
  'totalChange',
  'totalChangeRate',
  'staffActual',
  'retirees',
] as const

export type FigureKey = (typeof figureKeys)[number]

export interface FigureGrammar {
  key: FigureKey
  /** Phrases the value follows; every occurrence is tried in document order until one gives a value. */
  anchors: readonly string[]
  /** amount: number + money unit; count: integer + 人/辆/个; change: 增加/减少 + amount (signed); rate: 增长/下降 + percent (signed). */
  read: 'amount' | 'count' | 'change' | 'rate'
  /** An anchor preceded by one of these is another figure ("一般公共预算财政拨款收入" is not "财政拨款收入"). */
  notAfter?: readonly string[]
  /** In a 决算, the phrase leading to the 决算数 within the sentence. */
  finalAfter?: readonly string[]
  /** Only in these kinds of document. */
  kinds?: readonly DocumentKind[]
  /** Parts searched, in order. */
  parts?: readonly PartKind[]
}

const totalAnchors = ['收、支总计', '收支总计', '部门收支总预算', '收支总预算', '收入、支出预算总计', '收、支预算总计', '收支预算总计']
const finalValue = ['支出决算为', '决算数为', '决算为']

export const figures: readonly FigureGrammar[] = [
  { key: 'incomeExpenditureTotal', anchors: totalAnchors, read: 'amount', notAfter: ['财政拨款'] },
  { key: 'totalChange', anchors: totalAnchors, read: 'change', notAfter: ['财政拨款'] },
  { key: 'totalChangeRate', anchors: totalAnchors, read: 'rate', notAfter: ['财政拨款'] },
  { key: 'totalIncome', anchors: ['本年收入合计', '收入合计', '部门预算收入'], read: 'amount' },
  { key: 'totalExpenditure', anchors: ['本年支出合计', '支出合计', '部门预算支出'], read: 'amount', notAfter: ['采购预算', '购买服务预算'] },
  { key: 'fiscalAppropriationIncome', anchors: ['财政拨款收入'], read: 'amount', notAfter: ['一般公共预算', '政府性基金预算', '国有资本经营预算'] },
  { key: 'generalBudgetIncome', anchors: ['一般公共预算财政拨款收入', '一般公共预算拨款收入', '一般公共预算财政拨款本年收入'], read: 'amount' },
  { key: 'basicExpenditure', anchors: ['基本支出'], read: 'amount', notAfter: ['财政拨款', '一般公共预算', '包括'] },
  { key: 'projectExpenditure', anchors: ['项目支出'], read: 'amount', notAfter: ['包括', '一般公共预算'] },
  { key: 'personnelCosts', anchors: ['人员经费'], read: 'amount' },
  { key: 'operatingCosts', anchors: ['公用经费'], read: 'amount', notAfter: ['压减'] },
  { key: 'threePublicTotal', anchors: ['“三公”经费财政拨款', '三公经费财政拨款', '“三公”经费支出', '"三公"经费'], read: 'amount', finalAfter: finalValue },
  { key: 'threePublicOverseas', anchors: ['因公出国(境)费', '因公出国（境）费', '因公出国(境)经费', '因公出国（境）经费'], read: 'amount', finalAfter: finalValue },
  { key: 'threePublicVehicles', anchors: ['公务用车购置及运行维护费', '公务用车购置及运行费'], read: 'amount', finalAfter: finalValue },
  { key: 'vehiclePurchase', anchors: ['公务用车购置费'], read: 'amount' },
  { key: 'vehicleOperation', anchors: ['公务用车运行维护费', '公务用车运行费'], read: 'amount' },
  { key: 'threePublicReception', anchors: ['公务接待费'], read: 'amount', finalAfter: finalValue },
  { key: 'agencyOperatingCosts', anchors: ['机关运行经费支出', '机关运行经费'], read: 'amount' },
  { key: 'procurementTotal', anchors: ['政府采购支出总额', '政府采购预算支出合计', '政府采购支出合计', '政府采购预算总额', '政府采购预算总金额'], read: 'amount' },
  { key: 'vehicleCount', anchors: ['共有车辆', '车辆总数'], read: 'count' },
  { key: 'initialBudget', anchors: ['一般公共预算财政拨款支出年初预算为', '一般公共预算财政拨款支出年初预算'], read: 'amount', kinds: ['决算'] },
  { key: 'staffActual', anchors: ['在职实有人数'], read: 'count', parts: ['概况', '情况说明', '绩效'] },
  { key: 'retirees', anchors: ['离退休人员'], read: 'count', parts: ['概况', '情况说明', '绩效'] },
]
