/**
 * A space-aligned table whose rows nest by the text columns they fill, over
 * one amount column (a 政府采购预算表: 大类 | 专项 | 经济科目 | 品名 | 组织形式 |
 * 总计). Long texts wrap onto the lines above and below their row, the amount
 * between the halves; each line without an amount is given to the row whose
 * wrapped cell it continues. A row's level is told by its words (the grammar's
 * marks), never by where it stands, and the reading is kept only when every
 * row is the sum of the rows under it and the 合计 the sum of the top rows.
 */
import Decimal from 'decimal.js'
import type { RowTreeGrammar } from '../../grammars/types.js'
import type { SourceLine } from '../ingest/normalize.js'
import { gridRow, type Grid, type GridColumn, type GridRow } from './grid.js'
import { layoutTokens, repeatsHeader, type LayoutToken } from './layout-tokens.js'
import { parseAmount } from './parse-amount.js'
import { addsUp } from './row-total.js'
import { joinLabel } from './split-cells.js'

export type RowTreeResult = { ok: true; grid: Grid } | { ok: false; reason: string; index: number } | null

interface TextPiece {
  text: string
  start: number
  end: number
  index: number
}

interface TreeLine {
  index: number
  amount: LayoutToken
  /** Wrapped halves above the line, its own texts, halves below. */
  above: TextPiece[]
  own: TextPiece[]
  below: TextPiece[]
}

const totalWords = /^(?:合计|总计)$/
const amountHeader = /^(?:总计|合计|金额|预算数|预算金额|采购金额)$/
const cjk = /^[\u4e00-\u9fff]{2,}$/

/**
 * @param indexes the table's content lines (0-based), title and notes left out
 * @param lines normalized lines
 * @param tree what the grammar knows of the table's levels
 * @returns null when the lines are not rows of one amount each
 */
export function reconstructRowTree(indexes: readonly number[], lines: readonly SourceLine[], tree: RowTreeGrammar): RowTreeResult {
  const parsed = indexes.map((index) => ({ index, tokens: layoutTokens(lines[index]!.text) }))
  const firstData = parsed.findIndex((line) => line.tokens.some((token) => token.numeric))
  if (firstData < 0) return null
  const header = parsed.slice(0, firstData)
  const amountKey = header.flatMap((line) => line.tokens.map((token) => joinLabel(token.text))).findLast((word) => amountHeader.test(word)) ?? '金额'
  // The header names the grammar's columns, though wrapped and cut into pieces ("采 购 物" / "品名称"): every
  // character of every column name is there. Another template's table is not this tree.
  const headerText = new Set(header.flatMap((line) => [...joinLabel(line.tokens.map((token) => token.text).join(''))]))
  const textColumns = [tree.top.column, ...tree.middle, ...tree.leaf.columns]
  if (!textColumns.every((column) => [...column].every((character) => headerText.has(character)))) return null

  // Rows: the lines with an amount, its last token. Lines of text go to a row below.
  const rows: TreeLine[] = []
  let pending: TextPiece[][] = []
  const repeated = repeatsHeader(header)
  for (const line of parsed.slice(firstData)) {
    if (repeated(line.tokens)) continue
    const amounts = line.tokens.filter((token) => token.numeric)
    if (amounts.length > 1 || (amounts.length === 1 && line.tokens.at(-1) !== amounts[0])) return null
    const pieces = line.tokens.filter((token) => !token.numeric).flatMap((token) => splitPieces(token, line.index, tree.leaf.marks))
    if (amounts.length === 0) {
      pending.push(pieces)
      continue
    }
    // The lines since the row above: the lower halves of its cells wrapped around
    // its amount first (each meets an upper half), then this row's upper halves.
    const previous = rows.at(-1)
    let given = 0
    if (previous) {
      // A cell wraps evenly around its amount: no more lines below than above.
      const aboveLines = new Set(previous.above.map((piece) => piece.index)).size
      while (given < Math.min(pending.length, aboveLines) && pending[given]!.every((piece) => continues(piece, previous.above))) given++
      previous.below.push(...pending.slice(0, given).flat())
    }
    rows.push({ index: line.index, amount: amounts[0]!, above: pending.slice(given).flat(), own: pieces, below: [] })
    pending = []
  }
  const last = rows.at(-1)!
  for (const piece of pending.flat()) {
    if (!continues(piece, last.above)) return { ok: false, reason: `"${piece.text}" after the last amount belongs to no row`, index: piece.index }
    last.below.push(piece)
  }

  // Levels by their words; cells by column.
  const topColumn = tree.top.column
  const leafName = tree.leaf.columns[0]!
  type Level = 'total' | 'top' | 'middle' | 'leaf'
  const read: Array<{ line: TreeLine; level: Level; texts: Record<string, string>; value: Decimal | null }> = []
  let middleStarts: number[] | null = null
  for (const line of rows) {
    const cells = cellsOf([...line.above, ...line.own, ...line.below])
    const amount = parseAmount(line.amount.text)
    if (amount.damaged) return { ok: false, reason: `"${amount.printed}" cannot be read whole`, index: line.index }
    const value = amount.value === null ? null : new Decimal(amount.value)
    const texts = cells.map((cell) => cell.text)
    let level: Level
    const own: Record<string, string> = {}
    if (read.length === 0) {
      if (texts.length !== 1 || !totalWords.test(texts[0]!)) return null
      level = 'total'
      own['项目'] = texts[0]!
    } else if (texts.length === 1 && tree.top.marks.test(texts[0]!)) {
      level = 'top'
      own[topColumn] = texts[0]!
    } else if (texts.length === tree.leaf.columns.length && tree.leaf.marks.test(texts.at(-1)!)) {
      level = 'leaf'
      for (const [position, column] of tree.leaf.columns.entries()) own[column] = texts[position]!
    } else if (texts.length === tree.middle.length) {
      level = 'middle'
      for (const [position, column] of tree.middle.entries()) own[column] = texts[position]!
      middleStarts = cells.map((cell) => cell.start)
    } else if (texts.length === 1 && middleStarts !== null) {
      // One of the middle columns: the one whose text above starts nearest.
      const start = cells[0]!.start
      const distances = middleStarts.map((other) => Math.abs(other - start))
      const nearest = distances.indexOf(Math.min(...distances))
      if (distances.filter((distance) => distance === distances[nearest]).length > 1) return { ok: false, reason: `"${texts[0]}" stands between two columns`, index: line.index }
      level = 'middle'
      own[tree.middle[nearest]!] = texts[0]!
    } else {
      return { ok: false, reason: `a row of ${texts.length} texts ("${texts.join(' | ')}") fits no level`, index: line.index }
    }
    read.push({ line, level, texts: own, value })
  }

  if (!read.some((row) => row.level === 'top')) return null
  // Every row the sum of the rows under it; the 合计 the sum of the top rows.
  const depth: Record<Level, number> = { total: 0, top: 1, middle: 2, leaf: 3 }
  for (const [position, row] of read.entries()) {
    if (row.level === 'leaf') continue
    const children: Array<Decimal | null> = []
    let childDepth = 0
    for (const below of read.slice(position + 1)) {
      if (depth[below.level] <= depth[row.level]) break
      // The children are the rows of the next level present under it.
      if (childDepth === 0) childDepth = depth[below.level]
      if (depth[below.level] === childDepth) children.push(below.value)
      else if (depth[below.level] < childDepth) return { ok: false, reason: 'rows of different levels under one row', index: below.line.index }
    }
    if (childDepth === 0) {
      if (row.level === 'total') return { ok: false, reason: 'no rows under the 合计', index: row.line.index }
      continue
    }
    if (!addsUp(row.value ?? new Decimal(0), children)) {
      return { ok: false, reason: `"${Object.values(row.texts).join(' ')}" is not the sum of the rows under it`, index: row.line.index }
    }
  }

  // Rows keep the texts of the rows above them that they sit under.
  const context: Record<string, string> = {}
  const gridRows: GridRow[] = read.map((row) => {
    if (row.level === 'top') for (const key of Object.keys(context)) delete context[key]
    if (row.level === 'middle' && row.texts[tree.middle[0]!] !== undefined) for (const column of tree.middle.slice(1)) delete context[column]
    if (row.level !== 'total' && row.level !== 'leaf') Object.assign(context, row.texts)
    const attributes = row.level === 'total' ? {} : { ...context, ...row.texts }
    const item = row.level === 'leaf' ? row.texts[leafName]! : row.level === 'middle' ? (row.texts[tree.middle.at(-1)!] ?? row.texts[tree.middle[0]!]!) : Object.values(row.texts)[0]!
    const amount = parseAmount(row.line.amount.text)
    return gridRow(row.line.index, {
      item,
      attributes,
      cells: [{ column: amountKey, value: amount.value, printed: amount.printed, damaged: null, unit: amount.unit, index: row.line.index, start: row.line.amount.start }],
    })
  })
  const columns: GridColumn[] = [
    ...textColumns.map((key): GridColumn => ({ key, path: [key], role: 'text', side: null, group: null })),
    { key: amountKey, path: [amountKey], role: 'amount', side: null, group: null },
  ]
  return { ok: true, grid: { columns, rows: gridRows, problems: [] } }
}

/**
 * A token as the text pieces it holds: two cells printed one space apart
 * ("甲乙费 丙丁购置", "某物品 分散自行组织") are two; a space inside a cell
 * ("（小于 5 台）", "类别 B") is not a break.
 */
function splitPieces(token: LayoutToken, index: number, leafMarks: RegExp): TextPiece[] {
  const words = token.text.split(' ')
  const pieces: TextPiece[] = []
  let start = token.start
  let current: TextPiece | null = null
  for (const word of words) {
    const breaks = current !== null && (leafMarks.test(word) || (cjk.test(current.text.split(' ').at(-1)!) && cjk.test(word)))
    if (current === null || breaks) {
      if (current) pieces.push(current)
      current = { text: word, start, end: start + word.length, index }
    } else {
      current.text += ` ${word}`
      current.end = start + word.length
    }
    start += word.length + 1
  }
  if (current) pieces.push(current)
  return pieces
}

/** How far the two halves of a wrapped cell may start apart (the converter centres each line of it). */
const startSlack = 4

/** Whether a piece on a line of its own carries on a cell of the row: their columns meet, or start together. */
function continues(piece: TextPiece, cells: readonly TextPiece[]): boolean {
  return cells.some((cell) => (piece.start <= cell.end && cell.start <= piece.end) || Math.abs(piece.start - cell.start) <= startSlack)
}

/** The row's pieces gathered into cells by column, left to right; each cell's text top to bottom. */
function cellsOf(pieces: readonly TextPiece[]): Array<{ text: string; start: number }> {
  const byStart = [...pieces].sort((a, b) => a.start - b.start)
  const groups: TextPiece[][] = []
  for (const piece of byStart) {
    const group = groups.find((candidate) => candidate.some((other) => continues(piece, [other]) && other.index !== piece.index))
    if (group) group.push(piece)
    else groups.push([piece])
  }
  return groups
    .map((group) => ({ text: joinLabel(group.sort((a, b) => a.index - b.index).map((piece) => piece.text).join('')), start: Math.min(...group.map((piece) => piece.start)) }))
    .sort((a, b) => a.start - b.start)
}
