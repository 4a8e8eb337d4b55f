import { describe, expect, it } from 'vitest'
import { normalizeText, originalColumn } from '../../src/index.js'

const texts = (input: string) => normalizeText(input).lines.map((line) => line.text)

describe('normalizeText', () => {
  it('drops a BOM and keeps the column of what follows', () => {
    const { lines, report } = normalizeText('\ufeff第一部分 概况')
    expect(report.byteOrderMark).toBe(true)
    expect(lines[0]!.text).toBe('第一部分 概况')
    expect(originalColumn(lines[0]!.map, 0)).toBe(2)
  })

  it('splits CRLF, CR and LF the same way and keeps line numbers', () => {
    const { lines, report } = normalizeText('一\r\n二\r三\n四')
    expect(lines.map((line) => [line.line, line.text])).toEqual([
      [1, '一'],
      [2, '二'],
      [3, '三'],
      [4, '四'],
    ])
    expect(report.carriageReturns).toBe(2)
  })

  it('does not count a final line ending as one more line', () => {
    expect(normalizeText('一\n二\n').lines).toHaveLength(2)
  })

  it('turns NBSP and the ideographic space into plain spaces, column for column', () => {
    const { lines } = normalizeText('收\u00a0入\u3000总计')
    expect(lines[0]!.text).toBe('收 入 总计')
    expect(lines[0]!.map).toBeNull()
  })

  it('turns full-width digits into ASCII digits', () => {
    expect(texts('２０２３年度')).toEqual(['2023年度'])
  })

  it('turns the full-width point of a number into a decimal point, and no other', () => {
    expect(texts('合计\t１２３．４５\t12．5')).toEqual(['合计\t123.45\t12.5'])
    expect(texts('１．教育支出')).toEqual(['1．教育支出'])
  })

  it('drops form feeds and marks the line as a page start', () => {
    const { lines } = normalizeText('前页\n\f第二部分 2023 年度部门决算表')
    expect(lines[1]!.text).toBe('第二部分 2023 年度部门决算表')
    expect(lines[1]!.pageBreak).toBe(true)
    expect(originalColumn(lines[1]!.map, 0)).toBe(2)
  })

  it('marks "- 32 -" page numbers as furniture', () => {
    const { lines } = normalizeText('正文。\n- 32 -\n序号 重要事项')
    expect(lines.map((line) => line.furniture)).toEqual([null, 'page-number', null])
  })

  it('marks a bare number standing alone between blank lines as a page number, but not a table cell', () => {
    const alone = normalizeText('障。\n\n\n\n41\n\n\n\n后文').lines
    expect(alone[4]!.furniture).toBe('page-number')
    const cells = normalizeText('合计\n201\n06\n一般公共服务').lines
    expect(cells.map((line) => line.furniture)).toEqual([null, null, null, null])
  })

  it('marks the last line of a page, a bare number under a blank line, as a page number', () => {
    const lastLine = normalizeText('208   05   01   行政单位离退休     84.65\n\n                 12\n\f208   05   05   机关事业单位基本养老保险缴费支出   160.75').lines
    expect(lastLine.map((line) => line.furniture)).toEqual([null, null, 'page-number', null])
    const cellBeforeBreak = normalizeText('支出合计\n12\n\f收入预算总表').lines
    expect(cellBeforeBreak.map((line) => line.furniture)).toEqual([null, null, null])
  })

  it('removes HTML tags and keeps the text between them, with columns mapped back', () => {
    const { lines } = normalizeText('部门职能概述\t<p>1、贯彻执行。</p> <p>2、组织开展。</p>')
    expect(lines[0]!.text).toBe('部门职能概述\t1、贯彻执行。 2、组织开展。')
    const index = lines[0]!.text.indexOf('2、')
    expect(lines[0]!.raw.slice(originalColumn(lines[0]!.map, index) - 1).startsWith('2、组织开展')).toBe(true)
  })

  it('turns HTML checkboxes into ☑ and □', () => {
    expect(texts('1. 部门项目 <input checked="" type="checkbox"/> 2. 公共项目 <input type="checkbox"/>')).toEqual([
      '1. 部门项目 ☑ 2. 公共项目 □',
    ])
  })

  it('decodes HTML entities', () => {
    expect(texts('收入&nbsp;合计 &lt;说明&gt; &#12288;')).toEqual(['收入 合计 <说明>  '.trimEnd()])
  })

  it('removes "- " list markers but keeps "- 4 -" page numbers', () => {
    const { lines } = normalizeText('- 一、部门主要职责\n- 4 -')
    expect(lines[0]!.text).toBe('一、部门主要职责')
    expect(lines[0]!.listMarker).toBe(true)
    expect(originalColumn(lines[0]!.map, 0)).toBe(3)
    expect(lines[1]!.listMarker).toBe(false)
    expect(lines[1]!.furniture).toBe('page-number')
  })

  it('keeps a numbering marker printed four times over only once', () => {
    const { lines } = normalizeText('一、一、一、一、围绕区委区政府中心工作')
    expect(lines[0]!.text).toBe('一、围绕区委区政府中心工作')
    expect(originalColumn(lines[0]!.map, 2)).toBe(9)
  })

  it('keeps trailing tabs (empty cells) and drops trailing spaces', () => {
    expect(texts('合计\t704.60\t\t   ')).toEqual(['合计\t704.60\t\t'])
  })

  it('reads a 100,000-character line of spaces and digits and lines of tabs or markers', () => {
    const long = '1 '.repeat(50_000)
    expect(normalizeText(long).lines[0]!.text).toBe(long.trimEnd())
    expect(normalizeText('\t'.repeat(100_000)).lines[0]!.blank).toBe(true)
    expect(normalizeText('一、'.repeat(50_000)).lines[0]!.text).toBe('一、')
    expect(normalizeText('<'.repeat(100_000)).lines[0]!.text).toHaveLength(100_000)
  })
})

describe('running titles', () => {
  it('marks a line repeated at the top of three pages as furniture, not a line the body repeats', () => {
    const page = (body: string) => `\f某某局2023年度部门决算公开\n${body}\n- 1 -`
    const { lines, report } = normalizeText([page('第一部分 部门概况'), page('正文。'), page('某某局2023年度部门决算公开\n正文。'), page('结束。')].join('\n'))
    expect(report.runningTitles).toBe(4)
    expect(lines.filter((line) => line.furniture === 'running-title').map((line) => line.line)).toEqual([1, 4, 7, 11])
    // The same words inside a page are left alone.
    expect(lines[7]!.text).toBe('某某局2023年度部门决算公开')
    expect(lines[7]!.furniture).toBeNull()
  })
})
