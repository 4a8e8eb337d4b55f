/**
 * Rebuild a table printed one cell per line (plain `pdftotext`), when the
 * cells come row by row: a 科目 code, its name (maybe wrapped over lines),
 * then its amounts. Read only when every row has the same number of amounts
 * and the header names that many columns (or there is a single amount column):
 * with cells one per line, a blank cell leaves no trace, so any doubt about
 * which column a number belongs to stops the reading — reported, not guessed.
 * Tables printed column by column (all codes, then all names …) are reported.
 */
import Decimal from 'decimal.js'
import type { TableGrammar } from '../../grammars/types.js'
import type { SourceLine } from '../ingest/normalize.js'
import type { Grid, GridColumn, GridRow } from './grid.js'
import { markCutCells, markRepeatedCodes } from './mark-damage.js'
import { looksLikeAmount, parseAmount } from './parse-amount.js'
import { parentCode, readCode } from './read-code.js'
import { addsUp, showsTotalColumn } from './row-total.js'
import { joinLabel } from './split-cells.js'
import { completeLabel } from './layout-tokens.js'
import { placeDrifting, type DriftingRow } from './place-drifting.js'
import { nameByTemplate } from './header-by-template.js'

export type CellsResult = { ok: true; grid: Grid } | { ok: false; reason: string; index: number }

/** The reason given for a table printed column by column (another reader may take it). */
export const columnByColumn = 'cells come column by column'
const codePattern = /^\d{3}(?:\d{2}){0,2}$/
const totalLabel = /^(?:合计|总计|本年合计)$/
const subtotalLabel = /^(?:小计|合计)$/
/** Headers of the row-label columns. */
const rowLabelHeader = /(?:编码|代码|名称|^项目$|科目$)$/

/**
 * @param indexes the table's content lines (0-based), titles, notes and label lines left out
 * @param lines normalized lines
 * @param table the grammar entry
 */
export function reconstructCells(indexes: readonly number[], lines: readonly SourceLine[], table: TableGrammar): CellsResult {
  const cells = indexes.map((index) => ({ index, text: lines[index]!.text.trim() })).filter((cell) => cell.text.length > 0)
  const firstCode = cells.findIndex((cell) => codePattern.test(cell.text))
  if (firstCode < 0) return { ok: false, reason: 'no 科目 code starts a row', index: indexes[0] ?? 0 }
  if (codePattern.test(cells[firstCode + 1]?.text ?? '')) return { ok: false, reason: columnByColumn, index: cells[firstCode]!.index }

  // Before the first code: header labels, and maybe the 合计 row with its amounts.
  // A label printed one character a line ("合", "计") is one label.
  const head: typeof cells = []
  let spelling = false
  for (const cell of cells.slice(0, firstCode)) {
    const single = joinLabel(cell.text).length === 1 && !looksLikeAmount(cell.text)
    if (single && spelling) head[head.length - 1] = { index: head.at(-1)!.index, text: head.at(-1)!.text + joinLabel(cell.text) }
    else head.push(cell)
    spelling = single
  }
  // The 合计 row's label is the last 合计 before the first row, with amounts after it; an earlier 合计 is a
  // column header ("科目名称 合计 基本支出 项目支出 合计 30.00 …").
  const lastTotal = head.findLastIndex((cell) => totalLabel.test(joinLabel(cell.text)))
  const totalAt = lastTotal >= 0 && head.slice(lastTotal + 1).some((cell) => looksLikeAmount(cell.text)) ? lastTotal : -1
  const headerCells = head.filter((cell, position) => position !== totalAt && !looksLikeAmount(cell.text))
  const headerLabels = headerCells.map((cell) => joinLabel(cell.text))
  const totalAmounts = head.filter((cell) => looksLikeAmount(cell.text))
  if (totalAmounts.length > 0 && totalAt < 0) return { ok: false, reason: 'amounts before the first row with no 合计 label', index: totalAmounts[0]!.index }

  // Rows: code, name fragments, amounts.
  type RawRow = { index: number; code: string; name: string[]; amounts: typeof cells }
  const rows: RawRow[] = []
  // The header printed again at the top of a later page is not part of any row.
  const headerSet = new Set(headerLabels)
  let pageTop = false
  // A 合计 row printed last (under the rows, as some templates do): its label and its amounts end the cells.
  let body = cells.slice(firstCode)
  const trailing = body.findLastIndex((cell) => !looksLikeAmount(cell.text))
  const trailingTotal = totalAt < 0 && trailing > 0 && trailing < body.length - 1 && totalLabel.test(joinLabel(body[trailing]!.text)) ? body.slice(trailing) : null
  if (trailingTotal) body = body.slice(0, trailing)
  for (const cell of body) {
    if (lines[cell.index]!.pageBreak) pageTop = true
    if (pageTop && headerSet.has(joinLabel(cell.text))) continue
    pageTop = false
    // A code starts a row after a row with amounts, or after a named row whose amount the converter printed
    // further down (placed below by the 科目 identities, or the table is refused).
    const previous = rows.at(-1)
    if (codePattern.test(cell.text) && (!previous || previous.amounts.length > 0 || previous.name.length > 0)) {
      rows.push({ index: cell.index, code: cell.text, name: [], amounts: [] })
      continue
    }
    const row = rows.at(-1)!
    if (looksLikeAmount(cell.text)) row.amounts.push(cell)
    else if (row.amounts.length === 0) row.name.push(joinLabel(cell.text))
    else return { ok: false, reason: `text "${cell.text}" after the amounts of a row`, index: cell.index }
  }
  const moved = placeMovedAmounts(rows)
  if (moved) return { ok: false, reason: moved.reason, index: moved.index }
  const counts = new Set(rows.map((row) => row.amounts.length))
  // With one amount column a row without an amount is a blank cell; with more, a blank leaves no trace of its
  // column, and the rows with blanks are placed by the sums (below) or the table is refused.
  const single = counts.size === 2 && counts.has(0) && counts.has(1)
  const blanks = counts.size !== 1 && !single
  // A 科目 row without its amount over rows that print one: a blank parent of amounts cannot be, so its amount
  // stands further down, and which amount is whose is not known.
  if (single) {
    const printed = new Set(rows.filter((row) => row.amounts.length > 0).map((row) => row.code))
    const orphan = rows.find((row) => row.amounts.length === 0 && [...printed].some((code) => code.length > row.code.length && code.startsWith(row.code)))
    if (orphan) return { ok: false, reason: `科目 ${orphan.code} prints no amount over rows that print one (its amount stands elsewhere)`, index: orphan.index }
  }
  // Column names: the labels after the row-label headers, when there is one per column.
  const columnWord = (label: string) => !rowLabelHeader.test(label) && !/^单位[:：]/.test(label) && !/^部门[:：]/.test(label)
  const lastRowLabel = headerLabels.findLastIndex((label) => rowLabelHeader.test(label))
  const after = cellLabels(headerCells.slice(lastRowLabel + 1).map((cell) => cell.text).filter((text) => columnWord(joinLabel(text))))
  // The converter may print the last row-label header after every column word ("科目 合计 科目编码 基本支出
  // 项目支出 科目名称"): then the column words are the others, in order, when each stands on a line of its own
  // (a line of several words is several cells whose wraps stand elsewhere).
  const others = headerCells.map((cell) => cell.text).filter((text) => columnWord(joinLabel(text)))
  const headerWords = after.length > 0 || others.some((text) => /\S\s+\S/.test(text.trim())) ? after : cellLabels(others)
  // A word over all the columns, its first one a 小计 ("本年支出" over 小计 | 基本支出 | 项目支出): it heads them,
  // when the header has one word more than the fullest row has amounts.
  const fullest = Math.max(...counts, totalAmounts.length, trailingTotal === null ? 0 : trailingTotal.length - 1)
  const spanning = headerWords.length === fullest + 1 && fullest >= 2 && subtotalLabel.test(headerWords[1]!) && !subtotalLabel.test(headerWords[0]!) ? headerWords[0]! : null
  // A crowded header the grammar knows, its labels cut and printed in pieces ("事业收", … "入"): named by the
  // template whose characters are exactly the header's, as many labels as the fullest row has amounts.
  // Cells set one space apart on one line ("财政拨款收入 上级补助收入 事业收") are several; a stray space is not.
  const pieces = head
    .filter((cell, position) => position !== totalAt && !looksLikeAmount(cell.text) && columnWord(joinLabel(cell.text)))
    .flatMap((cell, at) => {
      const parts = cellsOf(cell.text)
      return parts.map((text, part) => ({ text: joinLabel(text), at: at + part / (parts.length + 1) }))
    })
  const templated = spanning === null && headerWords.length !== fullest && table.columnTemplates ? nameByTemplate(pieces, table.columnTemplates, fullest) : null
  const columnLabels = templated ?? (spanning === null ? headerWords : headerWords.slice(1))
  // With blanks, the header says how many columns there are; no row may print more.
  const width = blanks ? columnLabels.length : Math.max(...counts)
  if (trailingTotal && (trailingTotal.length - 1 > width || (!blanks && trailingTotal.length - 1 !== width))) return { ok: false, reason: 'the 合计 row holds a different number of amounts', index: trailingTotal[0]!.index }
  if (blanks && (width < 2 || Math.max(...counts, totalAmounts.length) > width)) return { ok: false, reason: 'rows hold different numbers of amounts (blank cells leave no trace)', index: rows[0]!.index }
  // The header's words count the columns only if some row fills them all: a word over several columns
  // ("基本支出" over 小计 | 人员经费 | 公用经费) would count one too many.
  const fullRow = counts.has(width) || totalAmounts.length === width || (trailingTotal !== null && trailingTotal.length - 1 === width)
  if (blanks && !fullRow) return { ok: false, reason: 'rows hold different numbers of amounts, and none fills every column the header names', index: rows[0]!.index }
  if (!blanks && totalAt >= 0 && totalAmounts.length !== width) return { ok: false, reason: 'the 合计 row holds a different number of amounts', index: head[totalAt]!.index }
  if (width > 1 && columnLabels.length !== width) return { ok: false, reason: `${width} amounts a row but ${columnLabels.length} column headers`, index: rows[0]!.index }
  const columns: GridColumn[] = Array.from({ length: width }, (_, column) => {
    const label = columnLabels.length === width ? columnLabels[column]! : `(第${column + 1}列)`
    const path = spanning !== null && columnLabels.length === width ? [spanning, label] : [label]
    return { key: path.join('/'), path, role: 'amount', side: null, group: null }
  })

  const codeLengths = table.codes === 'economic' ? [3, 5] : [3, 5, 7]
  const toRow = (index: number, code: string | null, item: string | null, amounts: typeof cells): GridRow => {
    const parsed = code === null ? null : readCode(code, codeLengths)
    return {
      index,
      side: null,
      group: null,
      rowNumber: null,
      code: parsed?.value ?? null,
      codeDamaged: parsed?.damaged ?? null,
      parentCode: parsed?.value ? parentCode(parsed.value) : null,
      item,
      attributes: {},
      cells: columns.map((column, position) => {
        const cell = amounts[position]
        const amount = parseAmount(cell?.text ?? '')
        return { column: column.key, value: amount.value, printed: amount.printed, damaged: amount.damaged, unit: amount.unit, index: cell?.index ?? index, start: 0 }
      }),
    }
  }
  const grid: Grid = { columns, rows: [], problems: [] }
  // A row printing fewer amounts than there are columns waits for the sums to place them (its cells blank till then).
  const drifting: DriftingRow[] = []
  const add = (index: number, code: string | null, item: string | null, amounts: typeof cells) => {
    const partial = blanks && amounts.length > 0 && amounts.length < width
    const row = toRow(index, code, item, partial ? [] : amounts)
    grid.rows.push(row)
    if (partial) drifting.push({ row, index: amounts[0]!.index, indexes: amounts.map((amount) => amount.index), tokens: amounts.map((amount) => ({ text: amount.text, start: 0, end: amount.text.length, numeric: true })) })
  }
  if (totalAt >= 0) add(head[totalAt]!.index, null, joinLabel(head[totalAt]!.text), totalAmounts)
  for (const row of rows) add(row.index, row.code, row.name.length > 0 ? row.name.join('') : null, row.amounts)
  if (trailingTotal) add(trailingTotal[0]!.index, null, joinLabel(trailingTotal[0]!.text), trailingTotal.slice(1))
  // Each row's own total and the 科目 sums must leave one place for every amount of such rows.
  const unplaced = placeDrifting(grid.rows, drifting, columns)
  if (unplaced !== null) {
    const entry = drifting.find((candidate) => candidate.tokens.some((token) => token.text === unplaced))
    return { ok: false, reason: `rows hold different numbers of amounts, and the sums leave more than one place (or none) for "${unplaced}"`, index: entry?.index ?? rows[0]!.index }
  }
  // Named in reading order, the column that adds up the others must carry a total's name: a label lost among the
  // row-label headers ("科目 合计 科目编码 科目名称") puts every name a column off.
  if (showsTotalColumn(grid.rows, columns) && !/合计|小计|总计/.test(columns[0]!.key))
    return { ok: false, reason: `the first column adds up the others but is named "${columns[0]!.key}"`, index: rows[0]?.index ?? indexes[0]! }
  markCutCells(grid)
  markRepeatedCodes(grid)
  return { ok: true, grid }
}

/** A line's cells: words set one space apart, each of two characters or more, are several; a stray space is not. */
function cellsOf(text: string): string[] {
  const parts = text.trim().split(/\s+/)
  return parts.length > 1 && parts.every((part) => part.length >= 2) ? parts : [text]
}

/**
 * Header cells as labels. A line of several cells set one space apart, cut short ("一般公共预算拨 政府性基金预算"),
 * is followed by their rests, one a line ("款收入", "拨款收入"): each part takes its rest. Whole labels on one line
 * ("基本支出 项目支出") are one label each; a stray space inside a label is nothing.
 */
function cellLabels(texts: readonly string[]): string[] {
  const labels: string[] = []
  for (let at = 0; at < texts.length; at++) {
    const parts = cellsOf(texts[at]!)
    if (parts.length < 2) {
      labels.push(joinLabel(texts[at]!))
      continue
    }
    const rests = texts.slice(at + 1, at + 1 + parts.length)
    const cut = parts.some((part) => !completeLabel.test(part)) && rests.length === parts.length && rests.every((rest) => !/\s/.test(rest.trim()))
    labels.push(...parts.map((part, position) => joinLabel(part) + (cut ? joinLabel(rests[position]!) : '')))
    if (cut) at += parts.length
  }
  return labels
}

type MovableRow = { index: number; code: string; name: string[]; amounts: Array<{ index: number; text: string }> }

/**
 * One amount a row: a row printed without its amount, followed by a row with
 * two, has had its amount moved down ("302 商品和服务支出", "30201 办公费 456.78
 * 12.30"). Which of the two is whose is decided by the parent = Σ children
 * identity of the row without an amount; when both ways or neither hold, the
 * table is refused (null when nothing was to place or all was placed).
 */
function placeMovedAmounts(rows: MovableRow[]): { reason: string; index: number } | null {
  const widths = rows.map((row) => row.amounts.length)
  // No row holds more than one amount: nothing was moved, the rows without one are blank.
  if (!widths.includes(0) || widths.every((width) => width <= 1)) return null
  const trailing = placeTrailingAmounts(rows)
  if (trailing !== undefined) return trailing
  if (widths.some((width) => width > 2)) return null
  // Each placement sums a row's children: kept to a few moved amounts a table, so the cost stays linear.
  if (widths.filter((width) => width === 0).length > 50) return { reason: 'too many rows printed without their amount', index: rows[0]!.index }
  for (let at = 0; at < rows.length; at++) {
    const row = rows[at]!
    if (row.amounts.length !== 0) continue
    const next = rows[at + 1]
    if (!next || next.amounts.length !== 2) return { reason: `"${row.code}" has no amount and the row after it does not hold two`, index: row.index }
    const options = [
      [next.amounts[0]!, next.amounts[1]!],
      [next.amounts[1]!, next.amounts[0]!],
    ] as const
    const fitting = options.filter(([own, theirs]) => childrenAddUp(rows, row.code, own.text, next, theirs.text))
    if (fitting.length !== 1) return { reason: `the amount of "${row.code}" was printed with the row after it and no identity tells which is whose`, index: row.index }
    row.amounts = [fitting[0]![0]]
    next.amounts = [fitting[0]![1]]
  }
  return null
}

/**
 * One amount a row, and the amounts of the rows printed without one all
 * gathered after the last row's ("30112 其他社会保障缴费", … "30309 奖励金 1.60
 * 1.31 2,232.91"): they are given, in order, to the rows that lack one, when
 * that makes every such row's 科目 identity hold (parent = Σ children, as
 * parent or as child) and no other order of the last row's amounts does.
 * Undefined when the table is not printed so.
 */
function placeTrailingAmounts(rows: MovableRow[]): { reason: string; index: number } | null | undefined {
  const last = rows.at(-1)
  const empty = rows.filter((row) => row.amounts.length === 0)
  if (!last || empty.length === 0 || last.amounts.length !== empty.length + 1 || rows.slice(0, -1).some((row) => row.amounts.length > 1)) return undefined
  const printed = last.amounts
  const options = [
    { own: printed[0]!, moved: printed.slice(1) },
    { own: printed.at(-1)!, moved: printed.slice(0, -1) },
  ]
  const fitting = options.filter((option) => {
    const trial = rows.map((row) => ({ ...row, amounts: row === last ? [option.own] : row.amounts.length === 0 ? [option.moved[empty.indexOf(row)]!] : row.amounts }))
    return [...empty, last].every((row) => {
      const parent = parentCode(row.code)
      return identityHolds(trial, row.code) || (parent !== null && identityHolds(trial, parent))
    })
  })
  if (fitting.length !== 1) return { reason: 'amounts printed after the last row cannot be given to the rows without one with certainty', index: last.index }
  empty.forEach((row, position) => (row.amounts = [fitting[0]!.moved[position]!]))
  last.amounts = [fitting[0]!.own]
  return null
}

/** Whether the row with this code is the sum of its children, every one holding one amount. */
function identityHolds(rows: readonly MovableRow[], code: string): boolean {
  const parent = rows.find((row) => row.code === code)
  const children = rows.filter((row) => row.code.length > code.length && parentCode(row.code) === code)
  if (!parent || parent.amounts.length !== 1 || children.length === 0 || children.some((child) => child.amounts.length !== 1)) return false
  const parts = children.map((child) => parseAmount(child.amounts[0]!.text).value)
  const total = parseAmount(parent.amounts[0]!.text).value
  return total !== null && parts.every((part) => part !== null) && addsUp(new Decimal(total), parts.map((part) => new Decimal(part!)))
}

/** Whether the rows whose code extends `code` by one level add up to `value` (with `next` holding `nextValue`). */
function childrenAddUp(rows: readonly MovableRow[], code: string, value: string, next: MovableRow, nextValue: string): boolean {
  const children = rows.filter((row) => row.code.length > code.length && row.code.startsWith(code) && parentCode(row.code) === code)
  if (children.length === 0) return false
  const parts: Decimal[] = []
  for (const child of children) {
    const text = child === next ? nextValue : child.amounts.length === 1 ? child.amounts[0]!.text : null
    const amount = text === null ? null : parseAmount(text).value
    if (amount === null) return false
    parts.push(new Decimal(amount))
  }
  const total = parseAmount(value).value
  return total !== null && addsUp(new Decimal(total), parts)
}
