/**
 * A 功能分类 table printed column by column by plain `pdftotext`: every 类
 * code, then the 款 and 项 codes group by group, then the names, then each
 * amount column from top to bottom — and a blank cell leaves no trace. Read
 * only in the one shape where the places can be proved:
 *
 * - the 类 codes, one a row; the 款 and 项 codes as runs, a 款 run and a 项 run
 *   for each 类 (a 类's first row is the 类, the first row of each 款 the 款);
 * - the first amount column whole (one value a row, 合计 last), and adding up
 *   (each parent = Σ its children, 合计 = Σ the 类);
 * - at most two more columns, whose values are placed, in order, on the rows
 *   where 第一列 = 第二列 + 第三列 holds; kept only when exactly one placement
 *   (and one split between the two columns) does.
 *
 * Anything else returns a reason, and the table stays unread.
 */
import Decimal from 'decimal.js'
import type { SourceLine } from '../ingest/normalize.js'
import type { Grid, GridColumn, GridRow } from './grid.js'
import { layoutTokens } from './layout-tokens.js'
import { parseAmount } from './parse-amount.js'
import { addsUp } from './row-total.js'
import { joinLabel } from './split-cells.js'

export type ColumnCellsResult = { ok: true; grid: Grid } | { ok: false; reason: string; index: number }

interface Cell {
  text: string
  index: number
  start: number
  block: number
}

/** Header words of the code and name columns: not amount columns. */
const labelHeader = /^(?:项目|类|款|项|科目编码|科目代码|科目名称|支出功能分类|功能分类|支出功能分类科目编码)$/
/** The most rows and values the placement search takes on (its cost grows with their product). */
const searchMax = 400
/** The most partial placements the search keeps in all; beyond it the table is refused as uncertain. */
const statesMax = 20_000

/**
 * @param indexes the table's content lines (0-based), title, notes and label lines left out
 * @param lines normalized lines
 */
export function reconstructColumnCells(indexes: readonly number[], lines: readonly SourceLine[]): ColumnCellsResult {
  const cells: Cell[] = []
  let block = 0
  indexes.forEach((index, position) => {
    if (position > 0 && index !== indexes[position - 1]! + 1) block++
    for (const token of layoutTokens(lines[index]!.text)) {
      // "基本支出 项目支出": two header cells on one line; "小 计": one, spaced out.
      const words = token.text.split(' ')
      const parts = words.length > 1 && words.every((word) => word.length >= 2) ? words : [token.text]
      let start = token.start
      for (const part of parts) {
        cells.push({ text: joinLabel(part), index, start, block })
        start += part.length + 1
      }
    }
  })
  const refuse = (reason: string, index = indexes[0] ?? 0): ColumnCellsResult => ({ ok: false, reason, index })

  // Names: the block with the most labels, ending with 合计.
  const labelsByBlock = new Map<number, Cell[]>()
  for (const cell of cells) {
    if (!isLabel(cell.text)) continue
    const list = labelsByBlock.get(cell.block)
    if (list) list.push(cell)
    else labelsByBlock.set(cell.block, [cell])
  }
  const namesBlock = [...labelsByBlock.values()].sort((a, b) => b.length - a.length)[0]
  if (!namesBlock || namesBlock.at(-1)!.text !== '合计') return refuse('no column of names ending with 合计')
  const names = namesBlock.slice(0, -1)
  const rowCount = names.length
  const columnNames = cells.filter((cell) => isLabel(cell.text) && cell.block !== namesBlock[0]!.block && !labelHeader.test(cell.text)).map((cell) => cell.text)
  if (columnNames.length < 2 || columnNames.length > 3) return refuse(`${columnNames.length} amount column headers`)

  // Codes: 类 one a row; 款 and 项 runs, two for each 类.
  const classes = cells.filter((cell) => /^\d{3}$/.test(cell.text))
  if (classes.length !== rowCount) return refuse(`${classes.length} 类 codes for ${rowCount} names`)
  const runs: Cell[][] = []
  let previous: Cell | null = null
  for (const cell of cells) {
    if (!/^\d{2}$/.test(cell.text)) {
      previous = null
      continue
    }
    if (previous && previous.block === cell.block) runs.at(-1)!.push(cell)
    else runs.push([cell])
    previous = cell
  }
  const codes = assignCodes(classes.map((cell) => cell.text), runs.map((run) => run.map((cell) => cell.text)))
  if (codes === null) return refuse('the 款 and 项 codes do not fit the rows')

  // Amounts: the first column whole, then the rest.
  const amounts = cells.filter((cell) => !isLabel(cell.text) && /[.,]/.test(cell.text) && parseAmount(cell.text).value !== null)
  if (amounts.length < rowCount + 1) return refuse('fewer amounts than rows')
  const totals = amounts.slice(0, rowCount + 1).map((cell) => new Decimal(parseAmount(cell.text).value!))
  if (!hierarchyHolds(codes, totals)) return refuse('the first amount column does not add up down its 科目')
  const rest = amounts.slice(rowCount + 1)
  if (rest.length + rowCount + 1 > searchMax * 2 || (rowCount + 1) * rest.length > searchMax * searchMax) return refuse('too many amounts to place')
  const placed = placeRest(totals, rest.map((cell) => new Decimal(parseAmount(cell.text).value!)), columnNames.length - 1)
  if (placed === null) return refuse('the other columns’ amounts cannot be placed with certainty (blank cells leave no trace)')

  const columns: GridColumn[] = columnNames.map((name) => ({ key: name, path: [name], role: 'amount', side: null, group: null }))
  const rows: GridRow[] = []
  for (let row = 0; row <= rowCount; row++) {
    const code = row < rowCount ? codes[row]! : null
    const valueCells = [amounts[row]!, ...placed.map((column) => (column[row] === null ? null : rest[column[row]!]!))]
    rows.push({
      index: row < rowCount ? names[row]!.index : namesBlock.at(-1)!.index,
      side: null,
      group: null,
      rowNumber: null,
      code,
      codeDamaged: null,
      parentCode: code && code.length > 3 ? code.slice(0, code.length - 2) : null,
      item: row < rowCount ? names[row]!.text : '合计',
      attributes: {},
      cells: columns.map((column, position) => {
        const cell = valueCells[position] ?? null
        const amount = parseAmount(cell?.text ?? '')
        return { column: column.key, value: amount.value, printed: amount.printed, damaged: amount.damaged, unit: amount.unit, index: cell?.index ?? namesBlock[0]!.index, start: cell?.start ?? 0 }
      }),
    })
  }
  return { ok: true, grid: { columns, rows, problems: [] } }
}

function isLabel(text: string): boolean {
  return /[\u4e00-\u9fff]/.test(text)
}

/**
 * 类 codes one a row; for each run of rows with the same 类, a 款 run (every
 * row but the first) and a 项 run (every row but the first of each 款).
 */
function assignCodes(classes: readonly string[], runs: readonly string[][]): string[] | null {
  const codes: string[] = []
  let run = 0
  for (let start = 0; start < classes.length; ) {
    let end = start
    while (end < classes.length && classes[end] === classes[start]) end++
    const size = end - start
    codes.push(classes[start]!)
    if (size > 1) {
      const kuan = runs[run++]
      if (!kuan || kuan.length !== size - 1) return null
      const kuanStarts = kuan.filter((code, position) => position === 0 || code !== kuan[position - 1]).length
      const itemCount = size - 1 - kuanStarts
      const xiang = itemCount > 0 ? runs[run++] : []
      if (!xiang || xiang.length !== itemCount) return null
      let item = 0
      kuan.forEach((code, position) => {
        const opens = position === 0 || code !== kuan[position - 1]
        codes.push(opens ? `${classes[start]}${code}` : `${classes[start]}${code}${xiang[item++]}`)
      })
    }
    start = end
  }
  return run === runs.length ? codes : null
}

/** Each 类 and 款 = Σ its children, and the last value (合计) = Σ the 类. */
function hierarchyHolds(codes: readonly string[], totals: readonly Decimal[]): boolean {
  const classes: Decimal[] = []
  for (let row = 0; row < codes.length; row++) {
    const code = codes[row]!
    if (code.length === 3) classes.push(totals[row]!)
    if (code.length === 7) continue
    const children: Decimal[] = []
    for (let child = row + 1; child < codes.length && codes[child]!.startsWith(code); child++) if (codes[child]!.length === code.length + 2) children.push(totals[child]!)
    if (children.length > 0 && !addsUp(totals[row]!, children)) return false
  }
  return addsUp(totals[codes.length]!, classes)
}

/**
 * Place the values of one or two partial columns on the rows: in order, each
 * value on a row, so that every row's total = its parts (blanks nothing). For
 * two columns every split of the values between them is tried. Returns, for
 * each partial column, the value index of each row (or null), when exactly
 * one placement fits.
 */
function placeRest(totals: readonly Decimal[], values: readonly Decimal[], columns: number): Array<Array<number | null>> | null {
  if (columns === 1) {
    const found = placeTwo(totals, values, [])
    return found === null || found === 'many' ? null : [found[0]]
  }
  if (columns !== 2) return null
  let only: Array<Array<number | null>> | null = null
  for (let split = 0; split <= values.length; split++) {
    const found = placeTwo(totals, values.slice(0, split), values.slice(split))
    if (found === 'many') return null
    if (found === null) continue
    if (only !== null) return null
    only = [found[0], found[1].map((index) => (index === null ? null : index + split))]
  }
  return only
}

/** The placements of two ordered value lists on the rows; 'many' when more than one fits. */
function placeTwo(totals: readonly Decimal[], first: readonly Decimal[], second: readonly Decimal[]): [Array<number | null>, Array<number | null>] | null | 'many' {
  // Breadth-first over rows: state = how many of each list are used; count the ways (capped at 2).
  let states = new Map<string, { i: number; j: number; ways: number; path: Array<[number | null, number | null]> }>([['0,0', { i: 0, j: 0, ways: 1, path: [] }]])
  let visited = 0
  for (const total of totals) {
    if ((visited += states.size) > statesMax) return 'many'
    const next = new Map<string, { i: number; j: number; ways: number; path: Array<[number | null, number | null]> }>()
    for (const state of states.values()) {
      const options: Array<[number | null, number | null]> = [
        [null, null],
        [state.i, null],
        [null, state.j],
        [state.i, state.j],
      ]
      for (const [a, b] of options) {
        if (a !== null && a >= first.length) continue
        if (b !== null && b >= second.length) continue
        const parts = [a === null ? null : first[a]!, b === null ? null : second[b]!]
        if (parts.every((part) => part === null) ? !total.isZero() : !addsUp(total, parts)) continue
        const i = state.i + (a === null ? 0 : 1)
        const j = state.j + (b === null ? 0 : 1)
        const key = `${i},${j}`
        const existing = next.get(key)
        if (existing) existing.ways = Math.min(2, existing.ways + state.ways)
        else next.set(key, { i, j, ways: state.ways, path: [...state.path, [a, b]] })
      }
    }
    states = next
    if (states.size === 0) return null
  }
  const end = states.get(`${first.length},${second.length}`)
  if (!end) return null
  if (end.ways > 1) return 'many'
  return [end.path.map(([a]) => a), end.path.map(([, b]) => b)]
}
