/**
 * Tables that are one row of amounts under a many-line header, laid out by
 * spaces (“三公”经费 tables, 支出总表): columns from the header labels, each
 * amount under its nearest column, blanks kept null, totals checked before
 * the table is kept. Values read by hand from ../shared/corpus.
 */
import { describe, expect, it } from 'vitest'
import type { Table } from '../../schemas/index.js'
import { normalizeText } from '../../src/ingest/normalize.js'
import { reconstructSingleRow } from '../../src/tables/reconstruct-single-row.js'
import { reconstructSingleRowCells } from '../../src/tables/reconstruct-single-row-cells.js'
import { reconstructTemplateRow } from '../../src/tables/reconstruct-template-row.js'
import { tables } from '../../grammars/index.js'
import { extract } from '../../src/index.js'
import { corpus, readPath } from '../helpers.js'

const cellsOf = (table: Table | undefined) => table!.rows.flatMap((row) => row.cells.map((cell) => [cell.column, cell.value, cell.line]))

describe('one row of amounts under a header, in the corpus', () => {
  const shengwei = readPath(corpus('jiangsu-shengwei-bangongting-2019-yusuan-biaoge.layout.txt'))
  const renda = readPath(corpus('jiangsu-renda-bangongting-2017-yusuan.layout.txt'))
  const shanghai = readPath(corpus('shanghai-putuo-caizhengju-2024-juesuan.layout.txt'))

  it('reads the 支出总表: the blank 结转下年资金 is null, not zero', () => {
    expect(cellsOf(shengwei.tables.find((table) => table.id === 'budget.expenditure'))).toEqual([
      ['合计', '27664.22', 97],
      ['基本支出', '11700.63', 97],
      ['项目支出', '13025.38', 97],
      ['单位预留机动经费', '2938.21', 97],
      ['结转下年资金', null, 97],
    ])
    // Labels wrapped over three lines ("单位 / 预留机动 / 经费") are joined.
    expect(cellsOf(renda.tables.find((table) => table.id === 'budget.expenditure'))).toEqual([
      ['合计', '13649.07', 326],
      ['基本支出', '7666.68', 326],
      ['项目支出', '5853.96', 326],
      ['单位预留机动经费', '128.43', 326],
      ['结转下年资金', null, 326],
    ])
  })

  it('reads a three-level “三公” header; of 购置费 and 运行维护费 the amount goes to the column it stands under', () => {
    expect(cellsOf(shengwei.tables.find((table) => table.id === 'budget.threePublic'))).toEqual([
      ['合计', '1471.70', 359],
      ['“三公”经费/小计', '508.20', 359],
      ['“三公”经费/因公出国（境）费', '70.00', 359],
      ['“三公”经费/公务用车购置及运行维护费/小计', '411.20', 359],
      ['“三公”经费/公务用车购置及运行维护费/公务用车购置费', null, 359],
      ['“三公”经费/公务用车购置及运行维护费/公务用车运行维护费', '411.20', 359],
      ['“三公”经费/公务接待费', '27.00', 359],
      ['会议费', '933.50', 359],
      ['培训费', '30.00', 359],
    ])
  })

  it('joins labels printed a few characters per line ("因公 / 出国 / （境）费") and takes a "0" printed a line lower', () => {
    expect(cellsOf(renda.tables.find((table) => table.id === 'budget.threePublic'))).toEqual([
      ['合计', '2542.60', 782],
      ['“三公”经费/小计', '833.60', 782],
      ['“三公”经费/因公出国（境）费', '222.50', 782],
      ['“三公”经费/公务用车购置及运行维护费/小计', '183.60', 782],
      ['“三公”经费/公务用车购置及运行维护费/公务用车购置费', '0', 783],
      ['“三公”经费/公务用车购置及运行维护费/公务用车运行维护费', '183.60', 782],
      ['“三公”经费/公务接待费', '427.50', 782],
      ['会议费', '1305.25', 782],
      ['培训费', '403.75', 782],
    ])
  })

  it('reads a repeated 预算数 | 决算数 row: each pair under the label over it, the caption over all left out', () => {
    expect(cellsOf(shanghai.tables.find((table) => table.id === 'final.threePublic'))).toEqual([
      ['合计/预算数', '0.95', 491],
      ['合计/决算数', null, 491],
      ['因公出国（境）费/预算数', null, 491],
      ['因公出国（境）费/决算数', null, 491],
      ['公务用车购置及运行费/小计/预算数', null, 491],
      ['公务用车购置及运行费/小计/决算数', null, 491],
      ['公务用车购置及运行费/公务用车购置费/预算数', null, 491],
      ['公务用车购置及运行费/公务用车购置费/决算数', null, 491],
      ['公务用车购置及运行费/公务用车运行费/预算数', null, 491],
      ['公务用车购置及运行费/公务用车运行费/决算数', null, 491],
      ['公务接待费/预算数', '0.95', 491],
      ['公务接待费/决算数', null, 491],
    ])
  })
})

describe('reconstructSingleRow on crafted text', () => {
  const read = (text: string) => {
    const { lines } = normalizeText(text)
    const indexes = lines.flatMap((line, index) => (line.blank ? [] : [index]))
    return reconstructSingleRow(indexes, lines)
  }

  it('places amounts under their columns and keeps a blank column null', () => {
    const result = read(['  合计        基本支出      项目支出      其他支出', '', '  30.00       20.00     10.00'].join('\n'))
    expect(result?.ok && result.grid.rows[0]!.cells.map((cell) => [cell.column, cell.value])).toEqual([
      ['合计', '30.00'],
      ['基本支出', '20.00'],
      ['项目支出', '10.00'],
      ['其他支出', null],
    ])
  })

  it('refuses a row whose 合计 is not the sum of the other columns', () => {
    const result = read(['  合计        基本支出      项目支出', '', '  31.00       20.00     10.00'].join('\n'))
    expect(result).toEqual({ ok: false, reason: 'the columns read do not add up (合计: 31.00 ≠ 30.00)', index: 2 })
  })

  it('refuses an amount standing halfway between two columns', () => {
    const result = read(['  合计      基本支出    项目支出', '', '  30.00        20.00'].join('\n'))
    expect(result?.ok).toBe(false)
    expect(result?.ok === false && result.reason).toBe('"20.00" stands between two columns')
  })

  it('leaves tables with row labels to the other readers', () => {
    expect(read(['  项目        金额', '  合计        30.00', '  基本支出    30.00'].join('\n'))).toBeNull()
  })
})

describe('one row of amounts printed one cell per line (plain pdftotext)', () => {
  it('reads the 支出总表 of both Jiangsu documents as the space-aligned rendering does, each amount after its column\'s name', () => {
    const plain = (name: string) => cellsOf(readPath(corpus(name)).tables.find((table) => table.id === 'budget.expenditure'))
    // Each amount carries its own line; the blank cell the row's.
    // 人大: "合计 / 13,649.07 / <department> / 基 / 本支出 / 7,666.68 / … / 结转下年资金" — nothing after the last name: null.
    expect(plain('jiangsu-renda-bangongting-2017-yusuan.raw.txt')).toEqual([
      ['合计', '13649.07', 337],
      ['基本支出', '7666.68', 344],
      ['项目支出', '5853.96', 349],
      ['单位预留机动经费', '128.43', 356],
      ['结转下年资金', null, 337],
    ])
    // 省委: "基本支出 / 27,664.22 / 11,700.63": the 合计's amount comes after the next name; order and sum place it.
    expect(plain('jiangsu-shengwei-bangongting-2019-yusuan-biaoge.raw.txt')).toEqual([
      ['合计', '27664.22', 145],
      ['基本支出', '11700.63', 147],
      ['项目支出', '13025.38', 150],
      ['单位预留机动经费', '2938.21', 153],
      ['结转下年资金', null, 145],
    ])
  })

  const names = tables.find((table) => table.id === 'budget.expenditure')!.rowColumns!
  const read = (text: string) => {
    const { lines } = normalizeText(text)
    const indexes = lines.flatMap((line, index) => (line.blank ? [] : [index]))
    return reconstructSingleRowCells(indexes, lines, names, '某某单位')
  }

  it('passes over the department\'s name and joins a name printed over two lines', () => {
    const result = read(['合计', '', '30.00', '', '某某单位', '', '基', '本支出', '', '20.00', '', '项目支出', '', '10.00'].join('\n'))
    expect(result?.ok && result.grid.rows[0]!.cells.map((cell) => [cell.column, cell.value])).toEqual([
      ['合计', '30.00'],
      ['基本支出', '20.00'],
      ['项目支出', '10.00'],
    ])
  })

  it('refuses when a blank column leaves more than one placement that adds up', () => {
    expect(read(['合计', '', '基本支出', '', '项目支出', '', '结转下年资金', '', '30.00', '', '30.00'].join('\n'))).toEqual({
      ok: false,
      reason: 'more than one placement of the amounts adds up',
      index: 8,
    })
  })

  it('refuses when no placement adds up, and steps aside for a name the grammar does not know', () => {
    expect(read(['合计', '', '30.00', '', '基本支出', '', '20.00', '', '项目支出', '', '9.00'].join('\n'))?.ok).toBe(false)
    expect(read(['合计', '', '30.00', '', '其他什么', '', '30.00'].join('\n'))).toBeNull()
  })
})

describe('one row under a header of several levels, printed one cell per line', () => {
  it('reads Jiangsu 人大\'s “三公” table: header words out of order, all nine amounts printed, every 小计 adding up', () => {
    const table = readPath(corpus('jiangsu-renda-bangongting-2017-yusuan.raw.txt')).tables.find((entry) => entry.id === 'budget.threePublic')
    expect(cellsOf(table)).toEqual([
      ['合计', '2542.60', 1122],
      ['“三公”经费/小计', '833.60', 1124],
      ['“三公”经费/因公出国（境）费', '222.50', 1126],
      ['“三公”经费/公务用车购置及运行维护费/小计', '183.60', 1128],
      ['“三公”经费/公务用车购置及运行维护费/公务用车购置费', '0', 1130],
      ['“三公”经费/公务用车购置及运行维护费/公务用车运行维护费', '183.60', 1132],
      ['“三公”经费/公务接待费', '427.50', 1134],
      ['会议费', '1305.25', 1136],
      ['培训费', '403.75', 1138],
    ])
  })

  it('refuses Jiangsu 省委\'s: with 购置费 blank, 411.20 fits 购置费 or 运行维护费 alike', () => {
    const document = readPath(corpus('jiangsu-shengwei-bangongting-2019-yusuan-biaoge.raw.txt'))
    expect(document.tables.find((entry) => entry.id === 'budget.threePublic')!.reconstructed).toBe(false)
    expect(document.diagnostics.find((diagnostic) => diagnostic.message.startsWith('一般公共预算“三公”经费支出表'))?.message).toContain('more than one placement of the amounts adds up')
  })

  const templates = tables.find((table) => table.id === 'budget.threePublic')!.headerTemplates!
  const read = (cells: string[]) => {
    const { lines } = normalizeText(cells.join('\n\n'))
    const indexes = lines.flatMap((line, index) => (line.blank ? [] : [index]))
    return reconstructTemplateRow(indexes, lines, templates, '某某单位')
  }
  const header = ['“三公”经费合计', '某某单位', '公务用车购置及运行费', '因公出国', '(境)费', '小计', '公务用车购置费', '公务接待费', '公务用车运行费']

  it('places a blank cell where the sums single it out', () => {
    // 10 = 出国 + 7 + 3 and 7 = 4 + 3 hold only with 出国 blank.
    const result = read([...header, '10.00', '7.00', '4.00', '3.00', '3.00'])
    expect(result?.ok && result.grid.rows[0]!.cells.map((cell) => [cell.column, cell.value])).toEqual([
      ['“三公”经费合计', '10.00'],
      ['因公出国(境)费', null],
      ['公务用车购置及运行费/小计', '7.00'],
      ['公务用车购置及运行费/公务用车购置费', '4.00'],
      ['公务用车购置及运行费/公务用车运行费', '3.00'],
      ['公务接待费', '3.00'],
    ])
    // 5 = 购置 + 运行 with one of them blank: either could be.
    expect(read([...header, '10.00', '2.00', '5.00', '5.00', '3.00'])).toMatchObject({ ok: false, reason: 'more than one placement of the amounts adds up' })
  })

  it('steps aside for a header with a word the template lacks, and refuses amounts no placement adds up', () => {
    expect(read([...header, '其他', '10.00', '2.00', '5.00', '5.00', '3.00'])).toBeNull()
    expect(read([...header, '10.00', '2.00', '5.00', '5.00', '4.00'])?.ok).toBe(false)
  })

  describe('a 决算 “三公” table, each column in 预算数 and 决算数', () => {
    const finalThreePublic = tables.find((table) => table.id === 'final.threePublic')!
    const readFinal = (cells: string[]) => {
      const { lines } = normalizeText(cells.join('\n\n'))
      const indexes = lines.flatMap((line, index) => (line.blank ? [] : [index]))
      return reconstructTemplateRow(indexes, lines, finalThreePublic.headerTemplates!, null, finalThreePublic.headerOver)
    }
    const finalHeader = ['财政拨款“三公”经费', '公务用车购置及运行费', '合计', '因公出国（境）费', '小计', '公务用车运行费', '公务接待费', '公务用车购置费']
    const periods = (amounts: Array<string | null>) => amounts.flatMap((amount, column) => [column % 2 === 0 ? '预算数' : '决算数', ...(amount === null ? [] : [amount])])

    it('reads Shanghai’s plain rendering: each amount right after its column’s period label, as in the layout', () => {
      const document = readPath(corpus('shanghai-putuo-caizhengju-2024-juesuan.raw.txt'))
      const table = document.tables.find((entry) => entry.id === 'final.threePublic')!
      expect(table.rows.map((row) => row.cells.map((cell) => `${cell.column}=${cell.value ?? '-'}`))).toEqual([
        [
          '合计/预算数=0.95', '合计/决算数=-', '因公出国（境）费/预算数=-', '因公出国（境）费/决算数=-',
          '公务用车购置及运行费/小计/预算数=-', '公务用车购置及运行费/小计/决算数=-',
          '公务用车购置及运行费/公务用车购置费/预算数=-', '公务用车购置及运行费/公务用车购置费/决算数=-',
          '公务用车购置及运行费/公务用车运行费/预算数=-', '公务用车购置及运行费/公务用车运行费/决算数=-',
          '公务接待费/预算数=0.95', '公务接待费/决算数=-',
        ],
      ])
    })

    it('places each amount under the period label it follows, and checks the sums within each period', () => {
      // 预算: 10.50 = 2.00 + 6.00 + 2.50, 6.00 = 0 + 6.00; 决算: 8.20 = 1.50 + 5.00 + 1.70, 5.00 = 1.00 + 4.00.
      const filled = ['10.50', '8.20', '2.00', '1.50', '6.00', '5.00', null, '1.00', '6.00', '4.00', '2.50', '1.70']
      const result = readFinal([...finalHeader, ...periods(filled)])
      expect(result?.ok && result.grid.rows[0]!.cells.map((cell) => cell.value)).toEqual(filled)
      // One 决算数 off by a yuan: the labels place it, the sum refuses it.
      const wrong = readFinal([...finalHeader, ...periods(['10.50', '8.20', '2.00', '1.50', '6.00', '5.00', null, '1.00', '6.00', '4.00', '2.50', '1.80'])])
      expect(wrong).toMatchObject({ ok: false, reason: 'the amounts under their period labels do not make every 合计 and 小计 add up' })
    })

    it('with the periods over the columns (预算数 | 决算数 each heading 合计 …), adds up within each period only', () => {
      const header = ['预算数', '决算数', ...['合计', '因公出国(境)费', '公务用车购置及运行维护费', '公务接待费', '小计', '公务用车购置费', '公务用车运行维护费'].flatMap((label) => [label, label])]
      // 预算 3.00 = 1.00 + 1.50 + 0.50 (1.50 = 0.50 + 1.00); 决算 2.00 = 0.80 + 1.00 + 0.20 (1.00 = 0.00 + 1.00).
      const amounts = ['3.00', '1.00', '1.50', '0.50', '1.00', '0.50', '2.00', '0.80', '1.00', '0.00', '1.00', '0.20']
      const result = readFinal([...header, ...amounts])
      expect(result?.ok && result.grid.rows[0]!.cells.map((cell) => [cell.column, cell.value])).toEqual([
        ['预算数/合计', '3.00'], ['预算数/因公出国(境)费', '1.00'], ['预算数/公务用车购置及运行维护费/小计', '1.50'],
        ['预算数/公务用车购置及运行维护费/公务用车购置费', '0.50'], ['预算数/公务用车购置及运行维护费/公务用车运行维护费', '1.00'],
        ['预算数/公务接待费', '0.50'], ['决算数/合计', '2.00'], ['决算数/因公出国(境)费', '0.80'], ['决算数/公务用车购置及运行维护费/小计', '1.00'],
        ['决算数/公务用车购置及运行维护费/公务用车购置费', '0.00'], ['决算数/公务用车购置及运行维护费/公务用车运行维护费', '1.00'], ['决算数/公务接待费', '0.20'],
      ])
      // The 预算 合计 is no part of the 决算 one: 3.00 ≠ 2.00 is no error, a wrong 决算 part is.
      expect(readFinal([...header, ...amounts.slice(0, 11), '0.30'])?.ok).toBe(false)
    })

    it('without the labels between them, two amounts fit too many places and are refused', () => {
      const labels = periods(Array.from({ length: 12 }, () => null))
      expect(readFinal([...finalHeader, ...labels, '0.95', '0.95'])).toMatchObject({ ok: false, reason: 'more than one placement of the amounts adds up' })
    })
  })
})

describe('a header the grammar knows, split by position into other labels', () => {
  it('is read by the template: "公务用车购置" / "费" wrapped a character left is one label, not two columns (a generated 预算 outside the development sets)', () => {
    const text = [
      '一般公共预算“三公”经费支出表',
      '单位：万元',
      '        合计     因公出国              公务用车购置及运行费                         公务接待费',
      '               （境）费',
      '                            小计        公务用车购置       公务用车运行费',
      '\f                                   费',
      '',
      '        50.80             40.47        9.54          30.93       10.33',
    ].join('\n')
    // Position alone had made a blank column "公务用车购置及运行费/费" and one "…/公务用车购置" for 9.54.
    expect(cellsOf(extract(text).tables[0])).toEqual([
      ['合计', '50.80', 8],
      ['因公出国(境)费', null, 8],
      ['公务用车购置及运行费/小计', '40.47', 8],
      ['公务用车购置及运行费/公务用车购置费', '9.54', 8],
      ['公务用车购置及运行费/公务用车运行费', '30.93', 8],
      ['公务接待费', '10.33', 8],
    ])
  })
})
