/**
 * Turn multi-row headers into one path per column. A header cell spans the
 * empty cells to its right as long as a lower header row has something under
 * them: "基本支出 | | " over "小计 | 人员经费 | 公用经费" gives 基本支出/小计,
 * 基本支出/人员经费, 基本支出/公用经费; "合计" with nothing under it stays "合计".
 */
import { joinLabel } from './split-cells.js'

/**
 * @param rows header rows, each a list of cell texts, aligned by column
 * @param width number of columns
 * @returns for each column the labels from the top row down
 */
export function headerPaths(input: readonly (readonly string[])[], width: number): string[][] {
  const rows = alignToRepeats(input, width)
  const paths: string[][] = Array.from({ length: width }, () => [])
  const below = (row: number, column: number) => rows.slice(row + 1).some((cells) => joinLabel(cells[column] ?? '').length > 0)
  rows.forEach((cells, row) => {
    let spanning: string | null = null
    for (let column = 0; column < width; column++) {
      const label = joinLabel(cells[column] ?? '')
      if (label.length > 0) {
        paths[column]!.push(label)
        spanning = label
      } else if (spanning !== null && below(row, column)) {
        paths[column]!.push(spanning)
      } else {
        spanning = null
      }
    }
  })
  return paths
}

/**
 * A header row whose labels repeat ("合计 | 因公出国 | … | 合计 | 因公出国 | …")
 * fixes where the groups above it begin: the converter sometimes prints the
 * upper labels ("预算数", "决算数") a column off. When the row below repeats
 * with period p and the row above has one label per repetition, the labels
 * above are put at 0, p, 2p ….
 */
function alignToRepeats(rows: readonly (readonly string[])[], width: number): string[][] {
  const result = rows.map((cells) => Array.from({ length: width }, (_, column) => cells[column] ?? ''))
  for (let row = 0; row + 1 < result.length; row++) {
    const below = result[row + 1]!.map(joinLabel)
    const period = repeatPeriod(below)
    if (period === null) continue
    const labels = result[row]!.filter((cell) => joinLabel(cell).length > 0)
    if (labels.length !== width / period) continue
    result[row] = Array.from({ length: width }, (_, column) => (column % period === 0 ? labels[column / period]! : ''))
  }
  return result
}

function repeatPeriod(labels: readonly string[]): number | null {
  const width = labels.length
  for (let period = 2; period <= width / 2; period++) {
    if (width % period !== 0) continue
    let repeats = true
    for (let column = period; column < width && repeats; column++) repeats = labels[column] === labels[column - period]
    if (repeats && labels.slice(0, period).some((label) => label.length > 0)) return period
  }
  return null
}
