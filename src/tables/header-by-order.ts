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

interface Fragment {
  line: number
  start: number
  end: number
  text: string
}

/**
 * @param header the header's tokens, line by line, top to bottom
 * @param clusters the amount columns' right edges, left to right
 * @param labelsFrom where the row-label headers (科目编码, 科目名称 …) end: words left of it are theirs
 * @param skip header words that name no amount column (row-label headers, 类/款/项)
 * @param byPosition the columns as the header words' positions named them, some without a name, if any
 * @returns a column for each cluster, then one for each blank column right of them; or null
 */
export function headerByOrder(
  header: ReadonlyArray<readonly LayoutToken[]>,
  clusters: ReadonlyArray<{ left: number; right: number }>,
  labelsFrom: number,
  skip: RegExp,
  byPosition: readonly GridColumn[] | null,
): GridColumn[] | null {
  const stacks: Fragment[][] = []
  for (const [line, tokens] of header.entries()) {
    const words = tokens.flatMap((token) => {
      const parts = spaceWords(token)
      return parts.length > 1 && parts.every((part) => part.text.length >= 2) ? parts : [token]
    })
    for (const word of words) {
      const text = joinLabel(word.text)
      if (word.start < labelsFrom || skip.test(text)) continue
      const fragment = { line, start: word.start, end: word.end, text }
      const under = stacks.filter((stack) => {
        const last = stack.at(-1)!
        return last.line < line && line - last.line <= 2 && fragment.start <= last.end && fragment.end >= last.start
      })
      if (under.length > 1) return null
      if (under.length === 1) {
        // Two words under one: the one above heads a group.
        if (under[0]!.at(-1)!.line === line) return null
        under[0]!.push(fragment)
      } else stacks.push([fragment])
    }
  }
  const labels = stacks
    .map((stack) => ({ text: stack.map((fragment) => fragment.text).join(''), start: Math.min(...stack.map((fragment) => fragment.start)), end: Math.max(...stack.map((fragment) => fragment.end)) }))
    .sort((a, b) => a.start - b.start)
  const lastRight = clusters.at(-1)?.right ?? -1
  const named = labels.filter((label) => label.start <= lastRight)
  const blank = labels.filter((label) => label.start > lastRight)
  if (named.length !== clusters.length || named.length < 2) return null
  const fits = named.every((label, column) => label.start <= clusters[column]!.right + 1 && (column === 0 || label.end > clusters[column - 1]!.right))
  if (!fits) return null
  const texts = [...named, ...blank].map((label) => label.text)
  // A character alone is a piece of a wrapped label that stood clear of the rest: where it goes is not known.
  if (new Set(texts).size !== texts.length || texts.some((text) => text.length < 2)) return null
  // Columns the positions did name keep their names: the order must agree with them.
  if (byPosition && byPosition.some((column, position) => !column.path.at(-1)!.startsWith('(第') && column.key !== texts[position])) return null
  return texts.map((text) => ({ key: text, path: [text], role: 'amount', side: null, group: null }))
}
