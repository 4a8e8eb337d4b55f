/**
 * Tables whose rows nest by the text columns they fill, over one amount
 * column (政府采购预算表: 大类 | 专项 | 经济科目 | 品名 | 组织形式 | 总计), laid out
 * by spaces with long texts wrapped around their amount. Rows read by hand
 * from ../shared/corpus: line, item | the row's texts with those of the rows
 * it sits under | amount.
 */
import { describe, expect, it } from 'vitest'
import { tables } from '../../grammars/index.js'
import type { Table } from '../../schemas/index.js'
import { extract } from '../../src/index.js'
import { normalizeText } from '../../src/ingest/normalize.js'
import { reconstructRowTree } from '../../src/tables/reconstruct-row-tree.js'
import { corpus, placeCells, readPath } from '../helpers.js'

const rowLine = (row: Table['rows'][number]) => `${row.line} ${row.item} | ${Object.values(row.attributes).join('/')} | ${row.cells[0]!.value}`
const procurementOf = (document: ReturnType<typeof readPath>) => document.tables.find((table) => table.id === 'budget.procurement')!

describe('政府采购预算表, space-aligned', () => {
  it('reads Jiangsu 人大 2017: cells wrapped around their amount joined, each row the sum of the rows under it', () => {
    const table = procurementOf(readPath(corpus('jiangsu-renda-bangongting-2017-yusuan.layout.txt')))
    expect(table.columns.map((column) => `${column.key}:${column.role}`)).toEqual([
      '采购品目大类:text',
      '专项名称:text',
      '经济科目:text',
      '采购物品名称:text',
      '采购组织形式:text',
      '总计:amount',
    ])
    expect(table.rows.map(rowLine)).toEqual([
      '797 合计 |  | 2247.85',
      '801 一、货物A | 一、货物A | 59.00',
      '802 办公设备购置 | 一、货物A/办公设备购置费/办公设备购置 | 59.00',
      '808 台式计算机（20万以下） | 一、货物A/办公设备购置费/办公设备购置/台式计算机（20万以下）/分散自行组织 | 10.00',
      '813 便携式计算机（20万以下） | 一、货物A/办公设备购置费/办公设备购置/便携式计算机（20万以下）/分散自行组织 | 14.00',
      '818 其他办公设备 | 一、货物A/办公设备购置费/办公设备购置/其他办公设备/分散自行组织 | 8.00',
      '824 图书和档案 | 一、货物A/办公设备购置费/办公设备购置/图书和档案/分散自行组织 | 4.00',
      '829 家具用具 | 一、货物A/办公设备购置费/办公设备购置/家具用具/分散自行组织 | 23.00',
      '834 三、服务C | 三、服务C | 2188.85',
      '839 公务用车运行维护费 | 三、服务C/交通运行费/公务用车运行维护费 | 183.60',
      '844 车辆维修和保养服务 | 三、服务C/交通运行费/公务用车运行维护费/车辆维修和保养服务/分散自行组织 | 183.60',
      '849 物业管理费 | 三、服务C/综合管理费/物业管理费 | 456.00',
      '854 空调、电梯维修和保养服务 | 三、服务C/综合管理费/物业管理费/空调、电梯维修和保养服务/分散自行组织 | 300.00',
      '857 建筑物清洁服务 | 三、服务C/综合管理费/物业管理费/建筑物清洁服务/分散自行组织 | 156.00',
      '864 会议费 | 三、服务C/常委会会议经费及省人大工作会议经费/会议费 | 229.00',
      '872 会议服务 | 三、服务C/常委会会议经费及省人大工作会议经费/会议费/会议服务/分散自行组织 | 229.00',
      '880 会议费 | 三、服务C/江苏省第十二届人代会五次会议经费/会议费 | 950.00',
      '888 会议服务 | 三、服务C/江苏省第十二届人代会五次会议经费/会议费/会议服务/分散自行组织 | 950.00',
      '896 会议费 | 三、服务C/全国人代会江苏代表团工作经费/会议费 | 126.25',
      '904 会议服务 | 三、服务C/全国人代会江苏代表团工作经费/会议费/会议服务/分散自行组织 | 126.25',
      '909 印刷费 | 三、服务C/办公印刷费/印刷费 | 94.00',
      '914 印刷服务 | 三、服务C/办公印刷费/印刷费/印刷服务/分散自行组织 | 94.00',
      '920 印刷费 | 三、服务C/专职人员活动费/印刷费 | 30.00',
      '922 印刷服务 | 三、服务C/专职人员活动费/印刷费/印刷服务/分散自行组织 | 30.00',
      '928 印刷费 | 三、服务C/立法费及法制专刊费/印刷费 | 120.00',
      '934 印刷服务 | 三、服务C/立法费及法制专刊费/印刷费/印刷服务/分散自行组织 | 120.00',
    ])
  })

  it('reads Jiangsu 省委 2019: a middle row with only its 经济科目 keeps the 专项 above it', () => {
    const table = procurementOf(readPath(corpus('jiangsu-shengwei-bangongting-2019-yusuan-biaoge.layout.txt')))
    expect(table.rows.map(rowLine)).toEqual([
      '415 合计 |  | 1422.50',
      '418 一、货物A | 一、货物A | 84.00',
      '420 办公设备购置 | 一、货物A/机要及电子政务业务费/办公设备购置 | 30.00',
      '422 PC服务器 | 一、货物A/机要及电子政务业务费/办公设备购置/PC服务器/分散自行组织 | 3.00',
      '424 小型机 | 一、货物A/机要及电子政务业务费/办公设备购置/小型机/分散自行组织 | 2.00',
      '426 台式计算机（20万以下） | 一、货物A/机要及电子政务业务费/办公设备购置/台式计算机（20万以下）/分散自行组织 | 4.00',
      '428 便携式计算机（20万以下） | 一、货物A/机要及电子政务业务费/办公设备购置/便携式计算机（20万以下）/分散自行组织 | 3.50',
      '430 交换设备 | 一、货物A/机要及电子政务业务费/办公设备购置/交换设备/分散自行组织 | 9.00',
      '432 打印设备（20万以下） | 一、货物A/机要及电子政务业务费/办公设备购置/打印设备（20万以下）/分散自行组织 | 3.00',
      '434 家具用具 | 一、货物A/机要及电子政务业务费/办公设备购置/家具用具/部门集中采购 | 1.00',
      '436 其他办公消耗用品及类似物品 | 一、货物A/机要及电子政务业务费/办公设备购置/其他办公消耗用品及类似物品/分散自行组织 | 4.50',
      '438 办公设备购置 | 一、货物A/办公设备购置费/办公设备购置 | 54.00',
      '440 台式计算机（20万以下） | 一、货物A/办公设备购置费/办公设备购置/台式计算机（20万以下）/分散自行组织 | 12.00',
      '442 便携式计算机（20万以下） | 一、货物A/办公设备购置费/办公设备购置/便携式计算机（20万以下）/分散自行组织 | 6.00',
      '444 打印设备（20万以下） | 一、货物A/办公设备购置费/办公设备购置/打印设备（20万以下）/分散自行组织 | 2.10',
      '446 其他计算机设备及软件 | 一、货物A/办公设备购置费/办公设备购置/其他计算机设备及软件/分散自行组织 | 1.06',
      '448 复印机 | 一、货物A/办公设备购置费/办公设备购置/复印机/分散自行组织 | 6.00',
      '450 其他办公设备 | 一、货物A/办公设备购置费/办公设备购置/其他办公设备/分散自行组织 | 1.50',
      '452 空调机（总预算20万以下） | 一、货物A/办公设备购置费/办公设备购置/空调机（总预算20万以下）/分散自行组织 | 0.90',
      '454 家具用具 | 一、货物A/办公设备购置费/办公设备购置/家具用具/分散自行组织 | 4.00',
      '456 复印纸 | 一、货物A/办公设备购置费/办公设备购置/复印纸/分散自行组织 | 0.80',
      '458 其他办公消耗用品及类似物品 | 一、货物A/办公设备购置费/办公设备购置/其他办公消耗用品及类似物品/分散自行组织 | 19.64',
      '460 三、服务C | 三、服务C | 1338.50',
      '462 会议费 | 三、服务C/商品和服务支出/会议费 | 50.00',
      '464 会议服务 | 三、服务C/商品和服务支出/会议费/会议服务/分散自行组织 | 50.00',
      '466 培训费 | 三、服务C/商品和服务支出/培训费 | 25.00',
      '468 会议服务 | 三、服务C/商品和服务支出/培训费/会议服务/分散自行组织 | 25.00',
      '470 会议费 | 三、服务C/机要及电子政务业务费/会议费 | 11.40',
      '472 会议服务 | 三、服务C/机要及电子政务业务费/会议费/会议服务/分散自行组织 | 11.40',
      '474 培训费 | 三、服务C/机要及电子政务业务费/培训费 | 5.00',
      '476 会议服务 | 三、服务C/机要及电子政务业务费/培训费/会议服务/分散自行组织 | 5.00',
      '478 物业管理费 | 三、服务C/机要及电子政务业务费/物业管理费 | 34.00',
      '480 物业管理服务 | 三、服务C/机要及电子政务业务费/物业管理费/物业管理服务/分散自行组织 | 34.00',
      '482 会议费 | 三、服务C/省委办公厅承办的会议费/会议费 | 872.10',
      '484 会议服务 | 三、服务C/省委办公厅承办的会议费/会议费/会议服务/政府集中采购 | 872.10',
      '486 印刷费 | 三、服务C/文印、机要及办公自动化经费/印刷费 | 152.00',
      '488 印刷和出版服务 | 三、服务C/文印、机要及办公自动化经费/印刷费/印刷和出版服务/政府集中采购 | 152.00',
      '490 物业管理费 | 三、服务C/行政运转保障经费/物业管理费 | 189.00',
      '492 物业管理服务 | 三、服务C/行政运转保障经费/物业管理费/物业管理服务/政府集中采购 | 189.00',
    ])
  })

  it('is refused in the plain rendering, where nothing tells a cell\'s column', () => {
    for (const name of ['jiangsu-renda-bangongting-2017-yusuan.raw.txt', 'jiangsu-shengwei-bangongting-2019-yusuan-biaoge.raw.txt']) {
      const document = readPath(corpus(name))
      expect(procurementOf(document).reconstructed).toBe(false)
      expect(document.diagnostics.find((diagnostic) => diagnostic.message.startsWith('政府采购预算表'))?.message).toContain('no positions tell their columns and levels apart')
    }
  })
})

describe('reconstructRowTree on crafted text', () => {
  const tree = tables.find((table) => table.id === 'budget.procurement')!.rowTree!
  const read = (text: string) => {
    const { lines } = normalizeText(text)
    const indexes = lines.flatMap((line, index) => (line.blank ? [] : [index]))
    return reconstructRowTree(indexes, lines, tree)
  }
  const table = (itemAmount: string) => `采购品目大类     专项名称     经济科目     采购物品名称     采购组织形式     总计
合计                                                                   30.00
一、货物A                                                              12.00
          甲项目经费    办公设备购置                                   12.00
                                       台式计算机       分散自行组织    8.00
                                       其他办公消耗用
                                                        分散自行组织    ${itemAmount}
                                       品及类似物品
三、服务C                                                              18.00
          乙项目经费    会议费                                         18.00
                                       会议服务         政府集中采购   18.00
`

  it('reads the levels by their words and joins a name wrapped around its amount', () => {
    const result = read(table('4.00'))
    expect(result?.ok).toBe(true)
    if (!result?.ok) return
    expect(result.grid.rows.map((row) => [row.index + 1, row.item, Object.values(row.attributes).join('/'), row.cells[0]!.value])).toEqual([
      [2, '合计', '', '30.00'],
      [3, '一、货物A', '一、货物A', '12.00'],
      [4, '办公设备购置', '一、货物A/甲项目经费/办公设备购置', '12.00'],
      [5, '台式计算机', '一、货物A/甲项目经费/办公设备购置/台式计算机/分散自行组织', '8.00'],
      [7, '其他办公消耗用品及类似物品', '一、货物A/甲项目经费/办公设备购置/其他办公消耗用品及类似物品/分散自行组织', '4.00'],
      [9, '三、服务C', '三、服务C', '18.00'],
      [10, '会议费', '三、服务C/乙项目经费/会议费', '18.00'],
      [11, '会议服务', '三、服务C/乙项目经费/会议费/会议服务/政府集中采购', '18.00'],
    ])
  })

  it('refuses the table when a row is not the sum of the rows under it', () => {
    expect(read(table('5.00'))).toEqual({ ok: false, reason: '"甲项目经费 办公设备购置" is not the sum of the rows under it', index: 3 })
  })
})

describe('a 政府采购预算表 of another template', () => {
  const put = placeCells
  const text = [
    '政府采购预算表',
    '单位：万元',
    put([[2, '采购项目'], [20, '采购品目'], [44, '预算金额', 'r']]),
    put([[2, '合计'], [44, '30.00', 'r']]),
    put([[2, '办公设备采购'], [20, '台式计算机'], [44, '20.00', 'r']]),
    put([[2, '会议服务采购'], [20, '会议服务'], [44, '10.00', 'r']]),
  ].join('\n')

  it('is not taken for the tree when its header does not name the tree\'s columns: plain rows with a text column', () => {
    const table = extract(text).tables[0]!
    expect(table.columns.map((column) => `${column.key}:${column.role}`)).toEqual(['采购项目:name', '采购品目:text', '预算金额:amount'])
    expect(table.rows.map((row) => [row.item, row.attributes, row.cells[0]!.value])).toEqual([
      ['合计', {}, '30.00'],
      ['办公设备采购', { 采购品目: '台式计算机' }, '20.00'],
      ['会议服务采购', { 采购品目: '会议服务' }, '10.00'],
    ])
  })
})
