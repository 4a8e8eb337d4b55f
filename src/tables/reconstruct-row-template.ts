/**
 * A one-amount table whose row labels the converter scatters: a category
 * column beside centred items, both wrapped around the amounts and printed
 * at positions that move from line to line ("一般公共预 公共财政拨款(补助)" /
 * "1,234.50" / "算资金  资金"). Positions cannot say which fragment is whose;
 * the grammar's row template can. The fragments, in reading order, are
 * matched to the template's labels — each label its fragments in order, a
 * label begun before the next one of its kind, each category beside its
 * items — and an amount goes to the one item with a fragment on its line, or,
 * alone on its line, to the one item wrapped around it. Kept only when every
 * 小计 is the sum of its items and the first row the sum of the 小计 and of the
 * rows of their own.
 */
import Decimal from 'decimal.js'
import type { RowTemplateEntry } from '../../grammars/types.js'
import type { SourceLine } from '../ingest/normalize.js'
import { gridRow, type Grid, type GridRow } from './grid.js'
import { layoutTokens, spaceWords, type LayoutToken } from './layout-tokens.js'
import { parseAmount } from './parse-amount.js'
import { addsUp } from './row-total.js'
import { joinLabel } from './split-cells.js'

export type RowTemplateResult = { ok: true; grid: Grid } | { ok: false; reason: string; index: number } | null

/** A label of the template: a row (an item or a row of its own) or a category. */
interface Slot {
  text: string
  kind: 'row' | 'category'
  /** Its category's slot, for an item. */
  category: number | null
  /** The lines its fragments stand on, and how much of its text they have matched. */
  lines: number[]
  matched: number
}

const subtotal = /^小计$/
/** An item that is part of the one before it, not a term of the 小计. */
const partOf = /^其中[:：]/
/** Header words of the label and amount columns. */
const headerWords = /^(?:项目|项目名称|金额|预算数)$/

/**
 * @param indexes the table's content lines (0-based), title and notes left out
 * @param lines normalized lines
 * @param templates the grammar's row templates
 * @returns null when the labels are not those of any template
 */
export function reconstructRowTemplate(indexes: readonly number[], lines: readonly SourceLine[], templates: readonly (readonly RowTemplateEntry[])[]): RowTemplateResult {
  const parsed = indexes.map((index) => ({ index, tokens: layoutTokens(lines[index]!.text).flatMap(splitWords) }))
  const firstData = parsed.findIndex((line) => line.tokens.some((token) => token.numeric))
  if (firstData < 0) return null
  // The header: the lines before the first amount, but the labels of the row the amount is on.
  const headerEnd = parsed.findIndex((line) => line.tokens.some((token) => !token.numeric && !headerWords.test(joinLabel(token.text))))
  if (headerEnd < 0 || headerEnd > firstData) return null
  const body = parsed.slice(headerEnd)
  const fragments = body.flatMap((line) => line.tokens.filter((token) => !token.numeric).map((token) => ({ text: joinLabel(token.text), index: line.index })))
  const amounts = body.flatMap((line) => line.tokens.filter((token) => token.numeric).map((token) => ({ token, index: line.index })))
  for (const template of templates) {
    const slots = matchTemplate(template, fragments)
    if (slots !== null) return placeAmounts(slots, amounts, body[0]!.index)
  }
  return null
}

/** "一般公共预 公共财政拨款(补助)": words of two or more characters set apart by one space are two fragments. */
function splitWords(token: LayoutToken): LayoutToken[] {
  if (token.numeric) return [token]
  const words = spaceWords(token)
  return words.length < 2 || words.some((word) => word.text.length < 2) ? [token] : words
}

function slotsOf(template: readonly RowTemplateEntry[]): Slot[] {
  const slots: Slot[] = []
  for (const entry of template) {
    if ('label' in entry) {
      slots.push({ text: entry.label, kind: 'row', category: null, lines: [], matched: 0 })
      continue
    }
    const category = slots.length
    slots.push({ text: entry.category, kind: 'category', category: null, lines: [], matched: 0 })
    for (const item of entry.items) slots.push({ text: item, kind: 'row', category, lines: [], matched: 0 })
  }
  return slots
}

/**
 * Each fragment goes on a label begun and not finished whose rest it begins, or begins the first label of
 * its kind not begun yet. Null unless every fragment finds its label and every label is matched whole.
 */
function matchTemplate(template: readonly RowTemplateEntry[], fragments: ReadonlyArray<{ text: string; index: number }>): Slot[] | null {
  const slots = slotsOf(template)
  const rest = (slot: Slot) => slot.text.slice(slot.matched)
  for (const fragment of fragments) {
    const open = slots.filter((slot) => slot.matched > 0 && slot.matched < slot.text.length && rest(slot).startsWith(fragment.text))
    // The first label of each kind not begun yet: rows and categories each come in the template's order.
    const next = (['row', 'category'] as const).flatMap((kind) => {
      const slot = slots.find((candidate) => candidate.kind === kind && candidate.matched === 0)
      return slot && slot.text.startsWith(fragment.text) ? [slot] : []
    })
    const candidates = [...open, ...next]
    if (candidates.length !== 1) return null
    const [slot] = candidates as [Slot]
    slot.matched += fragment.text.length
    slot.lines.push(fragment.index)
  }
  if (slots.some((slot) => slot.matched !== slot.text.length)) return null
  // A category stands beside its items: within a line of their first and last lines.
  for (const [position, slot] of slots.entries()) {
    if (slot.kind !== 'category') continue
    const items = slots.filter((candidate) => candidate.category === position).flatMap((candidate) => candidate.lines)
    if (Math.min(...slot.lines) < Math.min(...items) - 1 || Math.max(...slot.lines) > Math.max(...items) + 1) return null
  }
  return slots
}

function placeAmounts(slots: readonly Slot[], amounts: ReadonlyArray<{ token: LayoutToken; index: number }>, firstLine: number): RowTemplateResult {
  const rows = slots.flatMap((slot, position) => (slot.kind === 'row' ? [position] : []))
  const amountOf = new Map<number, { token: LayoutToken; index: number }>()
  for (const amount of amounts) {
    // An item with a fragment on the amount's line; else the item wrapped around it.
    let owners = rows.filter((position) => slots[position]!.lines.includes(amount.index))
    if (owners.length === 0) owners = rows.filter((position) => Math.min(...slots[position]!.lines) < amount.index && Math.max(...slots[position]!.lines) > amount.index)
    if (owners.length !== 1 || amountOf.has(owners[0]!)) return { ok: false, reason: `"${amount.token.text}" stands beside no one item`, index: amount.index }
    amountOf.set(owners[0]!, amount)
  }
  const values = new Map<number, Decimal | null>()
  for (const position of rows) {
    const amount = parseAmount(amountOf.get(position)?.token.text ?? '')
    if (amount.damaged !== null) return { ok: false, reason: 'a damaged amount', index: amountOf.get(position)!.index }
    values.set(position, amount.value === null ? null : new Decimal(amount.value))
  }
  const value = (position: number) => values.get(position) ?? null

  // Each 小计 the sum of its items; the first row the sum of the 小计 and of the rows of their own.
  const totals: number[] = []
  for (const [position, slot] of slots.entries()) {
    if (slot.kind !== 'category') continue
    const items = rows.filter((candidate) => slots[candidate]!.category === position)
    const [first, ...others] = items
    if (first === undefined || !subtotal.test(slots[first]!.text)) continue
    totals.push(first)
    const parts = others.filter((candidate) => !partOf.test(slots[candidate]!.text)).map(value)
    if (parts.length > 0 && !addsUp(value(first) ?? new Decimal(0), parts)) return { ok: false, reason: `the 小计 of "${slot.text}" is not the sum of its items`, index: firstLine }
  }
  const [total, ...others] = rows
  const own = others.filter((position) => slots[position]!.category === null)
  if (total === undefined || !addsUp(value(total) ?? new Decimal(0), [...totals, ...own].map(value))) {
    return { ok: false, reason: `"${slots[total ?? 0]!.text}" is not the sum of the 小计 and the rows of their own`, index: firstLine }
  }

  const gridRows: GridRow[] = rows.map((position) => {
    const slot = slots[position]!
    const source = amountOf.get(position)
    const amount = parseAmount(source?.token.text ?? '')
    const line = Math.min(...slot.lines)
    return gridRow(line, {
      group: slot.category === null ? null : slots[slot.category]!.text,
      item: slot.text,
      cells: [{ column: '金额', value: amount.value, printed: amount.printed, damaged: null, unit: amount.unit, index: source?.index ?? line, start: source?.token.start ?? 0 }],
    })
  })
  return { ok: true, grid: { columns: [{ key: '金额', path: ['金额'], role: 'amount', side: null, group: null }], rows: gridRows, problems: [] } }
}
