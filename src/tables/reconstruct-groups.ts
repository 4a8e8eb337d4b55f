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
import Decimal from 'decimal.js'
import type { SourceLine } from '../ingest/normalize.js'
import type { Grid, GridColumn, GridRow } from './grid.js'
import { layoutTokens, type LayoutToken } from './layout-tokens.js'
import { parseAmount } from './parse-amount.js'
import { addsUp } from './row-total.js'
import { joinLabel } from './split-cells.js'

type GroupsRead = { ok: true; grid: Grid } | { ok: false; reason: string; index: number }
export type GroupsResult = GroupsRead | null

/** Label starts closer than this are one group (numbered sub-items are indented a little). */
const groupSlack = 6
/** Header words that name no group, inside a joined name. */
const plainWords = /功能科目名称|科目名称|项目名称|金额/g
/** Header words that name no group. */
const plainHeader = /^(?:收入|支出|项目|项目名称|名称|科目名称|功能科目名称|金额|预算数|决算数|部门[:：].*|单位[:：].*)$/

/**
 * @param indexes the table's content lines (0-based), title and notes left out
 * @param lines normalized lines
 * @returns null when the table is not laid out in three or more groups
 */
export function reconstructGroups(indexes: readonly number[], lines: readonly SourceLine[]): GroupsResult {
  const parsed = indexes.map((index) => {
    const tokens = joinItemNumbers(layoutTokens(lines[index]!.text))
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
      // The first row's label may stand above its amount's line: a numbered label names no group.
      if (!plainHeader.test(label) && !rowStart.test(label)) names[groupOf(token.start)]!.push(label)
    }
  // Header words wrapped over lines ("功能科目名" / "称") are left out once joined.
  const groupName = (words: readonly string[]) => words.join('').replace(plainWords, '') || null
  const columns: GridColumn[] = clusters.map((_, group) => ({
    key: '金额',
    path: ['金额'],
    role: 'amount',
    side: sideOf(group),
    group: group === 0 ? null : groupName(names[group]!),
  }))
  // Without a name for each group of the 支出 side this is not such a summary: the two-sided reader takes it.
  if (columns.slice(1).some((column) => column.group === null)) return null

  const context: GroupContext = { groupOf, sideOf, columns, groups: clusters.length }
  const byLines = readByLines(body, context)
  if (byLines.ok) return byLines
  // Tall rows: a label wrapped over the lines around its amount ("一、财政" / "1,234.56" / "拨款").
  // Rows are then blocks of lines between blank lines, and the sums must bear the reading out.
  const blockStart = startOfBlock(indexes, firstData)
  const byBlocks = readByBlocks(parsed.slice(blockStart), indexes.slice(blockStart), context)
  return byBlocks.ok ? byBlocks : byLines
}

interface ParsedLine {
  index: number
  labels: LayoutToken[]
  amounts: LayoutToken[]
  tokens: LayoutToken[]
}

interface GroupContext {
  groupOf: (position: number) => number
  sideOf: (group: number) => '收入' | '支出'
  columns: GridColumn[]
  groups: number
}

/** Each line a row in each group that has a label on it. */
function readByLines(body: readonly ParsedLine[], { groupOf, sideOf, columns, groups }: GroupContext, lineOf = new Map<LayoutToken, number>()): GroupsRead {
  const rows: GridRow[] = []
  for (const line of body) {
    const byGroup = Array.from({ length: groups }, () => ({ labels: [] as LayoutToken[], amounts: [] as LayoutToken[] }))
    for (const token of line.labels) byGroup[groupOf(token.start)]!.labels.push(token)
    for (const token of line.amounts) byGroup[groupOf(token.start)]!.amounts.push(token)
    for (let group = 0; group < groups; group++) {
      const { labels, amounts } = byGroup[group]!
      if (labels.length === 0 && amounts.length === 0) continue
      if (amounts.length > 1) return { ok: false, reason: `two amounts in one group of a line ("${amounts[1]!.text}")`, index: line.index }
      if (labels.length === 0) return { ok: false, reason: `"${amounts[0]!.text}" stands in a group without a label`, index: line.index }
      let amount = amounts[0]
      let spanning = false
      // A row of the whole side printed once across its groups (当年支出小计, 结转下年资金): an unnumbered label in
      // one group, its amount in the next, which has no label on the line.
      const next = byGroup[group + 1]
      const label = labels.map((token) => joinLabel(token.text)).join('')
      const total = /(?:合计|小计|总计)$/.test(label)
      const numbered = topItem.test(label) || subItem.test(label)
      if (!amount && !numbered && next && sideOf(group + 1) === sideOf(group) && next.labels.length === 0 && next.amounts.length === 1) {
        amount = next.amounts[0]
        next.amounts = []
        spanning = true
      }
      // A side's total alone on its line ("当年支出小计") is the total of all the side's groups, wherever it stands.
      const alone = total && byGroup.every((other, position) => position === group || sideOf(position) !== sideOf(group) || other.labels.length === 0)
      const parsedAmount = parseAmount(amount?.text ?? '')
      rows.push({
        index: line.index,
        side: sideOf(group),
        group: spanning || alone ? null : columns[group]!.group,
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
            index: lineOf.get(amount!) ?? line.index,
            start: amount?.start ?? 0,
          },
        ],
      })
    }
  }
  return { ok: true, grid: { columns, rows, problems: [] } }
}

const rowStart = /^(?:[一二三四五六七八九十廿]{1,3}、|[（(][一二三四五六七八九十廿]{1,3}[）)]|\d{1,2}[.．、](?!\d))|(?:合计|小计|总计)$/
const topItem = /^[一二三四五六七八九十廿]{1,3}、/
const subItem = /^(?:[（(][一二三四五六七八九十廿]{1,3}[）)]|\d{1,2}[.．、](?!\d))/
/** A summary label ends so when it is whole; otherwise the next fragment of its group goes on with it. */
const wholeLabel = /(?:合计|小计|总计|[出入款金算费])$/

/** "1." printed a space before its label ("1. 一 般 公") is the label's number, not an amount. */
function joinItemNumbers(tokens: readonly LayoutToken[]): LayoutToken[] {
  const joined: LayoutToken[] = []
  for (const token of tokens) {
    const previous = joined.at(-1)
    if (previous && /^\d{1,2}[.．]$/.test(previous.text) && !token.numeric && token.start - previous.end <= 1) {
      joined[joined.length - 1] = { text: `${previous.text}${token.text}`, start: previous.start, end: token.end, numeric: false }
    } else joined.push(token)
  }
  return joined
}

/** The first position of the block (lines with no blank line between) that holds `position`. */
function startOfBlock(indexes: readonly number[], position: number): number {
  let start = position
  while (start > 0 && indexes[start - 1] === indexes[start]! - 1) start--
  return start
}

/**
 * Each block of lines a row in each group: its label fragments joined in
 * reading order, its amount from whichever line of the block it stands on.
 * A block holding only the rest of a label cut short ("七、文化体育与传" …
 * "媒支出") goes on with the row above. Kept only when every group's items add
 * up to its side's 当年 total, sub-items to their item, and the 合计 to the 当年
 * total and the rows after it.
 */
function readByBlocks(parsed: readonly ParsedLine[], indexes: readonly number[], context: GroupContext): GroupsRead {
  const blocks: ParsedLine[][] = []
  parsed.forEach((line, position) => {
    if (position === 0 || indexes[position] !== indexes[position - 1]! + 1) blocks.push([])
    blocks.at(-1)!.push(line)
  })
  const lineOf = new Map<LayoutToken, number>()
  const merged: ParsedLine[] = blocks.map((block) => {
    for (const line of block) for (const token of line.tokens) lineOf.set(token, line.index)
    return { index: block[0]!.index, labels: block.flatMap((line) => line.labels), amounts: block.flatMap((line) => line.amounts), tokens: block.flatMap((line) => line.tokens) }
  })
  for (const block of merged) {
    for (let group = 0; group < context.groups; group++) {
      const starts = block.labels.filter((token) => context.groupOf(token.start) === group && rowStart.test(joinLabel(token.text)))
      if (starts.length > 1) return { ok: false, reason: `two rows in one block of lines ("${starts[1]!.text}")`, index: block.index }
    }
  }
  const read = readByLines(merged, context, lineOf)
  if (!read.ok) return read
  // The rest of a label printed in a block of its own.
  const rows: GridRow[] = []
  for (const row of read.grid.rows) {
    const above = rows.findLast((candidate) => candidate.side === row.side && candidate.group === row.group)
    const item = row.item ?? ''
    if (above && !rowStart.test(item) && !wholeLabel.test(above.item ?? '') && row.cells[0]!.printed === '') {
      above.item = `${above.item ?? ''}${item}`
      continue
    }
    rows.push(row)
  }
  const failed = blockSumsFail(rows)
  if (failed) return { ok: false, reason: `the rows read from blocks of lines do not add up (${failed})`, index: parsed[0]!.index }
  return { ok: true, grid: { ...read.grid, rows } }
}

function blockSumsFail(rows: readonly GridRow[]): string | null {
  const value = (row: GridRow | undefined) => {
    const cell = row?.cells[0]
    return cell?.damaged ? null : new Decimal(cell?.value ?? 0)
  }
  const holds = (total: GridRow, parts: readonly GridRow[]) => {
    const whole = value(total)
    const values = parts.map(value)
    if (whole === null || values.includes(null)) return false
    return addsUp(whole, values.map((part, position) => (parts[position]!.cells[0]!.printed === '' ? null : part)))
  }
  for (const side of ['收入', '支出'] as const) {
    const sideRows = rows.filter((row) => row.side === side)
    const year = sideRows.find((row) => /^(?:当年|本年).*(?:小计|合计)$/.test(row.item ?? ''))
    const groups = [...new Set(sideRows.map((row) => row.group).filter((group) => group !== null))]
    for (const group of groups) {
      const items = sideRows.filter((row) => row.group === group && topItem.test(row.item ?? ''))
      if (!items.some((row) => row.cells[0]!.printed !== '')) continue
      if (!year) return `${side}: no 当年 total to check the items against`
      if (!holds(year, items)) return `${side} ${group ?? ''}: the items do not add up to ${year.item}`
      // Sub-items ("1.", "（一）") add up to the item above them.
      for (const item of items) {
        const start = sideRows.indexOf(item)
        const end = sideRows.findIndex((row, position) => position > start && row.group === group && !subItem.test(row.item ?? ''))
        const subs = sideRows.slice(start + 1, end < 0 ? undefined : end).filter((row) => row.group === group && subItem.test(row.item ?? ''))
        if (subs.some((row) => row.cells[0]!.printed !== '') && !holds(item, subs)) return `${item.item}: its sub-items do not add up to it`
      }
    }
    // The side's 合计 = its 当年 total and the rows after it (结转 …).
    const total = sideRows.findLast((row) => /(?:合计|总计)$/.test(row.item ?? '') && row !== year)
    if (year && total && sideRows.indexOf(total) > sideRows.indexOf(year)) {
      const between = sideRows.slice(sideRows.indexOf(year) + 1, sideRows.indexOf(total))
      if (!holds(total, [year, ...between])) return `${side}: ${total.item} is not ${year.item} and the rows after it`
    }
  }
  return null
}

