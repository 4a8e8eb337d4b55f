/**
 * Codes printed inside the label cell ("[2010101]行政运行", "201 一般公共服务支出"), as
 * some budgeting software exports its 项目 column. The code goes to the row's code when the table proves the
 * reading: every such label's code has a length of the classification, and its 类/款 is among the table's
 * codes or the code is in the 政府收支分类 dictionary. A project named "110千伏…" is no code.
 */
import { namesInAnyEdition } from '../checks/dictionary.js'
import type { Grid } from './grid.js'
import { parentCode } from './read-code.js'

/** A code at the start of a label, bracketed or not, before the name's first character. */
const leadingCode = /^[[【(（]?(\d{3}|\d{5}|\d{7})[\]】)）]?\s*(?=[\u4e00-\u9fff])/
/** Fewest labels with a code that make the reading. */
const labelsMin = 2

/**
 * @param grid a table read with its labels; changed in place
 * @param codes the table's classification
 */
export function splitLabelCodes(grid: Grid, codes: 'functional' | 'economic' | undefined): void {
  if (grid.columns.some((column) => column.role === 'code')) return
  const lengths = codes === 'economic' ? [3, 5] : [3, 5, 7]
  const found = grid.rows.flatMap((row) => {
    if (row.code !== null || row.codeDamaged !== null || row.item === null) return []
    const match = leadingCode.exec(row.item)
    return match ? [{ row, code: match[1]!, name: row.item.slice(match[0].length) }] : []
  })
  if (found.length < labelsMin) return
  const all = new Set(found.map((entry) => entry.code))
  const proven = found.every(({ code }) => {
    if (!lengths.includes(code.length)) return false
    const parent = parentCode(code)
    return (parent !== null && all.has(parent)) || namesInAnyEdition(code, codes).length > 0
  })
  if (!proven) return
  for (const { row, code, name } of found) {
    row.code = code
    row.parentCode = parentCode(code)
    row.item = name
  }
}
