/**
 * The steps that take pdftotext's per-line spacing: right-edge clusters grouped into columns, a header named
 * in order, and a two-sided summary read by order. Crafted inputs, each the smallest that shows the step.
 */
import { describe, expect, it } from 'vitest'
import { extract } from '../../src/index.js'
import { headerByOrder } from '../../src/tables/header-by-order.js'
import { layoutTokens } from '../../src/tables/layout-tokens.js'
import { clusterAt, regroupClusters } from '../../src/tables/regroup-columns.js'
import { placeCells } from '../helpers.js'

const amountsOf = (line: string) => layoutTokens(line).filter((token) => token.numeric)

describe('regroupClusters', () => {
  // Rows of one table in two blocks, the second set four characters right of the first.
  const lines = [placeCells([[20, '300.00', 'r'], [32, '200.00', 'r'], [44, '100.00', 'r']]), placeCells([[20, '50.00', 'r'], [32, '50.00', 'r']]), placeCells([[24, '80.00', 'r'], [48, '80.00', 'r']])].map(amountsOf)
  const clusters = [{ left: 20, right: 20 }, { left: 24, right: 24 }, { left: 32, right: 32 }, { left: 44, right: 44 }, { left: 48, right: 48 }]

  it('groups the clusters into as many columns as the fullest line prints, where only one grouping keeps each row whole', () => {
    expect(regroupClusters(clusters, lines)).toEqual([{ left: 20, right: 24 }, { left: 32, right: 32 }, { left: 44, right: 48 }])
  })

  it('keeps them as they are when no full row shows its total first and two groupings are left', () => {
    const unchecked = [placeCells([[20, '300.00', 'r'], [32, '200.00', 'r'], [44, '200.00', 'r']]), placeCells([[20, '50.00', 'r'], [32, '50.00', 'r']]), placeCells([[24, '80.00', 'r'], [48, '80.00', 'r']])].map(amountsOf)
    expect(regroupClusters(clusters, unchecked)).toBeNull()
  })

  it('finds a right edge by binary search', () => {
    expect([clusterAt(clusters, 24), clusterAt(clusters, 26), clusterAt(clusters, 48)]).toEqual([1, -1, 4])
  })
})

describe('headerByOrder', () => {
  const header = ['          一般公共预算拨 政府性基金预算                           其他收入', '   合计                              事业收入', '            款收入     拨款收入'].map((line) => layoutTokens(line))
  const clusters = [{ left: 10, right: 10 }, { left: 21, right: 21 }, { left: 31, right: 31 }, { left: 47, right: 47 }]
  const starts = [4, 14, 24, 40]

  it('stacks the fragments into labels and names the columns in order, a label right of every amount a blank column', () => {
    const named = headerByOrder(header, clusters, 0, /^$/, null, starts)
    if (named === 'conflict') throw new Error('no positions to conflict with')
    expect(named?.columns.map((column) => column.key)).toEqual(['合计', '一般公共预算拨款收入', '政府性基金预算拨款收入', '事业收入', '其他收入'])
    expect(named?.blanks).toEqual([4])
  })

  const column = (key: string) => ({ key, path: [key], role: 'amount' as const, side: null, group: null })

  it('gives way to positions that named every column otherwise', () => {
    const byPosition = ['本年收入合计', '财政拨款收入', '事业收入', '其他收入'].map(column)
    expect(headerByOrder(header, clusters, 0, /^$/, byPosition, starts)).toBeNull()
  })

  it('calls it a conflict when the positions named a column otherwise and left another unnamed', () => {
    // Neither reading then holds: an amount-jittered 部门收入总表 had been read with its 其他收入 a column off.
    const byPosition = [column('本年收入合计'), ...['(第2列)', '(第3列)', '(第4列)'].map(column)]
    expect(headerByOrder(header, clusters, 0, /^$/, byPosition, starts)).toBe('conflict')
  })
})

describe('a two-sided summary read by order', () => {
  const table = (lines: string[]) => extract(['部门收支总表', '单位：万元', ...lines].join('\n')).tables[0]!
  const filled = (lines: string[]) =>
    table(lines)
      .rows.filter((row) => row.cells.some((cell) => cell.value !== null))
      .map((row) => `${row.side} ${row.item} ${row.cells[0]!.value}`)

  // The second page sets both sides further right: the positions of the first page say nothing of it.
  const pages = [
    placeCells([[10, '收入'], [40, '支出']]),
    placeCells([[4, '项目'], [20, '预算数'], [34, '项目'], [52, '预算数']]),
    placeCells([[0, '一、一般公共预算拨款收入'], [30, '100.00', 'r'], [31, '一、一般公共服务支出'], [60, '60.00', 'r']]),
    placeCells([[0, '二、事业收入'], [30, '20.00', 'r'], [31, '二、教育支出']]),
    '\f' + placeCells([[44, '三、住房保障支出'], [80, '60.00', 'r']]),
    placeCells([[0, '本年收入合计'], [38, '120.00', 'r'], [40, '本年支出合计'], [80, '120.00', 'r']]),
    placeCells([[0, '收入总计'], [38, '120.00', 'r'], [40, '支出总计'], [80, '120.00', 'r']]),
  ]

  it('puts each label on its side by order, a lone one by where its page starts each side, each amount after its label', () => {
    expect(filled(pages)).toEqual([
      '收入 一、一般公共预算拨款收入 100.00',
      '支出 一、一般公共服务支出 60.00',
      '收入 二、事业收入 20.00',
      '支出 三、住房保障支出 60.00',
      '收入 本年收入合计 120.00',
      '支出 本年支出合计 120.00',
      '收入 收入总计 120.00',
      '支出 支出总计 120.00',
    ])
  })

  it('is refused when the 合计 of a side is not the sum of its numbered items', () => {
    const broken = pages.map((line) => line.replace('  20.00', '  25.00'))
    expect([table(broken).reconstructed, table(broken).rows]).toEqual([false, []])
  })
})
