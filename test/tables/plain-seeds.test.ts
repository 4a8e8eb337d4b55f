/**
 * The seeds' tab-separated tables turned into what plain `pdftotext` makes of
 * a table (each cell on a line of its own, blank cells gone): a table read so
 * must give the values and the column names the tabs give, or not be read.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Table } from '../../schemas/index.js'
import { extract } from '../../src/index.js'
import { root, seeds } from '../helpers.js'

const plain = (text: string) =>
  text
    .split('\n')
    .map((line) => (line.includes('\t') ? line.split('\t').map((cell) => cell.trim()).filter((cell) => cell.length > 0).join('\n\n') : line))
    .join('\n')

/**
 * Each row's values under each amount column, by the column's name. A name read without the spanning header
 * above it ("人员经费" for "本年…基本支出/人员经费") counts as that column when it is the end of exactly one.
 */
const byName = (table: Table, names: readonly string[] = table.columns.map((column) => column.key)) => {
  const named = (column: string) => {
    const matches = names.filter((name) => name === column || name.endsWith(`/${column}`))
    return matches.length === 1 ? matches[0]! : `?${column}`
  }
  return table.rows.map((row) => [row.code ?? row.item, Object.fromEntries(row.cells.map((cell) => [named(cell.column), cell.value]))])
}

describe.each(['001', '002'] as const)('seed %s printed a cell a line', (seed) => {
  const text = readFileSync(`${root}${seeds[seed]}`, 'utf8')
  const tabs = extract(text)
  const cells = extract(plain(text))

  it('reads a table only with the tabs’ values under the tabs’ column names', () => {
    const read = tabs.tables.flatMap((table) => {
      const other = cells.tables.find((candidate) => candidate.id === table.id && candidate.title === table.title && candidate.reconstructed)
      const names = table.columns.map((column) => column.key)
      return table.reconstructed && other ? [[table.title, byName(other, names), byName(table)] as const] : []
    })
    for (const [title, fromCells, fromTabs] of read) expect([title, fromCells]).toEqual([title, fromTabs])
    // The “三公” row: its header is one the grammar knows whole, and every cell is printed (0.00 included).
    expect(read.map(([title]) => title)).toEqual(seed === '001' ? ['部门支出总表', '一般公共预算基本支出表', '一般公共预算“三公”经费支出表'] : [])
  })
})

it('a 合计 among the column headers is a header, the last one before the amounts the 合计 row (001 部门支出总表)', () => {
  const table = extract(plain(readFileSync(`${root}${seeds['001']}`, 'utf8'))).tables.find((entry) => entry.id === 'budget.expenditure')!
  expect(table.columns.map((column) => column.key)).toEqual(['合计', '基本支出', '项目支出'])
  expect(table.rows[0]!.cells.map((cell) => [cell.column, cell.value])).toEqual([
    ['合计', '704.60'],
    ['基本支出', '237.10'],
    ['项目支出', '467.50'],
  ])
})
