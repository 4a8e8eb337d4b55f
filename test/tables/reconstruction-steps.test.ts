import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { extract } from '../../src/index.js'
import { cellRecordFields, toCellRecords } from '../../src/export/cell-records.js'
import { toCsv } from '../../src/export/csv.js'
import { headerPaths } from '../../src/tables/header-tree.js'
import { parseAmount } from '../../src/tables/parse-amount.js'
import { parentCode, readCode } from '../../src/tables/read-code.js'
import { splitTabCells } from '../../src/tables/split-cells.js'
import { corpus, placeCells, readSeed, root, seeds } from '../helpers.js'
import { normalizeText } from '../../src/ingest/normalize.js'
import { reconstructRowTemplate } from '../../src/tables/reconstruct-row-template.js'
import type { RowTemplateEntry } from '../../grammars/types.js'
import type { Table } from '../../schemas/index.js'

describe('parseAmount', () => {
  it('joins 704 .60, 0. 00 and 1. 36 split by stray spaces', () => {
    expect([parseAmount('704 .60').value, parseAmount('0. 00').value, parseAmount('1. 36').value]).toEqual(['704.60', '0.00', '1.36'])
  })

  it('removes thousands separators and keeps the printed decimals exactly', () => {
    expect(parseAmount('7,991.81')).toMatchObject({ value: '7991.81', decimals: 2, damaged: null })
    expect(parseAmount('550')).toMatchObject({ value: '550', decimals: 0 })
    expect(parseAmount('0.00').value).toBe('0.00')
  })

  it('reads a blank cell as null, never zero, and a dash as a printed zero', () => {
    expect(parseAmount('')).toMatchObject({ value: null, damaged: null })
    expect(parseAmount('  ')).toMatchObject({ value: null, damaged: null })
    expect(parseAmount('-')).toMatchObject({ value: '0', printed: '-' })
  })

  it('marks cells that cannot be whole values as damaged: 2,16  5,53  637.', () => {
    for (const text of ['2,16', '5,53', '637.', '12,34,5']) expect(parseAmount(text)).toMatchObject({ value: null, damaged: text })
  })

  it('reads percentages with their unit', () => {
    expect(parseAmount('34%')).toMatchObject({ value: '34', unit: '%' })
  })
})

describe('readCode', () => {
  it('joins a code split by a space: 32000 1 → 320001', () => {
    expect(readCode('32000 1', null)).toEqual({ value: '320001', printed: '320001', damaged: null })
  })

  it('marks a code of the wrong length for its classification', () => {
    expect(readCode('3010', [3, 5])).toEqual({ value: null, printed: '3010', damaged: '3010' })
    expect(readCode('2060701', [3, 5, 7]).value).toBe('2060701')
  })

  it('gives the parent code: 项 → 款 → 类', () => {
    expect([parentCode('2060701'), parentCode('20607'), parentCode('206')]).toEqual(['20607', '206', null])
  })
})

describe('splitTabCells and headerPaths', () => {
  it('keeps empty cells between tabs and where each cell starts', () => {
    expect(splitTabCells('⇥合计⇥704.60'.replace(/⇥/g, '\t'))).toEqual([
      { text: '', start: 0 },
      { text: '合计', start: 1 },
      { text: '704.60', start: 4 },
    ])
  })

  it('builds one path per column from a two-row header, spreading a label over the columns under it', () => {
    const rows = [
      ['科目编码', '科目名称', '合计', '基本支出', '', '', '项目支出'],
      ['', '', '', '小 计', '人员经费', '公用经费', ''],
    ]
    expect(headerPaths(rows, 7).map((path) => path.join('/'))).toEqual(['科目编码', '科目名称', '合计', '基本支出/小计', '基本支出/人员经费', '基本支出/公用经费', '项目支出'])
  })

  it('puts group labels printed a column off back over the groups their row below repeats', () => {
    const rows = [
      ['预算数', '', '', '决算数', '', ''],
      ['合计', '出国', '接待', '合计', '出国', '接待'],
    ]
    const shifted = [
      ['预算数', '', '决算数', '', '', ''],
      ['合计', '出国', '接待', '合计', '出国', '接待'],
    ]
    const expected = ['预算数/合计', '预算数/出国', '预算数/接待', '决算数/合计', '决算数/出国', '决算数/接待']
    expect(headerPaths(rows, 6).map((path) => path.join('/'))).toEqual(expected)
    expect(headerPaths(shifted, 6).map((path) => path.join('/'))).toEqual(expected)
  })
})

describe('reading a tab-separated table', () => {
  const table = (rows: string[]) => extract(['2023 年度支出决算表', '单位：万元', ...rows.map((row) => row.replace(/⇥/g, '\t'))].join('\n')).tables[0]!

  it('never reads 栏次 or 行次 as amounts', () => {
    const read = extract(
      ['收入支出决算总表', '收入⇥⇥⇥支出⇥⇥', '项目⇥行次⇥金额⇥项目⇥行次⇥金额', '栏次⇥⇥1⇥栏次⇥⇥2', '一、财政拨款收入⇥1⇥10.00⇥一、一般公共服务支出⇥32⇥10.00', '总计⇥31⇥10.00⇥总计⇥62⇥10.00']
        .map((row) => row.replace(/⇥/g, '\t'))
        .join('\n'),
    ).tables[0]!
    expect(read.rows.map((row) => [row.side, row.rowNumber, row.item, row.cells.map((cell) => cell.value)])).toEqual([
      ['收入', '1', '一、财政拨款收入', ['10.00']],
      ['支出', '32', '一、一般公共服务支出', ['10.00']],
      ['收入', '31', '总计', ['10.00']],
      ['支出', '62', '总计', ['10.00']],
    ])
  })

  it('marks values cut at the column edge, and keeps short values whose trailing zero was dropped', () => {
    const read = table([
      '科目代码⇥科目名称⇥本年支出合计⇥基本支出',
      '⇥合计⇥1,234.56⇥1,021',
      '208⇥社会保障和就业支出⇥478.69⇥478.6',
      '210⇥卫生健康支出⇥16.08⇥16.08',
      '221⇥住房保障支出⇥20.10⇥20.1',
    ])
    expect(read.rows.map((row) => row.cells.map((cell) => [cell.value, cell.damaged]))).toEqual([
      [['1234.56', null], [null, '1,021']],
      // The audit restores "478.6" from the row's own total (its only part); "1,021" cannot begin 1234.56 and stays unread.
      [['478.69', null], ['478.69', '478.6']],
      [['16.08', null], ['16.08', null]],
      [['20.10', null], ['20.1', null]],
    ])
  })

  it('marks a 项 code cut to its 款 code', () => {
    const read = table(['科目代码⇥科目名称⇥合计', '201⇥一般公共服务支出⇥17.69', '20136⇥其他共产党事务支出⇥17.69', '20136⇥一般行政管理事务⇥2.85'])
    // Marked, then restored by the audit: one 项 under 20136 is named 一般行政管理事务.
    expect(read.rows.map((row) => [row.code, row.codeDamaged, row.parentCode, row.repair !== null])).toEqual([
      ['201', null, null, false],
      ['20136', null, '201', false],
      ['2013602', '20136', '20136', true],
    ])
  })

  it('keeps values printed beyond the header in a column named by its position, never dropping them', () => {
    const document = extract(['支出决算表', '科目代码⇥科目名称⇥合计', '201⇥一般公共服务支出⇥17.69⇥5.00'].map((row) => row.replace(/⇥/g, '\t')).join('\n'))
    const [table] = document.tables
    expect(table!.columns.map((column) => column.key)).toEqual(['科目代码', '科目名称', '合计', '(第4列)'])
    expect(table!.rows[0]!.cells.map((cell) => [cell.column, cell.value])).toEqual([
      ['合计', '17.69'],
      ['(第4列)', '5.00'],
    ])
  })
})

describe('cell export', () => {
  const document = readSeed('002')

  it('gives one record per cell with exactly the documented fields', () => {
    const records = toCellRecords(document)
    expect(Object.keys(records[0]!)).toEqual([...cellRecordFields])
    expect(records.find((record) => record.table === '支出决算表' && record.code === '2060101' && record.column === '基本支出')).toEqual({
      source: 'seeds/002_0ec3931ecbe387d8.txt',
      department: '武汉市武昌区科学技术和经济信息化局',
      year: 2023,
      kind: '决算',
      table: '支出决算表',
      tableNumber: '公开 03 表',
      side: null,
      code: '2060101',
      item: '行政运行',
      column: '基本支出',
      value: '478.69',
      unit: '万元',
      line: 202,
      damaged: '478.6',
      repair: document.repairs.find((repair) => repair.line === 202 && repair.column === '基本支出')!.id,
    })
  })

  it('converts to 元 exactly', () => {
    const records = toCellRecords(document, '元')
    const total = records.find((record) => record.table === '收入决算表' && record.item === '合计' && record.column === '本年收入合计')
    expect([total?.value, total?.unit]).toEqual(['79918100', '元'])
  })

  it('round-trips through a standard CSV parser', () => {
    const records = toCellRecords(document)
    const parsed = parse(toCsv(cellRecordFields, records), { columns: true }) as Record<string, string>[]
    expect(parsed).toHaveLength(records.length)
    parsed.forEach((row, index) => {
      const record = records[index]!
      for (const field of cellRecordFields) expect(row[field]).toBe(record[field] === null ? '' : String(record[field]))
    })
  })

  it('quotes fields holding commas, quotes and line breaks', () => {
    expect(toCsv(['a', 'b'], [{ a: '7,991.81', b: 'say "hi"\nthere' }])).toBe('a,b\r\n"7,991.81","say ""hi""\nthere"\r\n')
  })
})

describe('header rows printed again after a page break', () => {
  // Insert a copy of lines [from, to] (1-based) before line `at`, as the next page would print them.
  const repeatHeader = (path: string, from: number, to: number, at: number) => {
    const lines = readFileSync(path, 'utf8').split('\n')
    const copy = lines.slice(from - 1, to)
    copy[0] = `\f${copy[0]}`
    return [...lines.slice(0, at - 1), ...copy, ...lines.slice(at - 1)].join('\n')
  }
  const rowsOf = (text: string, id: string) =>
    extract(text).tables.find((table) => table.id === id)!.rows.map((row) => `${row.code ?? row.item} ${row.cells.map((cell) => cell.value ?? '-').join(' ')}`)

  it('are skipped in a tab-separated table (002 支出决算表: 项目 / 科目代码 / 栏次 again before 206)', () => {
    const path = `${root}${seeds['002']}`
    const original = rowsOf(readFileSync(path, 'utf8'), 'final.expenditure')
    const repeated = rowsOf(repeatHeader(path, 189, 191, 200), 'final.expenditure')
    expect(repeated).toEqual(original)
    expect(repeated).toHaveLength(42)
  })

  it('are skipped in a space-aligned table (Jiangsu 财政拨款支出预算表: the 功能科目编码 line again)', () => {
    const path = corpus('jiangsu-shengwei-bangongting-2019-yusuan-biaoge.layout.txt')
    const original = rowsOf(readFileSync(path, 'utf8'), 'budget.fiscalExpenditure')
    const repeated = rowsOf(repeatHeader(path, 122, 122, 130), 'budget.fiscalExpenditure')
    expect(repeated).toEqual(original)
    expect(repeated[2]).toBe('20131 22395.50')
  })

  it('are skipped in a table printed one cell per line (Jiangsu 财政拨款支出预算表, plain: 代码 / 名称 again before 2010104)', () => {
    const path = corpus('jiangsu-renda-bangongting-2017-yusuan.raw.txt')
    const original = rowsOf(readFileSync(path, 'utf8'), 'budget.fiscalExpenditure')
    const repeated = rowsOf(repeatHeader(path, 363, 367, 399), 'budget.fiscalExpenditure')
    expect(repeated).toEqual(original)
    expect(repeated).toHaveLength(19)
  })
})

describe('a table continued on the next page under its title marked 续', () => {
  const lines = readFileSync(`${root}${seeds['002']}`, 'utf8').split('\n')
  const original = extract(lines.join('\n')).tables.find((table) => table.id === 'final.expenditure')!

  it.each(['2023 年度支出决算表（续）', '支出决算表(续表)', '续表', '公开 03 表（续）'])('stays one table: %s', (title) => {
    const continued = [...lines.slice(0, 199), `\f${title}`, '', ...lines.slice(188, 191), ...lines.slice(199)].join('\n')
    const tables = extract(continued).tables.filter((table) => table.id === 'final.expenditure')
    expect(tables).toHaveLength(1)
    expect(tables[0]!.rows.map((row) => [row.code, row.cells.map((cell) => cell.value)])).toEqual(original.rows.map((row) => [row.code, row.cells.map((cell) => cell.value)]))
  })
})


describe('reconstructRowTemplate', () => {
  const template: RowTemplateEntry[] = [
    { label: '收入总计' },
    { category: '甲类资金', items: ['小计', '甲项收入', '乙项收入'] },
    { label: '丙项收入' },
  ]
  const read = (text: string[]) => {
    const { lines } = normalizeText(text.join('\n'))
    return reconstructRowTemplate(lines.flatMap((line, index) => (line.blank ? [] : [index])), lines, [template])
  }
  const header = placeCells([[10, '项目名称'], [40, '金额']])

  it('matches fragments to the template’s labels in order and gives an amount alone on its line to the item wrapped round it', () => {
    const result = read([
      header,
      placeCells([[12, '收入总计'], [44, '10.00', 'r']]),
      placeCells([[20, '小计'], [44, '8.00', 'r']]),
      placeCells([[2, '甲类'], [16, '甲项']]),
      placeCells([[44, '8.00', 'r']]),
      placeCells([[2, '资金'], [16, '收入']]),
      placeCells([[16, '乙项收入']]),
      placeCells([[10, '丙项收入'], [44, '2.00', 'r']]),
    ])
    expect(result?.ok && result.grid.rows.map((row) => [row.index, row.group, row.item, row.cells[0]!.value])).toEqual([
      [1, null, '收入总计', '10.00'],
      [2, '甲类资金', '小计', '8.00'],
      [3, '甲类资金', '甲项收入', '8.00'],
      [6, '甲类资金', '乙项收入', null],
      [7, null, '丙项收入', '2.00'],
    ])
  })

  it('steps aside for a label the template lacks, and refuses a total that does not add up', () => {
    expect(read([header, placeCells([[12, '收入总计'], [44, '10.00', 'r']]), placeCells([[12, '其他'], [44, '10.00', 'r']])])).toBeNull()
    const result = read([
      header,
      placeCells([[12, '收入总计'], [44, '11.00', 'r']]),
      placeCells([[2, '甲类资金'], [20, '小计'], [44, '8.00', 'r']]),
      placeCells([[16, '甲项收入'], [44, '8.00', 'r']]),
      placeCells([[16, '乙项收入']]),
      placeCells([[10, '丙项收入'], [44, '2.00', 'r']]),
    ])
    expect(result).toMatchObject({ ok: false, reason: '"收入总计" is not the sum of the 小计 and the rows of their own' })
  })
})

describe('tab rows under a header whose "项目" spans the code and name columns', () => {
  it('takes the column of codes for the codes and the one beside it for the names', () => {
    const text = [
      '政府性基金预算财政拨款收入支出决算表',
      '单位：万元',
      ['项目', '', '年初结转和结余', '本年收入', '本年支出'].join('\t'),
      ['', '合计', '10.00', '120.50', '115.30'].join('\t'),
      ['212', '某某支出', '10.00', '120.50', '115.30'].join('\t'),
      ['21208', '某某安排的支出', '10.00', '120.50', '115.30'].join('\t'),
    ].join('\n')
    const table = extract(text).tables[0]!
    expect(table.rows.map((row) => [row.code, row.item, row.cells.map((cell) => cell.value).join(' ')])).toEqual([
      [null, '合计', '10.00 120.50 115.30'],
      ['212', '某某支出', '10.00 120.50 115.30'],
      ['21208', '某某安排的支出', '10.00 120.50 115.30'],
    ])
  })
})

describe('tab rows with the code printed in 类 / 款 / 项 columns', () => {
  const table = (header: string[][], rows: string[][]) =>
    extract(['收入决算表', '单位：万元', ...header.map((cells) => cells.join('\t')), ...rows.map((cells) => cells.join('\t'))].join('\n')).tables[0]!
  const rows = [
    ['合计', '', '', '', '120.50', '110.50', '10.00'],
    ['201', '', '', '一般公共服务支出', '100.00', '90.00', '10.00'],
    ['201', '26', '', '档案事务', '100.00', '90.00', '10.00'],
    ['201', '26', '01', '行政运行', '80.00', '70.00', '10.00'],
    ['201', '26', '4', '档案馆', '20.00', '20.00', ''],
  ]
  const read = (header: string[][]) =>
    table(header, rows).rows.map((row) => [row.code, row.codeDamaged, row.parentCode, row.item, row.cells.map((cell) => `${cell.column}=${cell.value}`).join(' ')])
  const expected = [
    [null, null, null, '合计', '本年收入合计=120.50 财政拨款收入=110.50 其他收入=10.00'],
    ['201', null, null, '一般公共服务支出', '本年收入合计=100.00 财政拨款收入=90.00 其他收入=10.00'],
    ['20126', null, '201', '档案事务', '本年收入合计=100.00 财政拨款收入=90.00 其他收入=10.00'],
    ['2012601', null, '20126', '行政运行', '本年收入合计=80.00 财政拨款收入=70.00 其他收入=10.00'],
    // a part of the wrong width is a damaged code, never a number of its own
    [null, '201 26 4', null, '档案馆', '本年收入合计=20.00 财政拨款收入=20.00 其他收入=null'],
  ]

  it('joins the parts into one code under headers 类 / 款 / 项', () => {
    expect(read([['项目', '', '', '', '本年收入合计', '财政拨款收入', '其他收入'], ['科目编码', '', '', '科目名称', '', '', ''], ['类', '款', '项', '', '', '', '']])).toEqual(expected)
  })

  it('joins them under a 科目编码 header spanning the three columns', () => {
    expect(read([['科目编码', '', '', '科目名称', '本年收入合计', '财政拨款收入', '其他收入']])).toEqual(expected)
  })
})

/** The rows of the small two-sided summary below, each side on its own row: line, side, label, column=value. */
const sides = (table: Table) => table.rows.map((row) => [row.line, row.side, row.item, row.cells.map((cell) => `${cell.column}=${cell.value}`).join(' ')])
const twoSidedRows = [
  [4, '收入', '一、一般公共预算拨款收入', '预算数=100.00'],
  [4, '支出', '一、一般公共服务支出', '预算数=80.00'],
  [5, '收入', '二、政府性基金预算拨款收入', '预算数=null'],
  [5, '支出', '二、住房保障支出', '预算数=20.00'],
  [6, '收入', '收入总计', '预算数=100.00'],
  [6, '支出', '支出总计', '预算数=100.00'],
]

describe('a two-sided summary whose header names its sides "收入项目" / "本年收入", or not at all', () => {
  it.each([
    ['收入项目', '支出项目'],
    ['本年收入', '本年支出'],
    ['项目', '项目'],
  ])('%s … %s: puts each amount on its side, in tab rows (they had all gone to the 收入 row)', (income, expenditure) => {
    const text = [
      '部门收支总表',
      '单位：万元',
      [income, '预算数', expenditure, '预算数'].join('\t'),
      ['一、一般公共预算拨款收入', '100.00', '一、一般公共服务支出', '80.00'].join('\t'),
      ['二、政府性基金预算拨款收入', '', '二、住房保障支出', '20.00'].join('\t'),
      ['收入总计', '100.00', '支出总计', '100.00'].join('\t'),
    ].join('\n')
    expect(sides(extract(text).tables[0]!)).toEqual(twoSidedRows)
  })
})

describe('a tab cell the converter broke over two lines', () => {
  const read = (rows: string[][]) =>
    extract(['一般公共预算支出表', '单位：万元', ['科目编码', '科目名称', '合计', '基本支出', '项目支出'], ...rows].map((cells) => (Array.isArray(cells) ? cells.join('\t') : cells)).join('\n'))
      .tables[0]!.rows.map((row) => [row.line, row.code, row.item, row.cells.map((cell) => cell.value ?? '-').join(' ')])

  it('is one row with the name whole, on the line of its amounts', () => {
    expect(
      read([
        ['', '合计', '160.75', '120.00', '40.75'],
        ['2080505', '机关事业单位基本养老保险缴'],
        ['费支出', '160.75', '120.00', '40.75'],
      ]),
    ).toEqual([
      [4, null, '合计', '160.75 120.00 40.75'],
      [6, '2080505', '机关事业单位基本养老保险缴费支出', '160.75 120.00 40.75'],
    ])
  })

  it('is never read with its amounts one column to the left', () => {
    // The line before holds an amount: nothing to join, and the shifted line is refused, not read as 合计 = 120.00.
    const rows = read([
      ['', '合计', '160.75', '120.00', '40.75'],
      ['费支出', '160.75', '120.00', '40.75'],
    ])
    expect(rows[1]).toEqual([5, null, '费支出', '- - -'])
  })
})

describe('codes printed inside the label cell', () => {
  const read = (labels: string[]) =>
    extract(['一般公共预算支出表', '单位：万元', '项目\t合计', '合计\t260.75', ...labels.map((label) => `${label}\t260.75`)].join('\n'))
      .tables[0]!.rows.map((row) => [row.code, row.parentCode, row.item])

  it('go to the row code, bracketed or not, when the table bears them out', () => {
    expect(read(['[208]社会保障和就业支出', '  [20805]行政事业单位养老支出', '    2080505 机关事业单位基本养老保险缴费支出'])).toEqual([
      [null, null, '合计'],
      ['208', null, '社会保障和就业支出'],
      ['20805', '208', '行政事业单位养老支出'],
      ['2080505', '20805', '机关事业单位基本养老保险缴费支出'],
    ])
  })

  it('stay in the label when they are no codes of the classification', () => {
    // 110 is no 类, and 11001 has no parent among the labels: project names, not codes.
    expect(read(['110千伏变电站改造', '11001号楼维修'])).toEqual([
      [null, null, '合计'],
      [null, null, '110千伏变电站改造'],
      [null, null, '11001号楼维修'],
    ])
  })
})

describe('a tab row that lost a cell', () => {
  // Seed 002's 支出决算表 prints every row whole, empty cells at the end included ("17.69 | | 17.69 | | |").
  // A row that lost one of its empty cells would put 项目支出's 17.69 under 基本支出: it is refused instead.
  it('is not read, where the converter prints every row whole', () => {
    const lines = readFileSync(`${root}${seeds['002']}`, 'utf8').split('\n')
    expect(lines[192]).toBe('201\t一般公共服务支出\t17.69\t\t17.69\t\t\t')
    lines[192] = '201\t一般公共服务支出\t17.69\t17.69\t\t\t'
    const document = extract(lines.join('\n'), { source: 'lost tab' })
    const table = document.tables.find((candidate) => candidate.id === 'final.expenditure')!
    const row = (line: number) => table.rows.find((candidate) => candidate.line === line)!
    expect(row(193).cells.map((cell) => [cell.value, cell.damaged])).toEqual([
      [null, '17.69'],
      [null, '17.69'],
    ])
    expect(row(194).cells.slice(0, 3).map((cell) => cell.value)).toEqual(['17.69', null, '17.69'])
    expect(document.diagnostics.find((diagnostic) => diagnostic.line === 193)?.message).toBe(
      "支出决算表: row has 7 cells where the table's rows have 8: a cell was lost, so its amounts are not read",
    )
  })
})

describe('a space-aligned two-sided summary whose header names no side', () => {
  it('is read on the two sides of the table the grammar knows to be two-sided', () => {
    const text = [
      '部门收支总表',
      placeCells([[60, '单位：万元']]),
      placeCells([[5, '项目'], [34, '预算数', 'r'], [42, '项目'], [72, '预算数', 'r']]),
      placeCells([[0, '一、一般公共预算拨款收入'], [34, '100.00', 'r'], [38, '一、一般公共服务支出'], [72, '80.00', 'r']]),
      placeCells([[0, '二、政府性基金预算拨款收入'], [38, '二、住房保障支出'], [72, '20.00', 'r']]),
      placeCells([[0, '收入总计'], [34, '100.00', 'r'], [38, '支出总计'], [72, '100.00', 'r']]),
    ].join('\n')
    expect(sides(extract(text).tables[0]!)).toEqual(twoSidedRows)
  })
})

describe('a column of rates', () => {
  it('holds percentages, never money in the table unit', () => {
    const text = ['一般公共预算财政拨款支出决算表', '单位：万元', ['科目编码', '科目名称', '年初预算数', '决算数', '完成率（%）'].join('\t'), ['201', '一般公共服务支出', '100.00', '98.00', '98.00'].join('\t')].join('\n')
    const table = extract(text).tables[0]!
    expect(table.rows[0]!.cells.map((cell) => [cell.column, cell.value, cell.unit])).toEqual([
      ['年初预算数', '100.00', '万元'],
      ['决算数', '98.00', '万元'],
      ['完成率（%）', '98.00', '%'],
    ])
  })
})

describe('seed 002 with one row line lost', () => {
  const without = (line: number) => {
    const lines = readFileSync(`${root}${seeds['002']}`, 'utf8').split('\n')
    lines[line - 1] = ''
    return extract(lines.join('\n'), { source: 'line lost' })
  }

  it('keeps 行次 out of the amounts when the rows after the header print no decimals', () => {
    // Line 89 is the summary's only row with decimals on both sides before "六、" (5,531.05): without it, the
    // numbered rows under the header were taken for header rows, and their 行次 read as amounts.
    const table = without(89).tables[0]!
    expect(table.columns.filter((column) => column.role === 'amount').map((column) => `${column.side}:${column.key}`)).toEqual(['收入:金额', '支出:金额'])
    const row = table.rows.find((candidate) => candidate.line === 94 && candidate.side === '支出')!
    expect([row.rowNumber, row.item, row.cells.map((cell) => cell.value)]).toEqual(['37', '六、科学技术支出', ['5531.05']])
  })

  it('still finds the cut cells of a column where most cells are cut', () => {
    // 财政拨款收入支出决算总表's 合计 column prints "17.6", "5,53", "637." …: with the row of "637." gone, the
    // share of two-decimal cells fell under the threshold and "7,991.8" was read as 7991.8.
    const table = without(256).tables.find((candidate) => candidate.id === 'final.fiscalSummary')!
    const cell = table.rows.find((row) => row.line === 248 && row.side === '收入')!.cells[0]!
    expect([cell.damaged, cell.value === '7991.8']).toEqual(['7,991.8', false])
  })
})

describe('a tab summary whose 支出 side prints two groups of labels', () => {
  it('reads one row a group, as the space-aligned reader does (支出用途 had been an attribute of the 功能分类 row, its amount a second 金额)', () => {
    const text = [
      '部门收支总表',
      '单位：万元',
      ['收入', '', '支出', '', '', ''].join('\t'),
      ['项目', '金额', '功能分类', '金额', '支出用途', '金额'].join('\t'),
      ['一、一般公共预算', '100.00', '一、一般公共服务支出', '80.00', '一、基本支出', '70.00'].join('\t'),
      ['二、政府性基金预算', '', '二、住房保障支出', '20.00', '二、项目支出', '30.00'].join('\t'),
      ['收入总计', '100.00', '支出总计', '100.00', '', ''].join('\t'),
    ].join('\n')
    const table = extract(text).tables[0]!
    expect(table.rows.map((row) => [row.line, row.side, row.group, row.item, row.cells.map((cell) => cell.value).join(' ')])).toEqual([
      [5, '收入', null, '一、一般公共预算', '100.00'],
      [5, '支出', '功能分类', '一、一般公共服务支出', '80.00'],
      [5, '支出', '支出用途', '一、基本支出', '70.00'],
      [6, '收入', null, '二、政府性基金预算', ''],
      [6, '支出', '功能分类', '二、住房保障支出', '20.00'],
      [6, '支出', '支出用途', '二、项目支出', '30.00'],
      [7, '收入', null, '收入总计', '100.00'],
      [7, '支出', '功能分类', '支出总计', '100.00'],
    ])
  })
})

describe('tab groups side by side with no code columns', () => {
  it('reads one row a group (the second group\'s amount had gone to the first group\'s row)', () => {
    const text = [
      '一般公共预算基本支出表',
      '单位：万元',
      ['人员经费', '', '公用经费', ''].join('\t'),
      ['项目', '金额', '项目', '金额'].join('\t'),
      ['基本工资', '25.00', '办公费', '10.00'].join('\t'),
      ['津贴补贴', '15.00', '', ''].join('\t'),
    ].join('\n')
    const table = extract(text).tables[0]!
    expect(table.rows.map((row) => [row.line, row.group, row.item, row.cells.map((cell) => `${cell.column}=${cell.value}`).join(' ')])).toEqual([
      [5, '人员经费', '基本工资', '金额=25.00'],
      [5, '公用经费', '办公费', '金额=10.00'],
      [6, '人员经费', '津贴补贴', '金额=15.00'],
    ])
  })
})

describe('the unit line', () => {
  it.each([
    ['单位：万元', '万元'],
    ['金额单位:元', '元'],
    ['单位：人民币万元', '万元'],
    ['单位：万元（保留两位小数）', '万元'],
  ])('%s → %s', (line, unit) => {
    const table = extract(['一般公共预算支出表', line, ['科目编码', '科目名称', '合计'].join('\t'), ['201', '一般公共服务支出', '12.50'].join('\t'), ['20101', '人大事务', '12.50'].join('\t')].join('\n')).tables[0]!
    expect(table.unit).toBe(unit)
  })
})

describe('the printed number of a table', () => {
  it.each([
    ['表一：部门收支总表', '表一'],
    ['附表3 部门收支总表', '附表3'],
    ['表 5-1. 一般公共预算支出表', '表 5-1'],
    ['公开01表 收入支出决算总表', '公开01表'],
  ])('%s → %s', (title, number) => {
    const table = extract([title, '单位：万元', ['项目', '金额'].join('\t'), ['合计', '12.50'].join('\t')].join('\n')).tables[0]!
    expect(table.number).toBe(number)
  })
})

describe('a total printed in one merged cell over the label columns', () => {
  it('on each side of a summary ("收入合计" over 项目 | 行次) goes under the label, its amount under 金额', () => {
    const text = ['部门收支总表', '单位：万元', ...[
      ['收入', '', '', '支出', '', ''],
      ['项目', '行次', '金额', '项目', '行次', '金额'],
      ['一、一般公共预算拨款收入', '1', '100.00', '一、一般公共服务支出', '5', '100.00'],
      ['收入合计', '100.00', '支出合计', '100.00'],
    ].map((cells) => cells.join('\t'))].join('\n')
    expect(extract(text).tables[0]!.rows.map((row) => [row.side, row.rowNumber, row.item, row.cells.map((cell) => cell.value).join(' ')])).toEqual([
      ['收入', '1', '一、一般公共预算拨款收入', '100.00'],
      ['支出', '5', '一、一般公共服务支出', '100.00'],
      ['收入', null, '收入合计', '100.00'],
      ['支出', null, '支出合计', '100.00'],
    ])
  })

  it('over 科目编码 | 科目名称 goes under the name, its amounts in their columns (they had been read one column to the left, the label "500.00")', () => {
    const text = ['一般公共预算支出表', '单位：万元', ...[
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ['合计', '500.00', '400.00', '100.00'],
      ['201', '一般公共服务支出', '500.00', '400.00', '100.00'],
    ].map((cells) => cells.join('\t'))].join('\n')
    expect(extract(text).tables[0]!.rows.map((row) => [row.code, row.item, row.cells.map((cell) => `${cell.column}=${cell.value}`).join(' ')])).toEqual([
      [null, '合计', '合计=500.00 基本支出=400.00 项目支出=100.00'],
      ['201', '一般公共服务支出', '合计=500.00 基本支出=400.00 项目支出=100.00'],
    ])
  })
})
