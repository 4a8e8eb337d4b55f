/**
 * `pdftotext -layout` does not always set one column's numbers at one place:
 * rows of one page may fall into blocks each with its own positions (a block
 * set some characters right of the block above), so the right edges of the
 * numbers make more clusters than the table has columns. When the fullest row
 * says how many columns there are, the clusters are taken in order into that
 * many groups, each a column, and the grouping is kept only when exactly one
 * way of doing it
 *
 * - never puts two amounts of one line into one column, and
 * - keeps every line's own identity (first column = Σ the others) where the
 *   full rows show that identity (the table opens with a 合计 column).
 *
 * Without such a row, or with several groupings left, the clusters stay as
 * they are and the reader refuses the lines it cannot place.
 */
import Decimal from 'decimal.js'
import type { LayoutToken } from './layout-tokens.js'
import { parseAmount } from './parse-amount.js'
import { holdsTogether } from './row-total.js'

export interface Cluster {
  left: number
  right: number
}

/** The cluster whose right edges take in `end` (clusters sorted left to right, apart), or -1: a binary search. */
export function clusterAt(clusters: readonly Cluster[], end: number): number {
  let [low, high] = [0, clusters.length - 1]
  while (low <= high) {
    const middle = (low + high) >> 1
    const cluster = clusters[middle]!
    if (end < cluster.left) high = middle - 1
    else if (end > cluster.right) low = middle + 1
    else return middle
  }
  return -1
}

/** More groupings than this and none is tried (the count grows as a binomial of the clusters). */
const groupingsMax = 5000

/** How many amount columns the fullest line shows. */
export function fullestLine(lines: ReadonlyArray<readonly LayoutToken[]>): number {
  return Math.max(0, ...lines.map((amounts) => amounts.length))
}

/** Whether every line printing as many amounts as the fullest opens with their total (合计 = Σ the others). */
export function showsTotalFirst(lines: ReadonlyArray<readonly LayoutToken[]>): boolean {
  const columns = fullestLine(lines)
  const full = lines.filter((amounts) => amounts.length === columns)
  return columns >= 2 && full.length > 0 && full.every((amounts) => holdsTogether(amounts.map(valueOf)))
}

/**
 * @param clusters right-edge clusters of the amounts, left to right
 * @param lines the amounts of each line, left to right
 * @param columns how many columns to group them into (default: as many as the fullest line prints)
 * @param totalFirst whether each line's first column is the total of the others
 * @returns the clusters grouped into columns, or null to keep them as they are
 */
export function regroupClusters(clusters: readonly Cluster[], lines: ReadonlyArray<readonly LayoutToken[]>, columns = fullestLine(lines), totalFirst = showsTotalFirst(lines)): Cluster[] | null {
  if (columns < 2 || clusters.length <= columns) return null
  if (binomial(clusters.length - 1, columns - 1) > groupingsMax) return null
  const found: Cluster[][] = []
  // `starts` holds the first cluster of each group; the first group starts at cluster 0.
  const walk = (starts: number[]) => {
    if (found.length > 1) return
    if (starts.length === columns) {
      const grouped = starts.map((start, group) => ({ left: clusters[start]!.left, right: clusters[(starts[group + 1] ?? clusters.length) - 1]!.right }))
      if (keepsRowsWhole(grouped, lines, totalFirst)) found.push(grouped)
      return
    }
    for (let start = starts.at(-1)! + 1; start <= clusters.length - (columns - starts.length); start++) walk([...starts, start])
  }
  walk([0])
  return found.length === 1 ? found[0]! : null
}

/**
 * Whether reading each line's amounts in these columns puts every amount in a column, no two of one line in
 * the same, and (with `totalFirst`) keeps every line's total equal to the sum of the rest.
 */
export function keepsRowsWhole(clusters: readonly Cluster[], lines: ReadonlyArray<readonly LayoutToken[]>, totalFirst: boolean): boolean {
  return lines.every((amounts) => {
    const columns = amounts.map((token) => clusterAt(clusters, token.end))
    if (columns.some((column) => column < 0) || new Set(columns).size !== columns.length) return false
    if (!totalFirst || amounts.length === 0) return true
    const values: (Decimal | null)[] = clusters.map(() => null)
    columns.forEach((column, position) => (values[column] = valueOf(amounts[position]!)))
    return holdsTogether(values)
  })
}

function valueOf(token: LayoutToken): Decimal | null {
  const amount = parseAmount(token.text)
  return amount.value === null ? null : new Decimal(amount.value)
}

function binomial(n: number, k: number): number {
  let result = 1
  for (let i = 1; i <= k; i++) result = (result * (n - k + i)) / i
  return result
}
