/**
 * The two renderings pdftotext makes of one PDF (`-layout`: aligned by
 * spaces; plain: one cell per line) are read by different readers: every
 * table read in both must give the same rows with the same values. Row order
 * may differ (a plain two-sided summary lists one side after the other).
 */
import { describe, expect, it } from 'vitest'
import type { Table } from '../../schemas/index.js'
import { corpus, readPath } from '../helpers.js'

const rowKeys = (table: Table) =>
  table.rows.map((row) => `${row.side ?? ''} ${row.code ?? row.item ?? ''}: ${row.cells.map((cell) => `${cell.column}=${cell.value ?? '-'}`).join(' ')}`).sort()

describe.each([
  ['jiangsu-renda-bangongting-2017-yusuan', 8],
  ['jiangsu-shengwei-bangongting-2019-yusuan-biaoge', 7],
  ['shanghai-putuo-caizhengju-2024-juesuan', 2],
] as const)('%s in both renderings', (name, expected) => {
  const layout = readPath(corpus(`${name}.layout.txt`))
  const plain = readPath(corpus(`${name}.raw.txt`))

  it(`reads ${expected} tables in both, row for row and cell for cell the same`, () => {
    const compared = layout.tables.flatMap((table) => {
      const other = plain.tables.find((candidate) => candidate.id === table.id && candidate.title === table.title)
      return table.reconstructed && other?.reconstructed ? [[table.title, rowKeys(table), rowKeys(other)] as const] : []
    })
    for (const [title, a, b] of compared) expect([title, b]).toEqual([title, a])
    expect(compared.map(([title]) => title).length).toBe(expected)
  })
})
