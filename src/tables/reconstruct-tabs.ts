/**
 * Rebuild a table whose rows are tab-separated: headers into column paths,
 * rows into 科目 records (or 收入/支出 sides, or side-by-side groups), every
 * amount exact, every doubtful cell marked damaged.
 */
import type { TableGrammar } from '../../grammars/types.js'
import type { SourceLine } from '../ingest/normalize.js'
import { headerPaths } from './header-tree.js'
import { looksLikeAmount, parseAmount } from './parse-amount.js'
import { isCode, parentCode, readCode } from './read-code.js'
import type { ColumnRole, Grid, GridColumn, GridRow } from './grid.js'
import { markCutCells, markRepeatedCodes } from './mark-damage.js'
import { joinLabel, splitTabCells, type RawCell } from './split-cells.js'
import { codeColumnStarts, findCodeParts, joinCodeParts, labelBoundary, labelGroupStarts, nameGroups, sideBoundary, sideGroupStarts, totalLabel, type TabRow } from './tab-columns.js'


/**
 * @param rows the table's tab-separated lines (0-based indexes)
 * @param lines normalized lines
 * @param table the grammar entry of the table
 */
export function reconstructTabs(rowIndexes: readonly number[], lines: readonly SourceLine[], table: TableGrammar): Grid {
  const rows: TabRow[] = rowIndexes.map((index) => ({ index, cells: splitTabCells(lines[index]!.text) }))
  const problems: Grid['problems'] = []
  const headerRows: TabRow[] = []
  const dataRows: TabRow[] = []
  // A table continued on the next page prints its header rows again: they are not data.
  const headerKey = (row: TabRow) => row.cells.map((cell) => joinLabel(cell.text)).join('\t').replace(/\t+$/, '')
  const headerKeys = new Set<string>()
  for (const row of rows) {
    if (isNumberingRow(row.cells)) continue
    if (dataRows.length === 0 && !isDataRow(row.cells)) {
      headerRows.push(row)
      headerKeys.add(headerKey(row))
    } else if (!(headerKeys.has(headerKey(row)) && !isDataRow(row.cells))) dataRows.push(row)
  }
  const width = Math.max(0, ...headerRows.map((row) => row.cells.length), ...dataRows.map((row) => row.cells.length))
  const headers = headerRows.map((row) => row.cells.map((cell) => cell.text))
  const sides = sideBoundary(headers, table.twoSided === true) ?? (table.twoSided ? labelBoundary(dataRows, width) : null)
  const sideAt = sides?.at ?? null
  let groupStarts = sideAt === null ? codeColumnStarts(headers) : []

  let columns: GridColumn[]
  if (sides !== null && sideAt !== null) {
    // A row of nothing but the side words is no header of the columns below it.
    const named = sides.only ? headers.filter((_, row) => row !== sides.row) : headers
    const left = headerPaths(named.map((cells) => cells.slice(0, sideAt)), sideAt)
    const right = headerPaths(named.map((cells) => cells.slice(sideAt)), width - sideAt)
    columns = [...left.map((path) => ({ path, side: '收入' as const })), ...right.map((path) => ({ path, side: '支出' as const }))].map(
      ({ path, side }) => ({ key: path.join('/'), path, role: 'amount' as ColumnRole, side, group: null }),
    )
  } else {
    const paths = headerPaths(headers, width)
    columns = paths.map((path) => ({ key: path.join('/'), path, role: 'amount' as ColumnRole, side: null, group: null }))
    if (groupStarts.length > 1) nameGroups(columns, groupStarts)
  }
  columns.forEach((column, position) => {
    if (column.key === '') {
      column.key = `(第${position + 1}列)`
      column.path = [column.key]
    }
  })
  assignRoles(columns, dataRows, groupStarts)
  // Groups side by side with no code columns ("项目 | 金额 | 项目 | 金额" under 人员经费 | 公用经费): each column
  // of labels before its own amounts opens a group.
  const labelStarts = sideAt === null && groupStarts.length <= 1 ? labelGroupStarts(columns) : []
  if (labelStarts.length > 1) {
    groupStarts = labelStarts
    nameGroups(columns, groupStarts)
    for (const start of groupStarts) columns[start]!.role = 'name'
  }
  const pieceStarts = sideAt === null ? groupStarts : sideGroupStarts(columns, sideAt)
  const codeParts = findCodeParts(columns, dataRows)
  rejoinWrappedCells(dataRows, columns)

  const codeLengths = table.codes === 'economic' ? [3, 5] : [3, 5, 7]
  const grid: Grid = { columns, rows: [], problems }
  // A converter that prints the empty cells at a row's end prints every row whole: a shorter row lost a cell,
  // and which one is not known (its amounts would be read one column to the left).
  const keepsWidth = rows.some((row) => row.cells.length === width && row.cells.at(-1)!.text.length === 0)
  const firstAmount = columns.findIndex((column) => column.role === 'amount')
  for (const original of dataRows) {
    const row = spanningTotal(original, columns, width)
    // (A side-by-side footer pairs each label with the amount after it, wherever they stand.)
    const footer = groupStarts.length > 1 && row.cells.some((cell) => /合计$/.test(joinLabel(cell.text)))
    if (keepsWidth && !footer && row.cells.length < width && row.cells.some((cell, column) => column >= firstAmount && looksLikeAmount(cell.text))) {
      problems.push({ index: row.index, message: `row has ${row.cells.length} cells where the table's rows have ${width}: a cell was lost, so its amounts are not read` })
      grid.rows.push(unreadableRow(row, columns))
      continue
    }
    const pieces = splitRow(row, columns, sideAt === null ? null : pieceStarts, groupStarts)
    if (pieces === null) {
      problems.push({ index: row.index, message: `row has ${row.cells.length} cells for ${columns.length} columns; its amounts are not read` })
      grid.rows.push(unreadableRow(row, columns))
      continue
    }
    for (const piece of pieces) {
      const parsed = readRow(row.index, piece.cells, piece.columns, codeLengths, codeParts)
      if (parsed && piece.loose) for (const cell of parsed.cells) cell.loose = true
      if (parsed) grid.rows.push(parsed)
    }
  }
  markCutCells(grid)
  markRepeatedCodes(grid)
  return grid
}

/** A total's label: "合计", "收入合计", "本年支出合计", "小计". */
const totalEnding = /(?:合计|总计|小计)$/

/**
 * A total's label printed in one merged cell over the label columns ("合计" over 科目编码 | 科目名称, "收入合计"
 * over 项目 | 行次), the row a cell short for each: the label goes to the last of those columns and its amounts
 * stay in theirs. Only a row that comes out exactly as wide as the table is realigned.
 */
function spanningTotal(row: TabRow, columns: readonly GridColumn[], width: number): TabRow {
  if (row.cells.length >= width || !row.cells.some((cell) => totalEnding.test(joinLabel(cell.text)))) return row
  const cells: RawCell[] = []
  for (const [position, cell] of row.cells.entries()) {
    const next = row.cells[position + 1]
    if (totalEnding.test(joinLabel(cell.text)) && next !== undefined && looksLikeAmount(next.text)) {
      // Blank label columns before the label (a code), and after it (a 行次), up to the next amount column.
      while (columns[cells.length] !== undefined && columns[cells.length]!.role === 'code') cells.push({ text: '', start: cell.start })
      cells.push(cell)
      while (columns[cells.length] !== undefined && columns[cells.length]!.role !== 'amount') cells.push({ text: '', start: cell.start })
      continue
    }
    cells.push(cell)
  }
  return cells.length === width ? { index: row.index, cells } : row
}

function isNumberingRow(cells: readonly RawCell[]): boolean {
  const texts = cells.map((cell) => joinLabel(cell.text)).filter((text) => text.length > 0)
  if (texts.includes('栏次')) return true
  if (texts.length < 2) return false
  return texts.every((text, position) => text === String(position + 1))
}

/** A numbered item ("二、外交支出", "（三）…"): a row's label, never a header's. */
const numberedItem = /^(?:[一二三四五六七八九十廿]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])\S/

function isDataRow(cells: readonly RawCell[]): boolean {
  const first = cells.find((cell) => cell.text.length > 0)
  if (first && isCode(first.text) && cells.indexOf(first) <= 1) return true
  if (cells.some((cell) => numberedItem.test(cell.text.trim()))) return true
  const hasAmount = cells.some((cell) => looksLikeAmount(cell.text) && /[.,]/.test(cell.text))
  if (hasAmount) return true
  const hasTotal = cells.some((cell) => totalLabel.test(joinLabel(cell.text)))
  return hasTotal && cells.some((cell) => looksLikeAmount(cell.text))
}

function assignRoles(columns: GridColumn[], dataRows: readonly TabRow[], groupStarts: readonly number[]): void {
  const nameSeen = new Set<string>()
  // Each side-by-side group has a name column of its own, even when two groups share a label.
  const groupIndex = columns.map((_, position) => groupStarts.filter((start) => start <= position).length)
  columns.forEach((column, position) => {
    const label = column.path.at(-1) ?? ''
    const scope = `${column.side ?? ''}|${groupIndex[position]}`
    const cells = dataRows.map((row) => row.cells[position]?.text ?? '').filter((text) => text.length > 0)
    const texts = cells.filter((text) => !looksLikeAmount(text)).length
    if (column.path.some((part) => /行次/.test(part))) column.role = 'rowNumber'
    // A column of codes under a header that spans code and name ("项目") holds the codes; the name is beside it.
    else if (/编码|代码|编号/.test(label) || (cells.length > 0 && cells.every((text) => isCode(text)) && /科目|单位|部门|^项目$/.test(label))) column.role = 'code'
    else if (label === '项目' || label === '科目' || label.endsWith('名称') || (label === '' && texts > 0) || texts > cells.length / 2) {
      column.role = nameSeen.has(scope) ? 'text' : 'name'
      nameSeen.add(scope)
    }
  })
}

interface Piece {
  cells: Array<RawCell | undefined>
  columns: GridColumn[]
  loose?: boolean
}

/** The parts of a data row: one for a plain table, one per side or group. Null when the row does not fit. */
function splitRow(row: TabRow, columns: readonly GridColumn[], sideStarts: readonly number[] | null, groupStarts: readonly number[]): Piece[] | null {
  const extra = row.cells.slice(columns.length).some((cell) => cell.text.length > 0)
  // A side-by-side footer ("人员经费合计 … 公用经费合计 …") keeps to no column.
  const footer = groupStarts.length > 1 && row.cells.some((cell) => /合计$/.test(joinLabel(cell.text)))
  if (extra || footer) return groupStarts.length > 1 ? pairLabels(row, columns, groupStarts) : null
  // An amount where a code, a 行次 or a name should stand: the row is shifted.
  if (isShifted(row.cells, columns)) return null
  const cells = columns.map((_, column) => row.cells[column])
  if (sideStarts !== null) {
    return sideStarts.map((start, position) => {
      const end = sideStarts[position + 1] ?? columns.length
      return { cells: cells.slice(start, end), columns: columns.slice(start, end) }
    })
  }
  if (groupStarts.length > 1) {
    return groupStarts.map((start, position) => {
      const end = groupStarts[position + 1] ?? columns.length
      return { cells: cells.slice(start, end), columns: columns.slice(start, end) }
    })
  }
  return [{ cells, columns: [...columns] }]
}

/**
 * A footer of a side-by-side table ("人员经费合计 | | | 1,234.5 | 公用经费合计 …")
 * does not keep to the columns: read it as label → next amount, per group.
 */
function pairLabels(row: TabRow, columns: readonly GridColumn[], groupStarts: readonly number[]): Piece[] | null {
  const pieces: Piece[] = []
  let label: RawCell | null = null
  let group = 0
  for (const cell of row.cells) {
    if (cell.text.length === 0) continue
    if (!looksLikeAmount(cell.text)) {
      label = cell
      continue
    }
    if (!label) return null
    const start = groupStarts[group] ?? 0
    const end = groupStarts[group + 1] ?? columns.length
    const groupColumns = columns.slice(start, end)
    const nameColumn = groupColumns.findIndex((column) => column.role === 'name')
    const amountColumn = groupColumns.findIndex((column) => column.role === 'amount')
    if (nameColumn < 0 || amountColumn < 0) return null
    const cells: Array<RawCell | undefined> = groupColumns.map(() => undefined)
    cells[nameColumn] = label
    cells[amountColumn] = cell
    pieces.push({ cells, columns: groupColumns, loose: true })
    label = null
    group++
  }
  return pieces.length > 0 ? pieces : null
}

/** Whether a row has an amount (decimals or separators) where a code, 行次 or name should stand. */
function isShifted(cells: readonly RawCell[], columns: readonly GridColumn[]): boolean {
  return columns.some((column, position) => column.role !== 'amount' && column.role !== 'text' && /[.,]/.test(cells[position]?.text ?? '') && looksLikeAmount(cells[position]!.text))
}

/**
 * A cell whose text the converter broke over two lines ("2010350 | 某某事务管理专项工作经" then "费 | 12.30 | …"):
 * the second line, read alone, puts its amounts one column to the left. When the line before it holds no
 * amount and the two lines, the break taken out, fit the columns, they are one row (on the line of its amounts).
 */
function rejoinWrappedCells(dataRows: TabRow[], columns: readonly GridColumn[]): void {
  for (let position = 1; position < dataRows.length; position++) {
    const row = dataRows[position]!
    const before = dataRows[position - 1]!
    const amounts = before.cells.some((cell, column) => columns[column]?.role === 'amount' && cell.text.length > 0)
    if (!isShifted(row.cells, columns) || amounts) continue
    const head = before.cells.slice(0, before.cells.findLastIndex((cell) => cell.text.length > 0) + 1)
    if (head.length === 0 || head.length + row.cells.length - 1 > columns.length) continue
    const joined = [...head.slice(0, -1), { text: head.at(-1)!.text + row.cells[0]!.text, start: head.at(-1)!.start }, ...row.cells.slice(1)]
    if (isShifted(joined, columns)) continue
    dataRows.splice(position - 1, 2, { index: row.index, cells: joined })
    position--
  }
}

function readRow(index: number, cells: ReadonlyArray<RawCell | undefined>, columns: readonly GridColumn[], codeLengths: number[], codeParts: ReadonlyMap<GridColumn, number>): GridRow | null {
  if (cells.every((cell) => !cell || cell.text.length === 0)) return null
  // A form line with nothing but its 行次 ("| 9 | |" on the 收入 side) is not a row.
  const filled = columns.filter((column, position) => column.role !== 'rowNumber' && (cells[position]?.text.length ?? 0) > 0)
  if (filled.length === 0) return null
  const row: GridRow = {
    index,
    side: columns[0]?.side ?? null,
    group: columns[0]?.group ?? null,
    rowNumber: null,
    code: null,
    codeDamaged: null,
    parentCode: null,
    item: null,
    attributes: {},
    cells: [],
  }
  const partTexts: string[] = []
  columns.forEach((column, position) => {
    const cell = cells[position]
    const text = cell?.text ?? ''
    const part = codeParts.get(column)
    if (part !== undefined) partTexts[part] = text
    else if (column.role === 'rowNumber') row.rowNumber = text.length > 0 ? text : null
    else if (column.role === 'code') {
      const unitCode = /单位|部门/.test(column.key)
      const code = readCode(text, unitCode ? null : codeLengths)
      if (code.value === null && code.damaged === null && text.length > 0 && row.item === null) row.item = joinLabel(text)
      row.code = code.value
      row.codeDamaged = code.damaged
      row.parentCode = code.value && !unitCode ? parentCode(code.value) : null
    } else if (column.role === 'name') {
      if (text.length > 0) row.item = joinLabel(text)
    } else if (column.role === 'text') {
      if (text.length > 0) row.attributes[column.key] = text
    } else {
      const amount = parseAmount(text)
      row.cells.push({ column: column.key, value: amount.value, printed: amount.printed, damaged: amount.damaged, unit: amount.unit, index, start: cell?.start ?? 0 })
    }
  })
  if (partTexts.length > 0) {
    const code = joinCodeParts(Array.from(partTexts, (text) => text ?? ''))
    row.code = code.value
    row.codeDamaged = code.damaged
    row.parentCode = code.value ? parentCode(code.value) : null
    if (code.label !== null && row.item === null) row.item = code.label
  }
  return row
}

function unreadableRow(row: TabRow, columns: readonly GridColumn[]): GridRow {
  return {
    index: row.index,
    side: null,
    group: null,
    rowNumber: null,
    code: null,
    codeDamaged: null,
    parentCode: null,
    item: joinLabel(row.cells.find((cell) => cell.text.length > 0 && !looksLikeAmount(cell.text))?.text ?? '') || null,
    attributes: {},
    // Its printed amounts, not the code that opens it.
    cells: row.cells
      .filter((cell, position) => cell.text.length > 0 && looksLikeAmount(cell.text) && !(isCode(cell.text) && row.cells.slice(0, position).every((before) => before.text.length === 0)))
      .map((cell) => ({ column: columns.find((column) => column.role === 'amount')?.key ?? '', value: null, printed: cell.text, damaged: cell.text, unit: null, index: row.index, start: cell.start })),
  }
}
