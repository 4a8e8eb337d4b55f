import { describe, expect, it } from 'vitest'
import { extract } from '../../src/index.js'

const outline = (text: string) => extract(text).sections.map((section) => [section.kind, section.part, section.title, section.line])

describe('the table of contents', () => {
  it('is recognised with page numbers and dot leaders and never read as the body', () => {
    const text = [
      '某某区财政局 2023 年度部门决算', // 1
      '目  录', // 2
      '第一部分 某某区财政局概况.....- 4 -', // 3
      '一、部门主要职能.....\t- 5 -', // 4
      '第二部分 2023 年度部门决算表.....\t- 7 -', // 5
      '第三部分 2023 年度部门决算情况说明 17', // 6
      '', // 7
      '第一部分 某某区财政局概况', // 8
      '一、部门主要职能', // 9
      '负责全区财政工作。', // 10
      '第二部分 2023 年度部门决算表', // 11
      '第三部分 2023 年度部门决算情况说明', // 12
      '一、收入支出决算总体情况说明', // 13
      '2023 年度收、支总计 10.00 万元。', // 14
    ].join('\n')
    const document = extract(text)
    expect(document.toc).toEqual([{ line: 2, endLine: 6 }])
    expect(outline(text)).toEqual([
      ['概况', '第一部分', '某某区财政局概况', 8],
      ['决算表', '第二部分', '2023 年度部门决算表', 11],
      ['情况说明', '第三部分', '2023 年度部门决算情况说明', 12],
    ])
    expect(document.coverage.toc).toBe(5)
  })

  it('is recognised without a 目录 line, from part headings ending in page numbers', () => {
    const text = [
      '某某局2023年度部门决算',
      '第一部分 部门概况……………………3',
      '第二部分 2023年度部门决算表……………5',
      '第三部分 2023年度部门决算情况说明……12',
      '',
      '第一部分 部门概况',
      '一、主要职能',
      '第二部分 2023年度部门决算表',
      '第三部分 2023年度部门决算情况说明',
    ].join('\n')
    const document = extract(text)
    expect(document.toc).toEqual([{ line: 2, endLine: 4 }])
    expect(outline(text).map((entry) => [entry[0], entry[3]])).toEqual([
      ['概况', 6],
      ['决算表', 8],
      ['情况说明', 9],
    ])
  })

  it('is recognised with neither a 目录 line nor page numbers, when the parts start over', () => {
    const text = [
      '某某局2023年度部门决算',
      '',
      '第一部分 部门概况',
      '第二部分 2023年度部门决算表',
      '第三部分 2023年度部门决算情况说明',
      '',
      '第一部分 部门概况',
      '一、主要职能',
      '负责全区工作。',
      '第二部分 2023年度部门决算表',
      '第三部分 2023年度部门决算情况说明',
      '一、收入支出决算总体情况说明',
    ].join('\n')
    const document = extract(text)
    expect(document.toc).toEqual([{ line: 3, endLine: 5 }])
    expect(outline(text).map((entry) => [entry[0], entry[3]])).toEqual([
      ['概况', 7],
      ['决算表', 10],
      ['情况说明', 11],
    ])
  })

  it('is recognised at the end of a document too', () => {
    const text = ['第一部分 某局概况', '一、主要职能', '职能。', '\t目    录', '\t第一部分  某局概况', '\t第二部分  某局2021年度部门决算表'].join('\n')
    const document = extract(text)
    expect(document.toc).toEqual([{ line: 4, endLine: 6 }])
    expect(document.sections).toHaveLength(1)
    expect(document.sections[0]!.endLine).toBe(3)
  })
})

describe('part headings', () => {
  it('joins "第一部分" with its title a blank line later', () => {
    const text = ['第一部分', '', '某某局概况', '', '一、部门主要职能', '', '第二部分', '', '2023 年度部门决算表'].join('\n')
    expect(outline(text)).toEqual([
      ['概况', '第一部分', '某某局概况', 1],
      ['决算表', '第二部分', '2023 年度部门决算表', 7],
    ])
    expect(extract(text).sections[0]!.headingLines).toEqual([1, 3])
  })

  it('joins a title wrapped over two lines without a space between Chinese characters', () => {
    const text = [' 第三部分 某某区科学技术协会 2021 年度', '', '部门决算情况说明', '一、收入支出决算总体情况说明'].join('\n')
    expect(outline(text)).toEqual([['情况说明', '第三部分', '某某区科学技术协会 2021 年度部门决算情况说明', 1]])
  })

  it('finds a heading after a page break that left a leading space, and keeps its column', () => {
    const document = extract('正文。\n\f 第二部分 2023 年度部门决算表\n')
    expect(document.sections[0]).toMatchObject({ kind: '决算表', line: 2, column: 3 })
  })

  it('reads a template placeholder heading as 概况 and takes the name from the body', () => {
    const text = [' 第一部分 部门名称概况', '一、部门主要职责', '二、机构设置情况', '从单位构成看，某某市某某区科学技术协会部门决算由纳入独立核算的本级决算组成。'].join('\n')
    const document = extract(text)
    expect(document.sections[0]).toMatchObject({ kind: '概况', title: '部门名称概况' })
    expect(document.meta.department).toEqual({ value: '某某市某某区科学技术协会', line: 4, column: 8 })
  })

  it('reads "第1部分：" with Arabic numerals and a colon, and a name ending in 大学 from the cover', () => {
    const text = ['某某大学2023年度部门决算', '目录', '第1部分：部门概况', '第2部分：2023年度部门决算表', '', '第1部分：部门概况', '一、主要职能', '第2部分：2023年度部门决算表'].join('\n')
    expect(outline(text)).toEqual([
      ['概况', '第1部分', '部门概况', 6],
      ['决算表', '第2部分', '2023年度部门决算表', 8],
    ])
    expect(extract(text).meta.department.value).toBe('某某大学')
  })

  it('reads a department named after the year on the cover', () => {
    const document = extract(['2023年度北京市某某区教育委员会部门决算', '', '第一部分 部门概况', '一、部门职责'].join('\n'))
    expect(document.meta.department).toEqual({ value: '北京市某某区教育委员会', line: 1, column: 7 })
    expect(document.meta.region.value).toBe('北京市某某区')
  })

  it('reads four, five and six parts, with 名词解释 and 附件', () => {
    const parts = ['第一部分 某局概况', '第二部分 2023 年度部门决算表', '第三部分 2023 年度部门决算情况说明', '第四部分 2023 年重点工作完成情况', '第五部分 名词解释', '第六部分 附件']
    expect(outline(parts.slice(0, 4).join('\n')).map((entry) => entry[0])).toEqual(['概况', '决算表', '情况说明', '重点工作'])
    expect(outline(parts.slice(0, 5).join('\n')).map((entry) => entry[0])).toEqual(['概况', '决算表', '情况说明', '重点工作', '名词解释'])
    expect(outline(parts.join('\n')).map((entry) => entry[0])).toEqual(['概况', '决算表', '情况说明', '重点工作', '名词解释', '附件'])
  })

  it('reads parts without 第N部分 in a stand-alone 绩效自评 report', () => {
    const text = ['某某区科学技术协会', '一、部门概况', '（一）机构、人员构成', '二、部门整体支出绩效分析', '（一）部门整体支出情况', '三、自评结论'].join('\n')
    const document = extract(text)
    expect(outline(text)).toEqual([
      ['概况', null, '一、部门概况', 2],
      ['绩效', null, '二、部门整体支出绩效分析', 4],
    ])
    expect(document.meta.kind.value).toBe('绩效自评')
  })

  it('infers a table section for a document of tables only', () => {
    const text = ['          收支预算总表', '部门：某某省某厅   单位：万元', '一、财政拨款      100.00 一、一般公共服务支出    100.00', '2019年政府采购预算表', '一、货物 A      1.00'].join('\n')
    const document = extract(text)
    expect(outline(text)).toEqual([['预算表', null, null, 1]])
    expect(document.sections[0]!.implicit).toBe(true)
    expect(document.tables.map((table) => table.title)).toEqual(['部门收支总表', '政府采购预算表'])
  })
})

describe('nested headings', () => {
  it('nests 一、 / （一） / 1. / (1) and leaves numbered sentences in the narrative', () => {
    const text = [
      '第三部分 2023 年度部门决算情况说明',
      '五、一般公共预算财政拨款支出决算情况说明',
      '（一）一般公共预算财政拨款支出决算总体情况。',
      '2023 年度一般公共预算财政拨款支出 458.52 万元。',
      '（二）一般公共预算财政拨款支出决算结构情况。',
      '1.一般公共服务（类）支出 5.47 万元，占 1.2 %。',
      '九、财政拨款“三公”经费支出决算情况说明',
      '(1)公务用车购置费 0 万元，完成年初预算的 0 %。',
    ].join('\n')
    const [section] = extract(text).sections
    expect(section!.children.map((heading) => [heading.marker, heading.title, heading.line, heading.endLine, heading.role])).toEqual([
      ['五、', '一般公共预算财政拨款支出决算情况说明', 2, 6, 'generalBudget'],
      ['九、', '财政拨款“三公”经费支出决算情况说明', 7, 8, 'threePublic'],
    ])
    expect(section!.children[0]!.children.map((heading) => [heading.marker, heading.title, heading.line])).toEqual([
      ['（一）', '一般公共预算财政拨款支出决算总体情况', 3],
      ['（二）', '一般公共预算财政拨款支出决算结构情况', 5],
    ])
  })

  it('treats a short item in a list of numbered sentences as a sentence too', () => {
    const text = [
      '第一部分 某局概况',
      '一、部门主要职责',
      '（一）贯彻执行党的路线、方针、政策，根据上级',
      '在各个时期的中心任务，确定工作任务。',
      '（二）组织开展学术交流，活跃学术思想，提高学术',
      '质量，促进学科繁荣。',
      '（三）承办上级交办的其他事项。',
    ].join('\n')
    expect(extract(text).sections[0]!.children[0]!.children).toEqual([])
  })
})
