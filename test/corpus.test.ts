/**
 * Documents from other regions (../shared/corpus), each in the two
 * renderings pdftotext makes: both must give the same metadata and parts.
 */
import { describe, expect, it } from 'vitest'
import { corpus, metaOutline, readPath } from './helpers.js'

const values = (document: ReturnType<typeof readPath>) =>
  Object.fromEntries(Object.entries(metaOutline(document)).map(([field, [value]]) => [field, value]))
const kinds = (document: ReturnType<typeof readPath>) => document.sections.map((section) => [section.kind, section.part])

describe('上海市普陀区财政局 2024 决算', () => {
  const layout = readPath(corpus('shanghai-putuo-caizhengju-2024-juesuan.layout.txt'))
  const raw = readPath(corpus('shanghai-putuo-caizhengju-2024-juesuan.raw.txt'))

  it('reads the same metadata from both renderings', () => {
    const expected = { department: '上海市普陀区财政局', region: '上海市普陀区', year: 2024, kind: '决算', unit: '万元', scope: null }
    expect(values(layout)).toEqual(expected)
    expect(values(raw)).toEqual(expected)
  })

  it('finds the four parts after the TOC in both', () => {
    const expected = [
      ['概况', '第一部分'],
      ['决算表', '第二部分'],
      ['情况说明', '第三部分'],
      ['名词解释', '第四部分'],
    ]
    expect(kinds(layout)).toEqual(expected)
    expect(kinds(raw)).toEqual(expected)
    expect(layout.toc).toEqual([{ line: 3, endLine: 52 }])
    expect(layout.sections.map((section) => section.line)).toEqual([53, 125, 524, 701])
    expect(raw.sections.map((section) => section.line)).toEqual([37, 100, 1346, 1467])
  })

  it('finds the nine 决算 tables in both, in the order this template prints them', () => {
    const expected = ['summary', 'income', 'expenditure', 'fiscalSummary', 'generalBudgetExpenditure', 'generalBudgetBasic', 'threePublic', 'governmentFunds', 'stateCapital']
    expect(layout.tables.map((table) => table.id.slice('final.'.length))).toEqual(expected)
    expect(raw.tables.map((table) => table.id.slice('final.'.length))).toEqual(expected)
  })
})

describe('江苏省人大常委会办公厅 2017 预算', () => {
  const layout = readPath(corpus('jiangsu-renda-bangongting-2017-yusuan.layout.txt'))
  const raw = readPath(corpus('jiangsu-renda-bangongting-2017-yusuan.raw.txt'))

  it('reads the same metadata from both renderings', () => {
    const expected = { department: '江苏省人大常委会办公厅', region: '江苏省', year: 2017, kind: '预算', unit: '万元', scope: null }
    expect(values(layout)).toEqual(expected)
    expect(values(raw)).toEqual(expected)
  })

  it('finds the parts, "名称解释" as 名词解释, and a title after a stray table cell', () => {
    const expected = [
      ['概况', '第一部分'],
      ['预算表', '第二部分'],
      ['情况说明', '第三部分'],
      ['名词解释', '第四部分'],
    ]
    expect(kinds(layout)).toEqual(expected)
    expect(kinds(raw)).toEqual(expected)
    expect(raw.sections[2]!.title).toBe('江苏省人大常委会办公厅 2017 年度部门预算情况说明')
  })
})

describe('中共江苏省委办公厅 2019 预算表格 (tables only)', () => {
  const layout = readPath(corpus('jiangsu-shengwei-bangongting-2019-yusuan-biaoge.layout.txt'))
  const raw = readPath(corpus('jiangsu-shengwei-bangongting-2019-yusuan-biaoge.raw.txt'))

  it('reads the department from "部门：" and the year from a table title', () => {
    const expected = { department: '中共江苏省委办公厅', region: '江苏省', year: 2019, kind: '预算', unit: '万元', scope: null }
    expect(values(layout)).toEqual(expected)
    expect(values(raw)).toEqual(expected)
  })

  it('infers one table section holding the twelve tables (the “三公”经费、会议费、培训费 table among them)', () => {
    for (const document of [layout, raw]) {
      expect(document.sections.map((section) => [section.kind, section.implicit])).toEqual([['预算表', true]])
      expect(document.tables).toHaveLength(12)
      expect(document.tables[8]!.id).toBe('budget.threePublic')
      expect(document.coverage.unclassified).toBe(0)
    }
  })
})
