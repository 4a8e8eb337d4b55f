/**
 * Column names by order, for a one-sided space-aligned table whose header
 * words could not be put over their columns by position: a header centred in
 * a wide cell stands left of its right-aligned numbers, and pdftotext may set
 * two header cells one space apart ("一般公共预算拨 政府性基金预算").
 *
 * The header's words right of the row-label headers are stacked into labels
 * (a fragment goes under the one above it whose characters it overlaps), and
 * the labels, left to right, name the columns left to right; a label standing
 * wholly right of every amount names a blank column. Kept only when there are
 * exactly as many labels as columns, no word stands over two labels (a group
 * heading them is beyond this reading), and each label stands where its
 * column can be: never starting right of its column's numbers, never ending
 * left of the column before it.
 */
import type { GridColumn } from './grid.js'
import { spaceWords, type LayoutToken } from './layout-tokens.js'
import { joinLabel } from './split-cells.js'

/** How far short of its numbers a column's label may end (it is centred in a cell the numbers are right-aligned in). */
const reach = 3
/** How much the distances of the labels from their columns' numbers may differ. */
const offsetSpread = 10

export interface HeaderFragment {
  line: number
  start: number
  end: number
  text: string
}

/**
 * The header's words right of the row-label headers, stacked into labels (a fragment goes under the one above it
 * whose characters it overlaps), left to right; null when a fragment stands under two, or two under one (the
 * one above heads a group).
 */
export function stackedLabels(header: ReadonlyArray<readonly LayoutToken[]>, labelsFrom: number, skip: RegExp): Array<{ text: string; start: number; end: number }> | null {
  const stacks: HeaderFragment[][] = []
  for (const fragment of headerPieces(header, labelsFrom, skip)) {
    const under = stacks.filter((stack) => {
      const last = stack.at(-1)!
      return last.line < fragment.line && fragment.line - last.line <= 2 && fragment.start <= last.end && fragment.end >= last.start
    })
    if (under.length > 1) return null
    if (under.length === 1) {
      if (under[0]!.at(-1)!.line === fragment.line) return null
      under[0]!.push(fragment)
    } else stacks.push([fragment])
  }
  return stacks
    .map((stack) => ({ text: stack.map((fragment) => fragment.text).join(''), start: Math.min(...stack.map((fragment) => fragment.start)), end: Math.max(...stack.map((fragment) => fragment.end)) }))
    .sort((a, b) => a.start - b.start)
}

/** The header's words right of the row-label headers that may name a column, line by line, left to right. */
export function headerPieces(header: ReadonlyArray<readonly LayoutToken[]>, labelsFrom: number, skip: RegExp): HeaderFragment[] {
  return header.flatMap((tokens, line) =>
    tokens.flatMap(headerWords).flatMap((word) => {
      const text = joinLabel(word.text)
      return word.start < labelsFrom || skip.test(text) ? [] : [{ line, start: word.start, end: word.end, text }]
    }),
  )
}

/** A header token's words: cells set one space apart ("一般公共预算拨 政府性基金预算") are two, a stray space is not. */
export function headerWords(token: LayoutToken): LayoutToken[] {
  const parts = spaceWords(token)
  return parts.length > 1 && parts.every((part) => part.text.length >= 2) ? parts : [token]
}

/**
 * @param header the header's tokens, line by line, top to bottom
 * @param clusters the amount columns' right edges, left to right
 * @param labelsFrom where the row-label headers (科目编码, 科目名称 …) end: words left of it are theirs
 * @param skip header words that name no amount column (row-label headers, 类/款/项)
 * @param byPosition the columns as the header words' positions named them, some without a name, if any
 * @param starts where each column's numbers start (the leftmost)
 * @param full whether some row prints an amount in every column
 * @returns the columns left to right, and which of them are blank (no cluster); 'conflict' when they disagree
 *   with the positions' names while the positions left a column unnamed; or null
 */
export function headerByOrder(
  header: ReadonlyArray<readonly LayoutToken[]>,
  clusters: ReadonlyArray<{ left: number; right: number }>,
  labelsFrom: number,
  skip: RegExp,
  byPosition: readonly GridColumn[] | null,
  starts: readonly number[],
  full = false,
): { columns: GridColumn[]; blanks: number[] } | 'conflict' | null {
  const labels = stackedLabels(header, labelsFrom, skip)
  if (!labels) return null
  // A label clear of every column's numbers, right of them all or between two columns (ending well before
  // the next column's numbers start), names a blank column; the others name the columns with numbers.
  const blankAfter = (label: { start: number; end: number }) =>
    clusters.findIndex((cluster, column) => label.start > cluster.right && (column === clusters.length - 1 || label.end < starts[column + 1]! - reach))
  // As many labels as columns, and a row printing every column: no column is blank, and the labels are the
  // columns in order wherever the header's line set them (a header line set wider than the rows puts its last
  // label past every number).
  const whole = full && labels.length === clusters.length
  const named = whole ? labels : labels.filter((label) => blankAfter(label) < 0)
  if (named.length !== clusters.length || named.length < 2) return null
  // Each stands where its column can be: not past its numbers, nor wholly left of where the column before's
  // numbers start (a crowded header squeezes its words over the columns before theirs, never past them).
  const fits = named.every((label, column) => label.start <= clusters[column]!.right + 1 && (column === 0 || label.end > starts[column - 1]!))
  if (!fits && !whole) return null
  // And about as far from their numbers as one another: a label taken for a blank one may be the column's own,
  // centred over a wide cell left of its numbers, every name after it then a column on.
  const offsets = named.map((label, column) => (label.start + label.end) / 2 - (starts[column]! + clusters[column]!.right) / 2)
  if (Math.max(...offsets) - Math.min(...offsets) > offsetSpread && !whole) return null
  const ordered = labels.map((label) => ({ label, at: whole || blankAfter(label) < 0 ? named.indexOf(label) : blankAfter(label) + 0.5 })).sort((a, b) => a.at - b.at)
  const blanks = ordered.flatMap((entry, position) => (Number.isInteger(entry.at) ? [] : [position]))
  const texts = ordered.map((entry) => entry.label.text)
  // A character alone is a piece of a wrapped label that stood clear of the rest: where it goes is not known.
  if (new Set(texts).size !== texts.length || texts.some((text) => text.length < 2)) return null
  // Columns the positions did name keep their names: the order must agree with them. Where it does not, and the
  // positions left a column without a name that the order gives one, neither reading can be trusted.
  if (byPosition && byPosition.some((column, position) => !column.path.at(-1)!.startsWith('(第') && column.key !== named[position]!.text)) {
    return byPosition.some((column) => column.path.at(-1)!.startsWith('(第')) ? 'conflict' : null
  }
  return { columns: texts.map((text) => ({ key: text, path: [text], role: 'amount', side: null, group: null })), blanks }
}
