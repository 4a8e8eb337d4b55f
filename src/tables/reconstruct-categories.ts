/**
 * A one-amount table whose row labels stand in two columns: a category on
 * the left, printed once beside (or between) its items, and the items on the
 * right, each category's first item its 小计 (a 收入总表 of some templates:
 * 某类资金 | 小计, 甲收入, 乙收入 | 金额). Items are rows; the
 * categories go to the runs of items that each 小计 opens, in order, and only
 * when each category stands within its run's lines. Kept only when every 小计
 * is the sum of its run and the total above them the sum of the 小计.
 */
import Decimal from 'decimal.js'
import type { SourceLine } from '../ingest/normalize.js'
import { gridRow, type Grid, type GridRow } from './grid.js'
import { layoutTokens, type LayoutToken } from './layout-tokens.js'
import { parseAmount } from './parse-amount.js'
import { addsUp } from './row-total.js'
import { joinLabel } from './split-cells.js'

export type CategoriesResult = { ok: true; grid: Grid } | { ok: false; reason: string; index: number } | null

interface ItemRow {
  index: number
  item: string
  amount: LayoutToken | null
  category: string | null
}

/** How far left of the item column a label must start to be a category. */
const columnSlack = 4
const subtotal = /^小计$/
/** An item that is part of the one before it, not a term of the 小计. */
const partOf = /^其中[:：]/
/** Header words of the label and amount columns. */
const headerWords = /^(?:项目|项目名称|科目名称|金额|预算数|决算数)$/

/**
 * @param indexes the table's content lines (0-based), title and notes left out
 * @param lines normalized lines
 * @returns null when the table's labels do not stand in a category and an item column
 */
export function reconstructCategories(indexes: readonly number[], lines: readonly SourceLine[]): CategoriesResult {
  const parsed = indexes.map((index) => ({ index, tokens: layoutTokens(lines[index]!.text) }))
  const firstData = parsed.findIndex((line) => line.tokens.some((token) => token.numeric))
  if (firstData < 0) return null
  const header = parsed.slice(0, firstData)
  const body = parsed.slice(firstData)
  // The item column starts where the labels with amounts start.
  const itemStarts = body.flatMap((line) => (line.tokens.some((token) => token.numeric) ? [line.tokens.filter((token) => !token.numeric).at(-1)?.start ?? -1] : []))
  if (itemStarts.includes(-1)) return null
  const itemStart = Math.min(...itemStarts)
  const itemsEnd = Math.max(...itemStarts) + columnSlack
  if (!header.some((line) => line.tokens.some((token) => headerWords.test(joinLabel(token.text))))) return null

  const items: ItemRow[] = []
  const categories: Array<{ index: number; last: number; text: string }> = []
  for (const [position, line] of body.entries()) {
    const labels = line.tokens.filter((token) => !token.numeric)
    const amounts = line.tokens.filter((token) => token.numeric)
    if (amounts.length > 1) return null
    const left = labels.filter((token) => token.start < itemStart - columnSlack)
    const right = labels.filter((token) => token.start >= itemStart - columnSlack && token.start <= itemsEnd)
    if (left.length + right.length !== labels.length || right.length > 1 || left.length > 1) return null
    if (amounts.length === 1 && right.length === 0) return { ok: false, reason: `"${amounts[0]!.text}" stands with no item`, index: line.index }
    if (left.length === 1) {
      const previous = categories.at(-1)
      const text = joinLabel(left[0]!.text)
      // A category wrapped over two lines ("一般公共预" / "算资金") is one.
      if (previous && position > 0 && previous.last === body[position - 1]!.index && right.length === 0) {
        previous.text += text
        previous.last = line.index
      } else categories.push({ index: line.index, last: line.index, text })
    }
    if (right.length === 1) items.push({ index: line.index, item: joinLabel(right[0]!.text), amount: amounts[0] ?? null, category: null })
  }
  const opens = items.flatMap((item, position) => (subtotal.test(item.item) ? [position] : []))
  if (opens.length === 0 || categories.length === 0) return null
  if (opens.length !== categories.length) return { ok: false, reason: `${categories.length} categories for ${opens.length} runs of items opened by 小计`, index: body[0]!.index }

  // Each category within the lines of its run.
  for (const [run, open] of opens.entries()) {
    const end = opens[run + 1] ?? items.length
    const members = items.slice(open, end)
    const category = categories[run]!
    if (category.index < members[0]!.index - 1 || category.index > members.at(-1)!.index + 1) {
      return { ok: false, reason: `"${category.text}" stands outside the items its 小计 opens`, index: category.index }
    }
    for (const member of members) member.category = category.text
  }

  const value = (item: ItemRow) => {
    const amount = parseAmount(item.amount?.text ?? '')
    return amount.damaged ? undefined : amount.value === null ? null : new Decimal(amount.value)
  }
  if (items.some((item) => value(item) === undefined)) return { ok: false, reason: 'a damaged amount', index: body[0]!.index }
  for (const [run, open] of opens.entries()) {
    const members = items.slice(open + 1, opens[run + 1] ?? items.length).filter((item) => !partOf.test(item.item))
    // A category with only its 小计 ("政府性基金 | 小计") has nothing to add up; the total above checks it.
    if (members.length > 0 && !addsUp(value(items[open]!) ?? new Decimal(0), members.map((item) => value(item)!))) {
      return { ok: false, reason: `the 小计 of "${categories[run]!.text}" is not the sum of its items`, index: items[open]!.index }
    }
  }
  // The total above the first run is the sum of the 小计.
  const above = items.slice(0, opens[0])
  if (above.length !== 1 || !addsUp(value(above[0]!) ?? new Decimal(0), opens.map((open) => value(items[open]!)!))) {
    return { ok: false, reason: 'the total above the categories is not the sum of their 小计', index: body[0]!.index }
  }

  const amountKey = header.flatMap((line) => line.tokens.map((token) => joinLabel(token.text))).find((word) => /^(?:金额|预算数|决算数)$/.test(word)) ?? '金额'
  const rows: GridRow[] = items.map((item) => {
    const amount = parseAmount(item.amount?.text ?? '')
    return gridRow(item.index, {
      group: item.category,
      item: item.item,
      cells: [{ column: amountKey, value: amount.value, printed: amount.printed, damaged: amount.damaged, unit: amount.unit, index: item.index, start: item.amount?.start ?? 0 }],
    })
  })
  return { ok: true, grid: { columns: [{ key: amountKey, path: [amountKey], role: 'amount', side: null, group: null }], rows, problems: [] } }
}
