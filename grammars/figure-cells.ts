/**
 * Where the tables print the same figure as the narrative: for each figure
 * key, the tables to look in (in order), the row label and the column. The
 * first cell found with a value is the figure's `tableValue`.
 */
import type { FigureKey } from './figures.js'

export interface FigureCell {
  /** Table grammar ids, in order of preference. */
  tables: readonly string[]
  /** The row's label (spaces removed), whole. */
  item: RegExp
  side?: '收入' | '支出'
  /** The column key; the first amount column when not given. */
  column?: RegExp
}

export const figureCells: Partial<Record<FigureKey, readonly FigureCell[]>> = {
  incomeExpenditureTotal: [{ tables: ['final.summary', 'budget.summary'], item: /^(?:收入)?总计$/, side: '收入' }],
  totalIncome: [{ tables: ['final.summary', 'budget.summary'], item: /^(?:本年收入合计|当年收入小计)$/, side: '收入' }],
  totalExpenditure: [{ tables: ['final.summary', 'budget.summary'], item: /^(?:本年支出合计|当年支出小计)$/, side: '支出' }],
  basicExpenditure: [
    { tables: ['final.expenditure', 'final.generalBudgetExpenditure', 'budget.expenditure'], item: /^合计$/, column: /(?:^|\/)基本支出$/ },
  ],
  projectExpenditure: [
    { tables: ['final.expenditure', 'final.generalBudgetExpenditure', 'budget.expenditure'], item: /^合计$/, column: /(?:^|\/)项目支出$/ },
  ],
  personnelCosts: [
    { tables: ['final.generalBudgetBasic'], item: /^人员经费合计$/ },
    { tables: ['budget.generalBudgetBasic'], item: /^合计$/, column: /(?:^|\/)人员经费$/ },
  ],
  operatingCosts: [
    { tables: ['final.generalBudgetBasic'], item: /^公用经费合计$/ },
    { tables: ['budget.generalBudgetBasic'], item: /^合计$/, column: /(?:^|\/)公用经费$/ },
  ],
  procurementTotal: [{ tables: ['budget.procurement'], item: /^(?:合计|总计)$/ }],
}
