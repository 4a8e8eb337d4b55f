/**
 * Which tables must agree with which: the data behind the cross-table rules.
 * Table ids are those of grammars/tables.ts.
 */

/**
 * Pairs where `part` is a subset of `whole` row by row (一般公共预算 ⊂ 财政拨款
 * ⊂ all funds). When the two tables' grand totals are equal, every 科目 row
 * must be equal too.
 */
export const subsetTables: readonly { whole: string; part: string }[] = [
  { whole: 'final.expenditure', part: 'final.generalBudgetExpenditure' },
  { whole: 'budget.expenditure', part: 'budget.generalBudgetExpenditure' },
  { whole: 'budget.expenditure', part: 'budget.fiscalExpenditure' },
  { whole: 'budget.fiscalExpenditure', part: 'budget.generalBudgetExpenditure' },
]

/**
 * The summary tables and the tables whose 合计 row their 本年收入/支出合计
 * must equal; `column` picks the summary's column when it has several (a
 * 财政拨款 summary's 一般公共预算 column against the 一般公共预算 table).
 */
export const summaryTotals: readonly { summary: string; side: '收入' | '支出'; table: string; column?: RegExp }[] = [
  { summary: 'final.summary', side: '收入', table: 'final.income' },
  { summary: 'final.summary', side: '支出', table: 'final.expenditure' },
  { summary: 'budget.summary', side: '收入', table: 'budget.income' },
  { summary: 'budget.summary', side: '支出', table: 'budget.expenditure' },
  { summary: 'final.fiscalSummary', side: '支出', table: 'final.generalBudgetExpenditure', column: /一般公共预算/ },
  { summary: 'budget.fiscalSummary', side: '支出', table: 'budget.fiscalExpenditure' },
]

/** What the statement that a table is empty must be about (a table's own subject, not another's). */
export const emptyTableSubjects: Readonly<Record<string, RegExp>> = {
  'final.governmentFunds': /政府性基金/,
  'budget.governmentFunds': /政府性基金/,
  'final.stateCapital': /国有资本经营/,
  'budget.stateCapital': /国有资本经营/,
  'final.threePublic': /三公/,
  'budget.threePublic': /三公/,
}

/**
 * The summary tables whose 支出 side lists each 类 by name, and the table
 * that gives the same 类 by code. `column` picks the summary's column when it
 * has several (the 一般公共预算 one of a 财政拨款 summary against the
 * 一般公共预算 table); null takes the first amount column of both.
 */
export const summaryCategories: readonly { summary: string; table: string; column: RegExp | null }[] = [
  { summary: 'final.summary', table: 'final.expenditure', column: null },
  { summary: 'budget.summary', table: 'budget.expenditure', column: null },
  { summary: 'final.fiscalSummary', table: 'final.generalBudgetExpenditure', column: /一般公共预算/ },
]

/** The 一般公共预算 expenditure table and its 基本支出 detail by 经济分类. */
export const basicDetail: readonly { expenditure: string; detail: string }[] = [
  { expenditure: 'final.generalBudgetExpenditure', detail: 'final.generalBudgetBasic' },
  { expenditure: 'budget.generalBudgetExpenditure', detail: 'budget.generalBudgetBasic' },
]

/** A “三公” item (column label) and the 经济分类 codes that pay for it. */
export const threePublicEconomic: readonly { item: RegExp; codes: readonly string[] }[] = [
  { item: /因公出国/, codes: ['30212'] },
  { item: /公务接待/, codes: ['30217'] },
  { item: /公务用车运行/, codes: ['30231'] },
  { item: /公务用车购置费/, codes: ['31013', '30913'] },
]

/** Unfilled template slots in the text. */
export const templateResidue: readonly RegExp[] = [
  /增长\s*[(（]\s*下降\s*[)）]|增加\s*[(（]\s*减少\s*[)）]|上升\s*[(（]\s*下降\s*[)）]/,
  /大于\s*[(（]\s*小于\s*[)）]|多\s*[(（]\s*少\s*[)）]于/,
  /[XＸ]{2,}(?:万元|元|%|个|人|辆)|(?:^|[^A-Za-z])[XＸ]{2,}(?![A-Za-z])/,
]

/**
 * Figures that are part of another: the part can never be the larger. (The
 * sum is not required: a whole may have parts the text does not state.)
 */
export const figureParts: readonly { part: string; whole: string }[] = [
  { part: 'basicExpenditure', whole: 'totalExpenditure' },
  { part: 'projectExpenditure', whole: 'totalExpenditure' },
  { part: 'fiscalAppropriationIncome', whole: 'totalIncome' },
  { part: 'generalBudgetIncome', whole: 'fiscalAppropriationIncome' },
  { part: 'personnelCosts', whole: 'basicExpenditure' },
  { part: 'operatingCosts', whole: 'basicExpenditure' },
  { part: 'threePublicOverseas', whole: 'threePublicTotal' },
  { part: 'threePublicVehicles', whole: 'threePublicTotal' },
  { part: 'threePublicReception', whole: 'threePublicTotal' },
  { part: 'vehiclePurchase', whole: 'threePublicVehicles' },
  { part: 'vehicleOperation', whole: 'threePublicVehicles' },
  { part: 'totalIncome', whole: 'incomeExpenditureTotal' },
  { part: 'totalExpenditure', whole: 'incomeExpenditureTotal' },
]
