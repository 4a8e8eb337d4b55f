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
