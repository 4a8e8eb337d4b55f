/**
 * The five seeds: metadata and the start (and end) line of each standard
 * part, read by hand from the documents and written out here.
 */
import { describe, expect, it } from 'vitest'
import { documentSchema } from '../schemas/index.js'
import { metaOutline, readSeed, sectionOutline } from './helpers.js'

describe('seed 000 (东西湖区科协 2023 决算, one cell per line, tables as images)', () => {
  const document = readSeed('000')

  it('reads the metadata; the 概况 heading is a placeholder, so the name comes from the body', () => {
    expect(metaOutline(document)).toEqual({
      department: ['武汉市东西湖区科学技术协会', 72],
      region: ['武汉市东西湖区', 72],
      year: [2023, 81],
      kind: ['决算', 81],
      unit: ['万元', 106],
      scope: [null, null],
    })
    expect(document.meta.department.column).toBe(8)
  })

  it('finds the six parts, the first after a leading space', () => {
    expect(sectionOutline(document)).toEqual([
      ['概况', '第一部分', 1, 80],
      ['决算表', '第二部分', 81, 101],
      ['情况说明', '第三部分', 102, 1238],
      ['重点工作', '第四部分', 1239, 1406],
      ['名词解释', '第五部分', 1407, 1540],
      ['附件', '第六部分', 1541, 1558],
    ])
    expect(document.sections[0]!.column).toBe(2)
    expect(document.toc).toEqual([])
  })

  it('lists the nine 决算 tables of part two as its headings, missing or stated empty', () => {
    const part = document.sections[1]!
    expect(part.children.map((heading) => heading.title)).toEqual([
      '收入支出决算总表',
      '收入决算表',
      '支出决算表',
      '财政拨款收入支出决算总表',
      '一般公共预算财政拨款支出决算表',
      '一般公共预算财政拨款基本支出决算明细表',
      '政府性基金预算财政拨款收入支出决算表',
      '国有资本经营预算财政拨款支出决算表',
      '财政拨款“三公”经费支出决算表',
    ])
    expect(document.tables.slice(0, 9).map((table) => [table.line, table.status])).toEqual([
      [83, 'missing'],
      [84, 'missing'],
      [86, 'missing'],
      [87, 'missing'],
      [89, 'missing'],
      [90, 'missing'],
      [92, 'empty'],
      [95, 'empty'],
      [99, 'empty'],
    ])
    expect(document.tables[8]!.statement).toBe('本单位 2023 年度没有“三公”经费支出安排。')
  })

  it('nests the 情况说明 headings and keeps the duty list out of the headings', () => {
    const explanation = document.sections[2]!
    expect(explanation.children.slice(0, 5).map((heading) => [heading.marker, heading.line, heading.role])).toEqual([
      ['一、', 104, 'incomeExpenditureTotal'],
      ['二、', 113, 'income'],
      ['三、', 128, 'expenditure'],
      ['四、', 142, 'fiscalAppropriation'],
      ['五、', 159, 'generalBudget'],
    ])
    expect(explanation.children[4]!.children.map((heading) => heading.marker)).toEqual(['（一）', '（二）', '（三）'])
    expect(document.sections[0]!.children[0]!.children).toEqual([])
  })

  it('accounts for every line', () => {
    const { lines, ...counts } = document.coverage
    expect(Object.values(counts).reduce((sum, count) => sum + count, 0)).toBe(lines)
    expect(lines).toBe(1561)
    expect(document.coverage.unclassified).toBe(0)
    expect(document.coverage.furniture).toBe(1) // "- 32 -"
  })
})

describe('seed 001 (武昌区科协 2024 预算, tab-separated tables)', () => {
  const document = readSeed('001')

  it('reads the metadata', () => {
    expect(metaOutline(document)).toEqual({
      department: ['武昌区科学技术协会', 43],
      region: ['武昌区', 43],
      year: [2024, 3],
      kind: ['预算', 3],
      unit: ['万元', 83],
      scope: [null, null],
    })
  })

  it('rejects the TOC and finds the four parts of the body', () => {
    expect(document.toc).toEqual([{ line: 5, endLine: 41 }])
    expect(sectionOutline(document)).toEqual([
      ['概况', '第一部分', 43, 75],
      ['预算表', '第二部分', 77, 459],
      ['情况说明', '第三部分', 461, 563],
      ['名词解释', '第四部分', 565, 583],
    ])
  })

  it('joins "第三部分" with its title two lines below', () => {
    expect(document.sections[2]!.headingLines).toEqual([461, 463])
    expect(document.sections[2]!.title).toBe('武昌区科学技术协会 2024 年部门预算情况说明')
  })

  it('finds the thirteen tables with their printed numbers', () => {
    expect(document.tables.map((table) => [table.number, table.title, table.status])).toEqual([
      ['表 1', '部门收支总表', 'data'],
      ['表 2', '部门收入总表', 'data'],
      ['表 3', '部门支出总表', 'data'],
      ['表 4', '财政拨款收支总表', 'data'],
      ['表 5-1', '一般公共预算支出表', 'data'],
      ['表 5-2', '一般公共预算支出表', 'data'],
      ['表 6', '一般公共预算基本支出表', 'data'],
      ['表 7', '一般公共预算“三公”经费支出表', 'data'],
      ['表 8', '政府性基金预算支出表', 'empty'],
      ['表 9', '国有资本经营预算支出表', 'empty'],
      ['表 10', '项目支出表', 'data'],
      ['表 11', '整体支出绩效目标表', 'data'],
      ['表 12-1', '项目支出绩效目标表', 'data'],
    ])
    expect(document.tables.map((table) => table.qualifier).slice(4, 6)).toEqual(['分功能科目', '分单位'])
  })
})

describe('seed 002 (武昌区科经局 2023 决算, 汇总, TOC with page numbers)', () => {
  const document = readSeed('002')

  it('reads the metadata, with the scope from the 部门： line', () => {
    expect(metaOutline(document)).toEqual({
      department: ['武汉市武昌区科学技术和经济信息化局', 5],
      region: ['武汉市武昌区', 5],
      year: [2023, 3],
      kind: ['决算', 7],
      unit: ['万元', 84],
      scope: ['汇总', 82],
    })
  })

  it('rejects the TOC and finds the six parts, each split from its title', () => {
    expect(document.toc).toEqual([{ line: 11, endLine: 45 }])
    expect(sectionOutline(document)).toEqual([
      ['概况', '第一部分', 47, 72],
      ['决算表', '第二部分', 74, 427],
      ['情况说明', '第三部分', 430, 636],
      ['重点工作', '第四部分', 638, 686],
      ['名词解释', '第五部分', 688, 748],
      ['附件', '第六部分', 750, 944],
    ])
    expect(document.sections.map((section) => section.headingLines)).toEqual([[47, 49], [74, 76], [430, 432], [638, 640], [688, 690], [750]])
  })

  it('finds the nine 决算 tables by their 公开 numbers and the eight self-evaluation forms', () => {
    expect(document.tables.slice(0, 9).map((table) => table.number)).toEqual(['公开 01 表', '公开 02 表', '公开 03 表', '公开 04 表', '公开 05 表', '公开 06 表', '公开 07 表', '公开 08 表', '公开 09 表'])
    expect(document.tables.slice(9).map((table) => [table.id, table.line])).toEqual([
      ['performance.overall', 752],
      ['performance.project', 787],
      ['performance.project', 813],
      ['performance.project', 836],
      ['performance.project', 857],
      ['performance.project', 879],
      ['performance.project', 902],
      ['performance.project', 924],
    ])
    expect(document.tables[6]).toMatchObject({ status: 'empty', statement: '说明：我部门没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。' })
  })
})

describe('seed 003 (洪山区科协 2021 决算, TOC at the end, tables absent)', () => {
  const document = readSeed('003')

  it('reads the metadata', () => {
    expect(metaOutline(document)).toEqual({
      department: ['武汉市洪山区科学技术协会', 1],
      region: ['武汉市洪山区', 1],
      year: [2021, 38],
      kind: ['决算', 40],
      unit: ['万元', 47],
      scope: [null, null],
    })
  })

  it('finds the six parts and takes the trailing 目录 for a TOC', () => {
    expect(sectionOutline(document)).toEqual([
      ['概况', '第一部分', 1, 37],
      ['决算表', '第二部分', 38, 40],
      ['情况说明', '第三部分', 41, 338],
      ['重点工作', '第四部分', 340, 572],
      ['名词解释', '第五部分', 574, 705],
      ['附件', '第六部分', 706, 1243],
    ])
    expect(document.toc).toEqual([{ line: 1258, endLine: 1262 }])
    expect(document.sections[1]!.title).toBe('武汉市洪山区科学技术协会 2021 年度部门决算表')
  })

  it('marks the bare page numbers 41, 42, 43 as furniture', () => {
    expect(document.coverage.furniture).toBe(3)
  })

  it('says that its 决算表 part holds no table (no title is printed for a table to be "missing")', () => {
    expect(document.tables).toEqual([])
    expect(document.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity, diagnostic.line, diagnostic.endLine])).toEqual([['tables-absent', 'warning', 38, 40]])
  })
})

describe('seed 004 (东西湖区科协 2025 绩效自评, no numbered parts)', () => {
  const document = readSeed('004')

  it('reads the metadata of a stand-alone 绩效自评 report', () => {
    expect(metaOutline(document)).toEqual({
      department: ['武汉市东西湖区科学技术协会', 1],
      region: ['武汉市东西湖区', 1],
      year: [2025, 32],
      kind: ['绩效自评', 28],
      unit: ['万元', 32],
      scope: [null, null],
    })
  })

  it('finds its parts from the 一、 headings', () => {
    expect(sectionOutline(document)).toEqual([
      ['概况', null, 2, 26],
      ['绩效', null, 28, 98],
    ])
    expect(document.coverage.cover).toBe(1)
  })
})

describe('every seed', () => {
  it('gives JSON that the published schema accepts and whose coverage adds up', () => {
    for (const id of ['000', '001', '002', '003', '004'] as const) {
      const document = readSeed(id)
      expect(documentSchema.safeParse(document).success).toBe(true)
      const { lines, ...counts } = document.coverage
      expect(Object.values(counts).reduce((sum, count) => sum + count, 0)).toBe(lines)
      // Seed 002 prints cells cut at the column edge in four tables, and three of its performance forms have rows
      // the converter scrambled; seed 001's 整体支出绩效目标表 has a 项目支出情况 block not read; seed 003's 决算表 part
      // holds no table. Nothing else is reported.
      const expected =
        id === '002'
          ? [
              ['table-cells-damaged', 181],
              ['table-cells-damaged', 237],
              ['table-cells-damaged', 283],
              ['table-cells-damaged', 338],
              ['performance-rows-not-read', 806],
              ['performance-rows-not-read', 889],
              ['performance-rows-not-read', 912],
            ]
          : id === '001'
            ? [['performance-rows-not-read', 322]]
            : id === '003'
              ? [['tables-absent', 38]]
              : []
      expect(document.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.line])).toEqual(expected)
    }
  })
})
