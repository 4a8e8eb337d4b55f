/**
 * Titles are compared by a key without spaces, quotation marks and
 * enumeration commas, with half-width brackets: the same table printed in
 * the ways the documents print it finds the same grammar entry.
 */
import { describe, expect, it } from 'vitest'
import { baseGrammar, compileGrammar, titleKey } from '../../src/index.js'

describe('title keys', () => {
  const grammar = compileGrammar(baseGrammar)

  it('drop spaces, quotes and the commas of a list, and use half-width brackets', () => {
    expect(titleKey('财政拨款 “三公” 经费支出决算表（分功能科目）')).toBe('财政拨款三公经费支出决算表(分功能科目)')
    expect(titleKey('“三公”经费、会议费、培训费支出预算表')).toBe('三公经费会议费培训费支出预算表')
  })

  it('find the grammar entry of a title printed with or without the list commas', () => {
    expect(grammar.tableTitle('“三公”经费、会议费、培训费支出预算表')?.table.id).toBe('budget.threePublic')
    expect(grammar.tableTitle('一般公共预算“三公”经费、会议费、培训费支出预算表')?.table.id).toBe('budget.threePublic')
    expect(grammar.tableTitle('财政拨款“三公”经费支出决算表')?.table.id).toBe('final.threePublic')
  })
})

describe('the titles other templates print', () => {
  const grammar = compileGrammar(baseGrammar)
  it.each([
    ['2025年部门收支总体情况表', 'budget.summary'],
    ['财务收支预算总表', 'budget.summary'],
    ['部门收入情况表', 'budget.income'],
    ['部门支出情况表', 'budget.expenditure'],
    ['财政拨款收支总体情况表', 'budget.fiscalSummary'],
    ['一般公共预算财政拨款支出情况表', 'budget.generalBudgetExpenditure'],
    ['一般公共预算支出功能分类预算表', 'budget.generalBudgetExpenditure'],
    ['一般公共预算财政拨款基本支出情况表', 'budget.generalBudgetBasic'],
    ['一般公共预算基本支出部门预算经济分类预算表', 'budget.generalBudgetBasic'],
    ['一般公共预算“三公”经费支出情况表', 'budget.threePublic'],
    ['政府性基金预算财政拨款支出情况表', 'budget.governmentFunds'],
    ['国有资本经营预算财政拨款支出情况表', 'budget.stateCapital'],
    ['政府采购情况表', 'budget.procurement'],
    ['财政拨款收入支出决算总表', 'final.fiscalSummary'],
    ['2024年部门收入表', 'budget.income'],
    ['部门支出表', 'budget.expenditure'],
    ['部门综合预算收支总表', 'budget.summary'],
    ['一般公共预算支出情况表', 'budget.generalBudgetExpenditure'],
    ['财政拨款收入支出决算表', 'final.fiscalSummary'],
    ['国有资本经营预算财政拨款收入支出决算表', 'final.stateCapital'],
    ['部门收支决算总表', 'final.summary'],
    ['2023年度部门决算收支总表', 'final.summary'],
    ['财政拨款收支决算总表', 'final.fiscalSummary'],
    ['财政拨款预算收支总表', 'budget.fiscalSummary'],
    ['国有资本经营预算财政拨款支出预算表', 'budget.stateCapital'],
    ['一般公共预算“三公”经费预算表', 'budget.threePublic'],
  ])('%s → %s', (title, id) => {
    expect(grammar.tableTitle(title)?.table.id).toBe(id)
  })
})

describe('a longer title that ends with a known one', () => {
  const grammar = compileGrammar(baseGrammar)
  // A classification word before the known title makes it another, narrower table; a department or year does not.
  it.each([
    '2023年度一般公共预算财政拨款项目支出决算表',
    '政府性基金预算财政拨款“三公”经费支出决算表',
    '一般公共预算项目支出表',
    '财政拨款支出总表',
    '部门决算收入总表',
    // “三公”经费 and 机关运行经费 together: not the 支出决算表
    '一般公共预算相关经费支出决算表',
  ])('%s is not a standard table', (title) => {
    expect(grammar.tableTitle(title)).toBeNull()
  })

  it.each([
    ['某某区档案馆2023年度支出决算表', 'final.expenditure', '某某区档案馆2023年度'],
    ['表3. 部门支出总表', 'budget.expenditure', '表3.'],
  ])('%s stays %s', (title, id, prefix) => {
    const match = grammar.tableTitle(title)
    expect([match?.table.id, match?.prefix]).toEqual([id, prefix])
  })
})

describe('titles the grammar does not know', () => {
  const grammar = compileGrammar(baseGrammar)
  it.each([
    ['表11. 政府采购预算明细汇总表', '政府采购预算明细汇总表', '预算'],
    ['2023年度一般公共预算财政拨款项目支出决算表', '一般公共预算财政拨款项目支出决算表', '决算'],
    ['公开10表 财政拨款支出决算明细表', '财政拨款支出决算明细表', '决算'],
    ['表十一：政府采购情况汇总表', '政府采购情况汇总表', '预算'],
  ])('%s → %s (%s)', (line, title, set) => {
    const match = grammar.otherTableTitle(line)
    expect([match?.table.id, match?.table.title, match?.table.set]).toEqual(['other', title, set])
  })

  it.each([
    ['a sentence', '本单位无政府性基金预算财政拨款收入，故不公开本表'],
    ['a pointer to a table', '具体情况详见：政府采购情况表'],
    ['a row with a code and an amount', '2010101 行政运行 支出表 12.00'],
    ['no word of a table', '目录表'],
  ])('%s is no title', (_, line) => {
    expect(grammar.otherTableTitle(line)).toBeNull()
  })
})
