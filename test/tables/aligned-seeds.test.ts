/**
 * The seeds' tab-separated tables turned into space-aligned ones (as the
 * benchmark corpus does: each column padded to its widest cell) must read
 * the same values as the tabs, or not be read at all — never differently.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Table } from '../../schemas/index.js'
import { extract } from '../../src/index.js'
import { root, seeds } from '../helpers.js'

function alignTables(text: string): string {
  const lines = text.split('\n')
  const result: string[] = []
  for (let index = 0; index < lines.length; ) {
    if (!lines[index]!.includes('\t')) {
      result.push(lines[index++]!)
      continue
    }
    const block: string[][] = []
    while (index < lines.length && lines[index]!.includes('\t')) block.push(lines[index++]!.split('\t'))
    const widths: number[] = []
    for (const cells of block) cells.forEach((cell, column) => (widths[column] = Math.max(widths[column] ?? 0, cell.length)))
    for (const cells of block) result.push(cells.map((cell, column) => cell.padStart(widths[column]!)).join('    ').trimEnd())
  }
  return result.join('\n')
}

/** Each row's values in the given columns; a column the reading left out counts as blank. */
const rows = (table: Table, keys: readonly string[]) =>
  table.rows.map((row) => `${row.code ?? row.item}: ${keys.map((key) => row.cells.find((cell) => cell.column === key)?.value ?? '-').join(' ')}`)
/** Every row's cells by column name, blank cells included. */
const byKey = (table: Table) => table.rows.map((row) => [row.code ?? row.item, Object.fromEntries(row.cells.map((cell) => [cell.column, cell.value]))])
const amountKeys = (table: Table) => table.columns.filter((column) => column.role === 'amount').map((column) => column.key)

describe.each(['001', '002'] as const)('seed %s, its tables space-aligned', (seed) => {
  const text = readFileSync(`${root}${seeds[seed]}`, 'utf8')
  const tabs = extract(text)
  const aligned = extract(alignTables(text))

  it('reads every table it reads with the values the tabs give (a column left out is blank in the tabs)', () => {
    const compared = tabs.tables.flatMap((table) => {
      const other = aligned.tables.find((candidate) => candidate.id === table.id && candidate.line === table.line)
      if (!table.reconstructed || !other?.reconstructed) return []
      // The same columns in the same order (their header paths may be worded apart), or else every column of the
      // tabs by name: the aligned reading has the same values, or none where it has no such column.
      const [keys, otherKeys] = [amountKeys(table), amountKeys(other)]
      const sameColumns = keys.length === otherKeys.length
      return [[table.title, rows(other, sameColumns ? otherKeys : keys)], [table.title, rows(table, keys)]]
    })
    for (let pair = 0; pair < compared.length; pair += 2) expect(compared[pair]).toEqual(compared[pair + 1])
    expect(compared.length / 2).toBe(seed === '001' ? 9 : 5)
  })
})

describe('what the comparison caught', () => {
  it('a 栏次 line ("栏次 1 2 3") is numbering, not a row of amounts', () => {
    const text = readFileSync(`${root}${seeds['002']}`, 'utf8')
    const table = extract(alignTables(text)).tables.find((entry) => entry.id === 'final.generalBudgetExpenditure')!
    expect(table.rows.map((row) => row.item).slice(0, 2)).toEqual(['合计', '一般公共服务支出'])
  })

  it('"（廿一）" starts a row of its own, as "（二十）" does', () => {
    const text = readFileSync(`${root}${seeds['001']}`, 'utf8')
    const table = extract(alignTables(text)).tables.find((entry) => entry.id === 'budget.fiscalSummary')!
    expect(table.rows.filter((row) => /^（(?:二十|廿[一二])）/.test(row.item ?? '')).map((row) => row.item)).toEqual([
      '（二十）国有资本经营预算支出',
      '（廿一）灾害防治及应急管理支出',
      '（廿二）其他支出',
    ])
  })

  it('a two-sided summary with 行次 columns: the numbers are the rows’ 行次, a line of 行次 alone is no row, the 栏次 line no row', () => {
    const text = readFileSync(`${root}${seeds['002']}`, 'utf8')
    const table = extract(alignTables(text)).tables.find((entry) => entry.id === 'final.summary')!
    expect(table.columns.map((column) => `${column.side}${column.key}:${column.role}`)).toEqual(['收入行次:rowNumber', '收入金额:amount', '支出行次:rowNumber', '支出金额:amount'])
    expect(table.rows.slice(0, 3).map((row) => [row.side, row.rowNumber, row.item, row.cells.map((cell) => cell.value)])).toEqual([
      ['收入', '1', '一、一般公共预算财政拨款收入', ['7991.81']],
      ['支出', '32', '一、一般公共服务支出', ['17.69']],
      ['收入', '2', '二、政府性基金预算财政拨款收入', [null]],
    ])
    // "注：1. …" and "2.本套报表金额单位转换时可能存在尾数误差。" are the table's notes, not a row.
    expect(table.notes.map((note) => note.text.slice(0, 6))).toEqual(['注：1.本表', '2.本套报表'])
  })

  it('a header over several columns heads each of them, as in the tabs ("基本支出" over 小计 | 人员经费 | 公用经费)', () => {
    for (const [seed, id] of [
      ['001', 'budget.generalBudgetExpenditure'],
      ['002', 'final.generalBudgetExpenditure'],
    ] as const) {
      const text = readFileSync(`${root}${seeds[seed]}`, 'utf8')
      const [tabs, aligned] = [extract(text), extract(alignTables(text))].map((document) => document.tables.find((entry) => entry.id === id)!)
      expect(amountKeys(aligned!)).toEqual(amountKeys(tabs!))
    }
    const text = readFileSync(`${root}${seeds['001']}`, 'utf8')
    expect(amountKeys(extract(alignTables(text)).tables.find((entry) => entry.id === 'budget.generalBudgetExpenditure')!)).toEqual([
      '合计',
      '基本支出/小计',
      '基本支出/人员经费',
      '基本支出/公用经费',
      '项目支出',
    ])
  })

  it('a 栏次 line over every column gives the blank columns too, named from the header (002 收入决算表)', () => {
    const text = readFileSync(`${root}${seeds['002']}`, 'utf8')
    const [tabs, aligned] = [extract(text), extract(alignTables(text))].map((document) => document.tables.find((entry) => entry.id === 'final.income')!)
    expect(amountKeys(aligned!)).toEqual(['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'])
    expect(byKey(aligned!)).toEqual(byKey(tabs!))
  })

  it('unit codes before their names are codes of any length, a stray space inside rejoined ("32000 1" → 320001)', () => {
    const text = readFileSync(`${root}${seeds['001']}`, 'utf8')
    const table = extract(alignTables(text)).tables.find((entry) => entry.id === 'budget.income')!
    expect(table.rows.map((row) => [row.code, row.parentCode, row.item, row.cells[0]!.value])).toEqual([
      [null, null, '合计', '704.60'],
      ['320', null, '武昌区科学技术协会', '704.60'],
      ['320001', null, '武昌区科学技术协会本级', '704.60'],
    ])
  })

  it('a second text column (项目单位) is the row\'s attribute, and a line of amounts above the first row is a row without a label', () => {
    const text = readFileSync(`${root}${seeds['001']}`, 'utf8')
    const [tabs, aligned] = [extract(text), extract(alignTables(text))].map((document) => document.tables.find((entry) => entry.id === 'budget.projects')!)
    const view = (table: Table) => table.rows.map((row) => [row.line, row.item, row.attributes, row.cells.slice(0, 2).map((cell) => cell.value)])
    expect(aligned!.columns.slice(0, 3).map((column) => `${column.key}:${column.role}`)).toEqual(['项目名称:name', '项目单位:text', '合计:amount'])
    expect(view(aligned!)).toEqual([
      [302, null, {}, ['467.50', '467.50']],
      [303, '武昌区科学技术协会', {}, ['467.50', '467.50']],
      [304, '武昌区科学技术协会本级', {}, ['467.50', '467.50']],
      [305, '本级支出项目', {}, ['467.50', '467.50']],
      [306, '科普活动经费', { 项目单位: '武昌区科学技术协会本级' }, ['467.50', '467.50']],
    ])
    expect(view(aligned!)).toEqual(view(tabs!))
  })

  it('a 支出 行次 on a line whose 支出 label is blank is the 支出 side\'s, though a 收入 label stands before it', () => {
    const text = readFileSync(`${root}${seeds['002']}`, 'utf8')
    const table = extract(alignTables(text)).tables.find((entry) => entry.id === 'final.fiscalSummary')!
    // "一般公共预算财政    29    61": 61 numbers the blank 支出 row, it is not a second 收入 column.
    expect(table.rows.filter((row) => row.line === 276).map((row) => [row.side, row.rowNumber, row.item])).toEqual([['收入', '29', '一般公共预算财政']])
  })

  it('a “三公” row whose spanning header cannot be placed by position is read by the header the grammar knows whole', () => {
    const text = readFileSync(`${root}${seeds['001']}`, 'utf8')
    const [tabs, aligned] = [extract(text), extract(alignTables(text))].map((document) => document.tables.find((entry) => entry.id === 'budget.threePublic')!)
    expect(aligned!.rows[0]!.cells.map((cell) => [cell.column, cell.value])).toEqual([
      ['“三公”经费合计', '0.18'],
      ['因公出国(境)费', '0.00'],
      ['公务用车购置及运行费/小计', '0.00'],
      ['公务用车购置及运行费/公务用车购置费', '0.00'],
      ['公务用车购置及运行费/公务用车运行费', '0.00'],
      ['公务接待费', '0.18'],
    ])
    expect(aligned!.rows[0]!.cells.map((cell) => [cell.column, cell.value])).toEqual(tabs!.rows[0]!.cells.map((cell) => [cell.column, cell.value]))
  })
})
