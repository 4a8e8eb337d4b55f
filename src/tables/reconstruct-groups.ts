/**
 * A summary printed with three or more label groups side by side on each line
 * (收入 | 支出 by 功能分类 | 支出 by 用途), aligned by spaces: each group is a
 * column of labels with one amount column after it. Groups are found from
 * where the labels start; every label and amount belongs to the group whose
 * labels start last before it. A total printed once for a side that spans
 * two groups ("当年支出小计 … 12,345.67") is one row of that side. Anything
 * else out of place — two amounts in a group, an amount with no label on its
 * side — refuses the table.
 */
import type { SourceLine } from '../ingest/normalize.js'
import type { Grid, GridColumn, GridRow } from './grid.js'
import { layoutTokens, type LayoutToken } from './layout-tokens.js'
import { parseAmount } from './parse-amount.js'
import { joinLabel } from './split-cells.js'

export type GroupsResult = { ok: true; grid: Grid } | { ok: false; reason: string; index: number } | null

/** Label starts closer than this are one group (numbered sub-items are indented a little). */
const groupSlack = 6
/** Header words that name no group. */
const plainHeader = /^(?:收入|支出|项目|项目名称|名称|科目名称|功能科目名称|金额|预算数|决算数|部门[:：].*|单位[:：].*)$/

/**
 * @param indexes the table's content lines (0-based), title and notes left out
 * @param lines normalized lines
 * @returns null when the table is not laid out in three or more groups
 */
export function reconstructGroups(indexes: readonly number[], lines: readonly SourceLine[]): GroupsResult {
  const parsed = indexes.map((index) => {
    const tokens = layoutTokens(lines[index]!.text)
    return { index, labels: tokens.filter((token) => !token.numeric), amounts: tokens.filter((token) => token.numeric), tokens }
  })
  const firstData = parsed.findIndex((line) => line.amounts.length > 0)
  if (firstData < 0) return null
  const header = parsed.slice(0, firstData)
  const body = parsed.slice(firstData)
  const headerText = header.map((line) => line.tokens.map((token) => joinLabel(token.text)).join(' ')).join(' ')
  if (!headerText.includes('收入') || !headerText.includes('支出')) return null

  // The groups start where their numbered items ("一、", "1.") start; totals and notes may be indented anywhere.
  const numbered = /^(?:[一二三四五六七八九十廿]{1,3}、|\d{1,2}[.．、](?!\d))/
  const starts = [...new Set(body.flatMap((line) => line.labels.filter((label) => numbered.test(joinLabel(label.text))).map((label) => label.start)))].sort((a, b) => a - b)
  // Starts within the slack of the one before belong to its group.
  const clusters: number[] = []
  let last = -Infinity
  for (const start of starts) {
    if (start - last > groupSlack) clusters.push(start)
    last = start
  }
  if (clusters.length < 3) return null
  const groupOf = (position: number) => {
    let group = 0
    clusters.forEach((start, index) => {
      if (position >= start - 1) group = index
    })
    return group
  }
  const sideOf = (group: number) => (group === 0 ? ('收入' as const) : ('支出' as const))
  // Each group has one amount column; its name comes from the header words over the group.
  const names = clusters.map(() => [] as string[])
  for (const line of header)
    for (const token of line.tokens) {
      const label = joinLabel(token.text)
      if (!plainHeader.test(label)) names[groupOf(token.start)]!.push(label)
    }
  const columns: GridColumn[] = clusters.map((_, group) => ({
    key: '金额',
    path: ['金额'],
    role: 'amount',
    side: sideOf(group),
    group: group === 0 ? null : (names[group]!.join('') || null),
  }))
  // Without a name for each group of the 支出 side this is not such a summary: the two-sided reader takes it.
  if (columns.slice(1).some((column) => column.group === null)) return null

  const rows: GridRow[] = []
  for (const line of body) {
    const byGroup = clusters.map(() => ({ labels: [] as LayoutToken[], amounts: [] as LayoutToken[] }))
    for (const token of line.labels) byGroup[groupOf(token.start)]!.labels.push(token)
    for (const token of line.amounts) byGroup[groupOf(token.start)]!.amounts.push(token)
    for (let group = 0; group < clusters.length; group++) {
      const { labels, amounts } = byGroup[group]!
      if (labels.length === 0 && amounts.length === 0) continue
      if (amounts.length > 1) return { ok: false, reason: `two amounts in one group of a line ("${amounts[1]!.text}")`, index: line.index }
      if (labels.length === 0) return { ok: false, reason: `"${amounts[0]!.text}" stands in a group without a label`, index: line.index }
      let amount = amounts[0]
      let spanning = false
      // A side's total printed once across its groups: the total's label in one group, its amount in the next.
      const next = byGroup[group + 1]
      const total = /(?:合计|小计|总计)$/.test(labels.map((token) => joinLabel(token.text)).join(''))
      if (!amount && total && next && sideOf(group + 1) === sideOf(group) && next.labels.length === 0 && next.amounts.length === 1) {
        amount = next.amounts[0]
        next.amounts = []
        spanning = true
      }
      const parsedAmount = parseAmount(amount?.text ?? '')
      rows.push({
        index: line.index,
        side: sideOf(group),
        group: spanning ? null : columns[group]!.group,
        rowNumber: null,
        code: null,
        codeDamaged: null,
        parentCode: null,
        item: labels.map((token) => joinLabel(token.text)).join(''),
        attributes: {},
        cells: [
          {
            column: '金额',
            value: parsedAmount.value,
            printed: parsedAmount.printed,
            damaged: parsedAmount.damaged,
            unit: parsedAmount.unit,
            index: line.index,
            start: amount?.start ?? 0,
          },
        ],
      })
    }
  }
  return { ok: true, grid: { columns, rows, problems: [] } }
}
