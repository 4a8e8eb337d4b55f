/**
 * The column structure of a tab-separated table, read from its header rows and
 * its data: where the 支出 side begins, where side-by-side groups begin (a group
 * a column of labels, or a 科目代码 column printed again) and which columns print
 * a code's 类 / 款 / 项 in turn.
 */
import { looksLikeAmount } from './parse-amount.js'
import type { GridColumn } from './grid.js'
import { joinLabel, type RawCell } from './split-cells.js'

/** A tab-separated line and its cells. */
export interface TabRow {
  index: number
  cells: RawCell[]
}

/** The label of a total row. */
export const totalLabel = /^(?:合计|总计|小计|本年收入合计|本年支出合计|收入总计|支出总计)$/

/** A side's word over its columns ("收入", "收 入"), or over its names ("收入项目"). */
const sideWord = { 收入: /^收入(?:项目|科目)?$/, 支出: /^支出(?:项目|科目)?$/ }
/** In a summary the grammar knows to be two-sided, "本年收入" … "本年支出" name the sides too (elsewhere, columns). */
const summarySideWord = { 收入: /^(?:本年)?收入(?:项目|科目)?$/, 支出: /^(?:本年)?支出(?:项目|科目)?$/ }

/**
 * Column where the 支出 side begins, when a header row reads 收入 … 支出 (or 收入项目 … 支出项目), with the row
 * and whether it holds nothing but the side words.
 */
export function sideBoundary(headers: readonly (readonly string[])[], twoSided: boolean): { row: number; at: number; only: boolean } | null {
  const words = twoSided ? summarySideWord : sideWord
  for (const [row, cells] of headers.entries()) {
    const labels = cells.map(joinLabel)
    const income = labels.findIndex((label) => words.收入.test(label))
    const expenditure = labels.findIndex((label, column) => column > income && words.支出.test(label))
    if (income < 0 || expenditure < 0) continue
    return { row, at: expenditure, only: labels.every((label) => label === '' || label === '收入' || label === '支出') }
  }
  return null
}

/**
 * In a summary whose header names no side, the 支出 side begins at the second column of labels: the first
 * column of mostly text that stands after a column of amounts.
 */
export function labelBoundary(dataRows: readonly TabRow[], width: number): { row: number; at: number; only: boolean } | null {
  let amountsSeen = false
  for (let column = 0; column < width; column++) {
    const cells = dataRows.map((row) => row.cells[column]?.text ?? '').filter((text) => text.length > 0)
    const texts = cells.filter((text) => !looksLikeAmount(text)).length
    if (cells.length === 0) continue
    if (texts * 2 > cells.length) {
      if (amountsSeen) return { row: -1, at: column, only: false }
    } else amountsSeen = true
  }
  return null
}

/** Columns where a side-by-side group begins: a header row naming 科目代码 more than once. */
export function codeColumnStarts(headers: readonly (readonly string[])[]): number[] {
  for (const cells of headers) {
    const starts = cells.map((cell, column) => (/^科目(?:代码|编码)$/.test(joinLabel(cell)) ? column : -1)).filter((column) => column >= 0)
    if (starts.length > 1) return starts
  }
  return []
}

/** Each group's columns take the label over them all as their group ("人员经费"), or 组N, and keep the rest of their path. */
export function nameGroups(columns: GridColumn[], groupStarts: readonly number[]): void {
  groupStarts.forEach((start, position) => {
    const end = groupStarts[position + 1] ?? columns.length
    for (let column = start; column < end; column++) {
      const entry = columns[column]!
      entry.group = entry.path.length > 1 ? entry.path[0]! : `组${position + 1}`
      entry.path = entry.path.slice(entry.path.length > 1 ? 1 : 0)
      entry.key = entry.path.join('/')
    }
  })
}

/**
 * Where groups of a one-sided table begin when it prints two or more columns of labels, each followed by its
 * own amounts and the first at the table's left; none otherwise (项目名称 | 项目单位 | amounts is one group).
 */
export function labelGroupStarts(columns: readonly GridColumn[]): number[] {
  const labels = columns.flatMap((column, position) => (column.role === 'name' || column.role === 'text' ? [position] : []))
  if (labels.length < 2 || labels[0] !== columns.findIndex((column) => column.role !== 'code' && column.role !== 'rowNumber')) return []
  const amountsAfter = (label: number, next: number) => columns.slice(label + 1, next).some((column) => column.role === 'amount')
  if (!labels.every((label, position) => amountsAfter(label, labels[position + 1] ?? columns.length))) return []
  return labels.map((label, position) => (position === 0 ? 0 : label))
}

/**
 * Where each side's groups begin in a two-sided summary: a side whose columns hold two or more columns of
 * labels, each before its amounts, prints a group a label column (支出 by 功能分类 | by 支出用途), named by the
 * label column's header. Every group's label column names its rows; the sides alone when no side has groups.
 */
export function sideGroupStarts(columns: GridColumn[], sideAt: number): number[] {
  const starts: number[] = []
  for (const [from, to] of [[0, sideAt], [sideAt, columns.length]] as const) {
    const labels: number[] = []
    for (let column = from; column < to; column++) if (columns[column]!.role === 'name' || columns[column]!.role === 'text') labels.push(column)
    const amountsAfter = (label: number, next: number) => columns.slice(label + 1, next).some((column) => column.role === 'amount')
    const grouped = labels.length >= 2 && labels.every((label, position) => amountsAfter(label, labels[position + 1] ?? to))
    if (!grouped) {
      starts.push(from)
      continue
    }
    labels.forEach((label, position) => {
      const end = labels[position + 1] ?? to
      const name = columns[label]!.path.at(-1) || `组${position + 1}`
      columns[label]!.role = 'name'
      for (let column = position === 0 ? from : label; column < end; column++) columns[column]!.group = name
      starts.push(position === 0 ? from : label)
    })
  }
  return starts
}

/** Digits of the 类, 款 and 项 parts of a code printed in columns of their own ("201 | 06 | 01"). */
const partDigits = [3, 2, 2]
const partLabel = ['类', '款', '项']

/**
 * The columns that print a code's 类 / 款 / 项 in turn, by position in the run: headed 类, 款, 项, or a code
 * column followed by columns of two-digit parts under the same header. Empty when the table has none.
 */
export function findCodeParts(columns: GridColumn[], dataRows: readonly TabRow[]): Map<GridColumn, number> {
  const parts = new Map<GridColumn, number>()
  // Short digit strings, most of them of the part's width (a part cut or mistyped is a damaged code, not an amount).
  const allDigits = (position: number, digits: number) => {
    const cells = dataRows.map((row) => row.cells[position]?.text.trim() ?? '').filter((text) => text.length > 0 && !totalLabel.test(joinLabel(text)))
    const whole = cells.filter((text) => text.length === digits).length
    return cells.length > 0 && cells.every((text) => /^\d{1,3}$/.test(text)) && whole * 2 >= cells.length
  }
  const start = columns.findIndex((column) => column.path.at(-1) === '类' || column.role === 'code')
  if (start < 0) return parts
  const headed = columns[start]!.path.at(-1) === '类' && columns[start + 1]?.path.at(-1) === '款'
  if (!headed && !allDigits(start, 3)) return parts
  // Without 类 / 款 / 项 headers, a part's column stands under the code's header or under none.
  const codeHeader = columns[start]!.path[0]
  for (let part = 0; part < partLabel.length; part++) {
    const column = columns[start + part]
    if (!column) break
    if (part > 0 && column.path.at(-1) !== partLabel[part]) {
      const underCode = column.path[0] === codeHeader || column.key.startsWith('(第')
      if (headed || !underCode || !allDigits(start + part, partDigits[part]!)) break
    }
    column.role = 'code'
    parts.set(column, part)
  }
  if (parts.size < 2) parts.clear()
  return parts
}

/** The code that the 类 / 款 / 项 cells of a row spell, damaged when a part is missing or not of its digits. */
export function joinCodeParts(texts: readonly string[]): { value: string | null; damaged: string | null; label: string | null } {
  const trimmed = texts.map((text) => text.trim())
  const last = trimmed.reduce((found, text, part) => (text.length > 0 ? part : found), -1)
  if (last < 0) return { value: null, damaged: null, label: null }
  if (trimmed.slice(1).every((text) => text.length === 0) && !/^\d/.test(trimmed[0]!)) return { value: null, damaged: null, label: joinLabel(trimmed[0]!) }
  const whole = trimmed.slice(0, last + 1).every((text, part) => text.length === partDigits[part] && /^\d+$/.test(text))
  const printed = trimmed.slice(0, last + 1).join(' ')
  return whole ? { value: trimmed.slice(0, last + 1).join(''), damaged: null, label: null } : { value: null, damaged: printed, label: null }
}
