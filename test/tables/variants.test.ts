/**
 * Other departments print the same templates with other data: columns the corpus leaves blank (上级补助收入,
 * 经营支出, 政府性基金预算财政拨款, 政府性基金 小计 …) hold amounts, and the amounts are wider or narrower. Each
 * test writes such amounts into a corpus table (keeping every identity true) and requires the table read with
 * exactly those values under the template's column names.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extract } from '../../src/index.js'
import type { Table } from '../../schemas/index.js'
import { corpus, editedCorpus } from '../helpers.js'

const shanghai = 'shanghai-putuo-caizhengju-2024-juesuan.layout.txt'
const shengwei = 'jiangsu-shengwei-bangongting-2019-yusuan-biaoge.layout.txt'
const renda = 'jiangsu-renda-bangongting-2017-yusuan.layout.txt'

function onlyTable(text: string): Table {
  const tables = extract(text, { source: 'variant.txt' }).tables.filter((table) => table.status === 'data')
  expect(tables).toHaveLength(1)
  return tables[0]!
}
const columnKeys = (table: Table) => table.columns.filter((column) => column.role === 'amount').map((column) => column.key)
/** Rows with at least one amount: "side group code item | values" with blanks as "-". */
const filledRows = (table: Table) =>
  table.rows
    .filter((row) => row.cells.some((cell) => cell.value !== null))
    .map((row) => `${[row.side, row.group, row.code, row.item].filter((part) => part).join(' ')} | ${row.cells.map((cell) => cell.value ?? '-').join(' ')}`)

describe('a 决算 template with amounts in the columns the corpus leaves blank', () => {
  it('收入决算表 with 上级补助收入 and 事业收入', () => {
    const table = onlyTable(editedCorpus(shanghai, 165, 203, [
      [175, 41, '3,096.25'], [175, 68, '100.00'], [175, 61, '50.00'],
      [179, 41, '2,212.86'], [179, 68, '100.00'], [180, 41, '2,212.86'], [180, 68, '100.00'],
      [182, 39, '116.19'], [182, 68, '100.00'],
      [185, 40, '376.72'], [185, 61, '50.00'], [186, 40, '376.72'], [186, 61, '50.00'], [187, 39, '134.65'], [187, 61, '50.00'],
    ]))
    // "事业收" / "入" and "上级补助" / "收入": the second line's 收入 ends a label here, it names no side.
    expect(columnKeys(table)).toEqual(['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'])
    expect(filledRows(table).slice(0, 10)).toEqual([
      '合计 | 3096.25 2940.05 50.00 100.00 - - 6.20',
      '201 一般公共服务支出 | 2212.86 2106.66 - 100.00 - - 6.20',
      '20106 财政事务 | 2212.86 2106.66 - 100.00 - - 6.20',
      '2010601 行政运行 | 1511.90 1511.89 - - - - 0.01',
      '2010602 一般行政管理事务 | 116.19 10.00 - 100.00 - - 6.19',
      '2010607 信息化建设 | 135.25 135.25 - - - - -',
      '2010608 财政委托业务支出 | 449.52 449.52 - - - - -',
      '208 社会保障和就业支出 | 376.72 326.72 50.00 - - - -',
      '20805 行政事业单位养老支出 | 376.72 326.72 50.00 - - - -',
      '2080501 行政单位离退休 | 134.65 84.65 50.00 - - - -',
    ])
  })

  it('支出决算表 with 经营支出: header words over blank columns name none of the read ones', () => {
    const table = onlyTable(editedCorpus(shanghai, 204, 246, [
      [213, 74, '20.00'], [214, 40, '2,960.05'], [217, 74, '20.00'], [218, 40, '2,126.66'],
      [219, 74, '20.00'], [220, 40, '2,126.66'], [223, 39, '30.00'], [223, 74, '20.00'],
    ]))
    // The header line "计 出 出 出" has as many words as columns with amounts, but its second 出 stands over
    // 上缴上级支出, which prints none: the words are not the columns in order.
    expect(columnKeys(table)).toEqual(['本年支出合计', '基本支出', '项目支出', '经营支出'])
    expect(filledRows(table).slice(0, 6)).toEqual([
      '合计 | 2960.05 2336.91 603.14 20.00',
      '201 一般公共服务支出 | 2126.66 1503.52 603.14 20.00',
      '20106 财政事务 | 2126.66 1503.52 603.14 20.00',
      '2010601 行政运行 | 1511.89 1503.52 8.37 -',
      '2010602 一般行政管理事务 | 30.00 - 10.00 20.00',
      '2010607 信息化建设 | 135.25 - 135.25 -',
    ])
  })

  it('收入支出决算总表 with 上级补助收入 and 事业收入', () => {
    const table = onlyTable(editedCorpus(shanghai, 130, 164, [
      [138, 28, '50.00'], [139, 28, '100.00'], [161, 28, '3,096.25'], [163, 49, '205.34'], [164, 28, '3,145.39'], [164, 49, '3,145.39'],
    ]))
    expect(filledRows(table)).toEqual([
      '收入 一、一般公共预算财政拨款收入 | 2940.05',
      '支出 一、一般公共服务支出 | 2106.66',
      '收入 四、上级补助收入 | 50.00',
      '收入 五、事业收入 | 100.00',
      '收入 八、其他收入 | 6.20',
      '支出 八、社会保障和就业支出 | 326.71',
      '支出 九、卫生健康支出 | 60.99',
      '支出 十九、住房保障支出 | 445.69',
      '收入 本年收入合计 | 3096.25',
      '支出 本年支出合计 | 2940.05',
      '收入 年初结转和结余 | 49.14',
      '支出 年末结转和结余 | 205.34',
      '收入 总计 | 3145.39',
      '支出 总计 | 3145.39',
    ])
  })

  it('财政拨款收入支出决算总表 with 政府性基金预算财政拨款: the 国有资本 column’s last header word is not its', () => {
    const table = onlyTable(editedCorpus(shanghai, 247, 303, [
      [260, 23, '30.00'], [275, 48, '30.00'], [275, 76, '30.00'], [295, 23, '2,970.05'], [295, 49, '2,970.05'],
      [296, 76, '30.00'], [303, 23, '2,991.68'], [303, 50, '2,991.68'], [303, 76, '30.00'],
    ]))
    expect(columnKeys(table)).toEqual(['决算数', '合计', '一般公共预算财政拨款', '政府性基金预算财政拨款'])
    expect(filledRows(table)).toEqual([
      '收入 一、一般公共预算财政拨款 | 2940.05',
      '支出 一、一般公共服务支出 | 2106.66 2106.66 -',
      '收入 二、政府性基金预算财政拨款 | 30.00',
      '支出 八、社会保障和就业支出 | 326.71 326.71 -',
      '支出 九、卫生健康支出 | 60.99 60.99 -',
      '支出 十二、农林水支出 | 30.00 - 30.00',
      '支出 十九、住房保障支出 | 445.69 445.69 -',
      '收入 本年收入合计 | 2970.05',
      '支出 本年支出合计 | 2970.05 2940.05 30.00',
      '收入 年初财政拨款结转和结余 | 21.63',
      '支出 年末财政拨款结转和结余 | 21.63 21.63 -',
      '收入 一、一般公共预算财政拨款 | 21.63',
      '收入 总计 | 2991.68',
      '支出 总计 | 2991.68 2961.68 30.00',
    ])
  })

  it('“三公”经费支出决算表 with every 预算数 and 决算数 filled', () => {
    const table = onlyTable(editedCorpus(shanghai, 479, 491, [
      [491, 6, '10.50'], [491, 14, '8.20'], [491, 20, '2.00'], [491, 26, '1.50'], [491, 32, '6.00'], [491, 39, '5.00'],
      [491, 45, '0.00'], [491, 52, '0.00'], [491, 58, '6.00'], [491, 64, '5.00'], [491, 72, '2.50'], [491, 79, '1.70'],
    ]))
    expect(table.rows.map((row) => row.cells.map((cell) => cell.value))).toEqual([
      ['10.50', '8.20', '2.00', '1.50', '6.00', '5.00', '0.00', '0.00', '6.00', '5.00', '2.50', '1.70'],
    ])
  })
})

describe('a 预算 template with amounts in the rows the corpus leaves blank', () => {
  it('收支预算总表 (three groups a line) with 政府性基金, 财政专户, 其他资金 and 上年结转', () => {
    const table = onlyTable(editedCorpus(shengwei, 1, 55, [
      [9, 37, '28,164.22'], [13, 37, '500.00'], [15, 37, '100.00'], [17, 37, '50.00'], [21, 82, '850.00'], [11, 119, '13,875.38'],
      [51, 37, '28,314.22'], [51, 119, '28,514.22'], [53, 37, '200.00'], [55, 37, '28,514.22'], [55, 119, '28,514.22'],
    ]))
    expect(filledRows(table)).toEqual([
      '收入 一、财政拨款 | 28164.22',
      '支出 功能分类 一、一般公共服务支出 | 22395.50',
      '支出 支出用途 一、基本支出 | 11700.63',
      '收入 1.一般公共预算 | 27664.22',
      '支出 支出用途 二、项目支出 | 13875.38',
      '收入 2.政府性基金预算 | 500.00',
      '支出 支出用途 三、单位预留机动经费 | 2938.21',
      '收入 二、财政专户管理资金 | 100.00',
      '收入 三、其他资金 | 50.00',
      '支出 功能分类 七、文化旅游体育与传媒支出 | 850.00',
      '支出 功能分类 八、社会保障和就业支出 | 1374.63',
      '支出 功能分类 十八、住房保障支出 | 3894.09',
      '收入 当年收入小计 | 28314.22',
      '支出 当年支出小计 | 28514.22',
      '收入 上年结转资金 | 200.00',
      '收入 收入合计 | 28514.22',
      '支出 支出合计 | 28514.22',
    ])
  })

  it('收支预算总表 with 结转下年资金: its label under 功能分类, its amount under 支出用途 — one row of the 支出 side', () => {
    const table = onlyTable(editedCorpus(shengwei, 1, 55, [
      [9, 37, '28,164.22'], [13, 37, '500.00'], [15, 37, '100.00'], [17, 37, '50.00'], [21, 82, '750.00'], [11, 119, '13,775.38'],
      [51, 37, '28,314.22'], [51, 119, '28,414.22'], [53, 37, '200.00'], [53, 119, '100.00'], [55, 37, '28,514.22'], [55, 119, '28,514.22'],
    ]))
    expect(filledRows(table).slice(-6)).toEqual([
      '收入 当年收入小计 | 28314.22',
      '支出 当年支出小计 | 28414.22',
      '收入 上年结转资金 | 200.00',
      '支出 结转下年资金 | 100.00',
      '收入 收入合计 | 28514.22',
      '支出 支出合计 | 28514.22',
    ])
  })

  it('收支预算总表 with labels wrapped around their amounts (block by block)', () => {
    const table = onlyTable(editedCorpus(renda, 140, 265, [
      [156, 22, '13,849.07'], [166, 22, '200.00'], [171, 22, '50.00'], [206, 42, '350.00'], [161, 71, '6,203.96'],
      [250, 19, '13,899.07'], [250, 54, '13,999.07'], [255, 22, '100.00'], [260, 26, '13,999.07'], [260, 64, '13,999.07'],
    ]))
    expect(filledRows(table)).toEqual([
      '收入 一、财政拨款 | 13849.07',
      '支出 功能分类 一、一般公共服务支出 | 10528.33',
      '支出 支出用途 一、基本支出 | 7666.68',
      '收入 1.一般公共预算 | 13649.07',
      '支出 支出用途 二、项目支出 | 6203.96',
      '收入 2.政府性基金预算 | 200.00',
      '支出 支出用途 三、单位预留机动经费 | 128.43',
      '收入 二、财政专户管理资金 | 50.00',
      '支出 功能分类 八、社会保障和就业支出 | 1608.51',
      '支出 功能分类 十二、农林水支出 | 350.00',
      '支出 功能分类 十八、住房保障支出 | 1512.23',
      '收入 当年收入小计 | 13899.07',
      '支出 当年支出小计 | 13999.07',
      '收入 上年结转资金 | 100.00',
      '收入 收入合计 | 13999.07',
      '支出 支出合计 | 13999.07',
    ])
  })

  it('收入预算总表 (category beside items) with a category that has only its 小计', () => {
    const table = onlyTable(editedCorpus(shengwei, 56, 91, [
      [61, 46, '28,514.22'], [72, 46, '500.00'], [74, 46, '100.00'], [76, 46, '60.00'], [78, 46, '40.00'],
      [80, 46, '50.00'], [82, 46, '50.00'], [88, 46, '200.00'], [90, 46, '200.00'],
    ]))
    expect(filledRows(table)).toEqual([
      '收入总计 | 28514.22',
      '一般公共预算资金 小计 | 27664.22',
      '一般公共预算资金 公共财政拨款(补助)资金 | 27664.22',
      '政府性基金 小计 | 500.00',
      '财政专户管理资金 小计 | 100.00',
      '财政专户管理资金 专户管理教育收费 | 60.00',
      '财政专户管理资金 其他非税收入 | 40.00',
      '其他资金 小计 | 50.00',
      '其他资金 事业收入 | 50.00',
      '上年结转和结余资金 小计 | 200.00',
      '上年结转和结余资金 其中：动用上年结转和结余资金 | 200.00',
    ])
  })

  it('refuses the same table when one amount breaks its 小计', () => {
    const text = editedCorpus(shengwei, 56, 91, [
      [61, 46, '28,514.22'], [72, 46, '500.00'], [74, 46, '100.00'], [76, 46, '60.00'], [78, 46, '30.00'],
      [80, 46, '50.00'], [82, 46, '50.00'], [88, 46, '200.00'], [90, 46, '200.00'],
    ])
    const table = extract(text, { source: 'variant.txt' }).tables[0]!
    expect([table.status, table.reconstructed, table.rows]).toEqual(['data', false, []])
  })
})

describe('a table continued on a new page, as a longer table of another department would be', () => {
  const lines = readFileSync(corpus(shanghai), 'utf8').split('\n')
  // 收入决算表: lines 165–203; its header lines 168–173; the page ends after line 187 (2080501).
  const [before, after] = [lines.slice(164, 187), lines.slice(187, 203)]
  const header = lines.slice(167, 173)
  const values = (text: string) => onlyTable(text).rows.map((row) => [row.code, row.item, ...row.cells.map((cell) => cell.value)])
  const whole = values(lines.slice(164, 203).join('\n'))
  const shifted = (line: string) => (line.trim() === '' ? line : `    ${line}`)

  it('reads the same rows when the page ends with its number and the next page repeats the header four columns to the right', () => {
    const text = [...before, '', '                                      12', `\f${shifted(header[0]!)}`, ...header.slice(1).map(shifted), ...after.map(shifted)].join('\n')
    expect(whole).toHaveLength(20)
    expect(values(text)).toEqual(whole)
  })

  it('reads the same rows when the next page prints the title again with （续） and "第 12 页" ends the page', () => {
    const text = [...before, '', '                                      第 12 页', '\f                 收入决算表（续）', '', ...header, ...after].join('\n')
    expect(values(text)).toEqual(whole)
  })
})

describe('a label wrapped onto a second line with the row’s amounts beside that line', () => {
  it('a numbered 支出 label ("七、文化旅游体育与传媒支" / "出  50.00") keeps its amounts and its whole name', () => {
    const table = onlyTable(editedCorpus(shanghai, 247, 303, [
      [270, 48, '50.00'], [270, 65, '50.00'], [258, 23, '2,990.05'], [295, 23, '2,990.05'], [295, 49, '2,990.05'],
      [296, 61, '2,990.05'], [303, 23, '3,011.68'], [303, 50, '3,011.68'], [303, 63, '3,011.68'],
    ]))
    expect(filledRows(table).slice(0, 4)).toEqual([
      '收入 一、一般公共预算财政拨款 | 2990.05',
      '支出 一、一般公共服务支出 | 2106.66 2106.66',
      '支出 七、文化旅游体育与传媒支出 | 50.00 50.00',
      '支出 八、社会保障和就业支出 | 326.71 326.71',
    ])
    expect(table.rows.find((row) => row.item === '七、文化旅游体育与传媒支出')?.line).toBe(23)
  })

  it('a 收入 label whose second line comes after a line of the 支出 side ("二、政府性基金预算财政拨" / "二、外交支出" / "款  30.00")', () => {
    const table = onlyTable(editedCorpus(shanghai, 247, 303, [
      [262, 23, '30.00'], [275, 48, '30.00'], [275, 76, '30.00'], [295, 23, '2,970.05'], [295, 49, '2,970.05'],
      [296, 76, '30.00'], [303, 23, '2,991.68'], [303, 50, '2,991.68'], [303, 76, '30.00'],
    ]))
    expect(filledRows(table).slice(0, 3)).toEqual([
      '收入 一、一般公共预算财政拨款 | 2940.05',
      '支出 一、一般公共服务支出 | 2106.66 2106.66 -',
      '收入 二、政府性基金预算财政拨款 | 30.00',
    ])
    expect(table.rows.find((row) => row.item === '二、政府性基金预算财政拨款')?.cells[0]?.line).toBe(16)
  })

  it('a 科目 row printed with its code and the first part of its name, the amounts beside the rest', () => {
    const lines = readFileSync(corpus(shanghai), 'utf8').split('\n').slice(164, 203)
    const at = lines.findIndex((line) => line.startsWith('208   05   05'))
    // "208 05 05 | 160.75 160.75" with the name on the two lines below becomes code and name, then the rest and the amounts.
    lines.splice(at, 3, '208   05   05   机关事业单位基本养老保险缴', '                费支出           160.75       160.75')
    const table = onlyTable(lines.join('\n'))
    expect(filledRows(table).slice(7, 11)).toEqual([
      '208 社会保障和就业支出 | 326.72 326.72 - - - - -',
      '20805 行政事业单位养老支出 | 326.72 326.72 - - - - -',
      '2080501 行政单位离退休 | 84.65 84.65 - - - - -',
      '2080505 机关事业单位基本养老保险缴费支出 | 160.75 160.75 - - - - -',
    ])
    expect(table.rows.filter((row) => row.code === null).map((row) => row.item)).toEqual(['合计'])
  })
})

describe('tables of other readers continued on a new page that prints the header again', () => {
  /** Lines from–to of a corpus file with a page ending in its number before line `at`, the header lines repeated. */
  const broken = (name: string, from: number, to: number, headerFrom: number, headerTo: number, at: number) => {
    const lines = readFileSync(corpus(name), 'utf8').split('\n')
    const header = lines.slice(headerFrom - 1, headerTo)
    return [...lines.slice(from - 1, at - 1), '', '                                   12', `\f${header[0]}`, ...header.slice(1), '', ...lines.slice(at - 1, to)].join('\n')
  }
  const rows = (table: Table) => table.rows.map((row) => [row.group, row.code, row.item, JSON.stringify(row.attributes), ...row.cells.map((cell) => cell.value)])
  const whole = (name: string, from: number, to: number) => onlyTable(readFileSync(corpus(name), 'utf8').split('\n').slice(from - 1, to).join('\n'))

  it('经济分类 groups side by side (基本支出决算表): the header words do not end the names above them', () => {
    const table = onlyTable(broken(shanghai, 332, 478, 335, 339, 376))
    expect(table.rows).toHaveLength(66)
    expect(rows(table)).toEqual(rows(whole(shanghai, 332, 478)))
    expect(table.rows.find((row) => row.code === '30110')?.item).toBe('职工基本医疗保险缴费')
  })

  it('政府采购预算表 (rows nested by their text columns) is read as a tree still', () => {
    const table = onlyTable(broken(shengwei, 410, 493, 413, 414, 448))
    expect(table.rows).toHaveLength(39)
    expect(rows(table)).toEqual(rows(whole(shengwei, 410, 493)))
  })
})

describe('a table of the procurement tree template whose rows do not add up', () => {
  it('is refused with the row that breaks the tree, not read as flat rows (whose wrapped texts would go to the wrong rows)', () => {
    // 复印机 6.00 printed as 7.00: 办公设备购置费 54.00 is no longer the sum of its items.
    const document = extract(editedCorpus(shengwei, 410, 493, [[448, 73, '7.00']]), { source: 'variant.txt' })
    const table = document.tables[0]!
    expect([table.status, table.reconstructed, table.rows.length]).toEqual(['data', false, 0])
    expect(document.diagnostics.map((diagnostic) => diagnostic.message)).toContain(
      '政府采购预算表: rows nested by their text columns not read ("办公设备购置费 办公设备购置" is not the sum of the rows under it); its cells are left out rather than guessed',
    )
  })
})

describe('收入预算总表 of the 2017 template (labels scattered round the amounts) with more amounts', () => {
  const edits: Array<[number, number, string]> = [[274, 59, '13,799.07'], [292, 59, '50.00'], [294, 59, '30.00'], [295, 59, '20.00'], [305, 59, '100.00']]

  it('reads 财政专户管理资金 and 债务资金 with the amounts beside them', () => {
    const table = onlyTable(editedCorpus(renda, 266, 313, edits))
    expect(filledRows(table)).toEqual([
      '收入总计 | 13799.07',
      '一般公共预算资金 小计 | 13649.07',
      '一般公共预算资金 公共财政拨款(补助)资金 | 13649.07',
      '财政专户管理资金 小计 | 50.00',
      '财政专户管理资金 专户管理教育收费 | 30.00',
      '财政专户管理资金 其他非税收入 | 20.00',
      '债务资金(银行贷款) | 100.00',
    ])
  })

  it('refuses it when a 小计 is not the sum of its items, saying which', () => {
    const document = extract(editedCorpus(renda, 266, 313, [...edits.slice(0, 2), [294, 59, '35.00'], ...edits.slice(3)]), { source: 'variant.txt' })
    expect(document.tables[0]!.reconstructed).toBe(false)
    expect(document.diagnostics.map((diagnostic) => diagnostic.message).join('\n')).toContain('the 小计 of "财政专户管理资金" is not the sum of its items')
  })
})

describe('a 经济分类 name too long for the 2017 template’s column, printed round its code', () => {
  it('is read when the classification names the code whole: "机关事业单位基" / "30108 … 785.06" / "本养老保险缴费"', () => {
    const lines = readFileSync(corpus(renda), 'utf8').split('\n').slice(418, 530)
    const at = lines.findIndex((line) => line.startsWith('30107'))
    lines.splice(at + 1, 0, '', '', '         机关事业单位基', '30108               785.06', '         本养老保险缴费', '')
    const text = lines.join('\n').replace('7,666.68', '8,451.74').replace('2,928.98', '3,714.04')
    const table = onlyTable(text)
    expect(filledRows(table).slice(0, 8)).toEqual([
      '合计 | 8451.74',
      '301 工资福利支出 | 3714.04',
      '30101 基本工资 | 1015.15',
      '30102 津贴补贴 | 1822.05',
      '30103 奖金 | 83.60',
      '30107 绩效工资 | 8.18',
      '30108 机关事业单位基本养老保险缴费 | 785.06',
      '302 商品和服务支出 | 1585.96',
    ])
  })
})

describe('a 经济分类 name in three lines centred on its code line', () => {
  it('gives the first line to its own row, not to the end of the row above ("机关事业单" / "30108 位基本养老 785.06" / "保险缴费")', () => {
    const lines = readFileSync(corpus(renda), 'utf8').split('\n').slice(418, 530)
    const at = lines.findIndex((line) => line.startsWith('30107'))
    lines.splice(at + 1, 0, '', '', '         机关事业单', '30108    位基本养老     785.06', '         保险缴费', '')
    const table = onlyTable(lines.join('\n').replace('7,666.68', '8,451.74').replace('2,928.98', '3,714.04'))
    expect(filledRows(table).slice(5, 7)).toEqual(['30107 绩效工资 | 8.18', '30108 机关事业单位基本养老保险缴费 | 785.06'])
  })
})

describe('a table printed with its grid and no amount, without a statement', () => {
  const lines = readFileSync(corpus(shengwei), 'utf8').split('\n')
  it('is empty (its 合计 row printed blank), not missing — missing is a title alone', () => {
    // 财政拨款政府性基金支出预算表 without its note "注：本部门无相关收支项目".
    const grid = extract(lines.slice(359, 370).join('\n')).tables[0]!
    expect([grid.status, grid.statement, grid.rows]).toEqual(['empty', null, []])
    const titleAlone = extract([lines[359], lines[360]].join('\n')).tables[0]!
    expect(titleAlone.status).toBe('missing')
  })
})
