/**
 * A table whose body is one row of amounts under a many-line header (the
 * “三公”经费 table, a 支出总表 of 合计 | 基本支出 | 项目支出 …), laid out by
 * spaces. There is no label column to anchor the rows, and blank cells leave
 * no trace, so the columns come from the header: its fragments are joined into
 * labels (a label wrapped over lines is continued by the fragment under its
 * middle), the labels with nothing under them are the columns, and each
 * amount goes to the column nearest it — only when no other column is nearly
 * as near. Labels over several columns become groups; a group's 小计 stands
 * first in it. The table is kept only when every total the grid then has
 * (小计 = Σ its group, 合计 = Σ the rest) holds; otherwise it is refused.
 */
import Decimal from 'decimal.js'
import type { SourceLine } from '../ingest/normalize.js'
import { gridRow, type Grid, type GridCell, type GridColumn } from './grid.js'
import { completeLabel } from './layout-tokens.js'
import { looksLikeAmount, parseAmount } from './parse-amount.js'

export type SingleRowResult = { ok: true; grid: Grid } | { ok: false; reason: string; index: number } | null

interface Word {
  text: string
  start: number
  /** Printed width: CJK and full-width characters take two places. */
  width: number
  index: number
}

interface Label {
  text: string
  start: number
  width: number
  top: number
  bottom: number
  index: number
}

interface Unit {
  /** Leaves covered, first and last (positions in the sorted leaves). */
  first: number
  last: number
  /** The label naming the group, or null for a single leaf. */
  label: Label | null
  children: Unit[]
}

/** A column total: the first column of its group. */
const totalLabel = /(?:合计|小计|总计)$/
/** How far (in places) a continuation's middle may stand from its label's. */
const wrapSlack = 4
/** How many lines below a label its continuation may stand. */
const wrapLines = 4
/** An amount goes to the nearest column only when the next is this much farther. */
const nearestMargin = 1.5
/** A number with decimals, as the amounts of a row print them. */
const decimalNumber = /\d\.\d/
/** Lines from the first amount to the end: the row, a value printed a line lower, 栏次 (more is a table of rows). */
const maxAmountLines = 4
/** More header words than this is not a header over one row. */
const maxHeaderWords = 300
/** More columns than this over one row is not such a table. */
const maxColumns = 40
/** A group goes to the best-centred run of columns only when the next is this much worse. */
const groupMargin = 2

/**
 * @param indexes the table's content lines (0-based), title and notes left out
 * @param lines normalized lines
 * @returns null when the table is not one row of amounts under a header
 */
export function reconstructSingleRow(indexes: readonly number[], lines: readonly SourceLine[]): SingleRowResult {
  // A table with rows of labels and amounts is for the other readers: tell so before splitting every line.
  const firstDecimal = indexes.findIndex((index) => decimalNumber.test(lines[index]!.text))
  if (firstDecimal < 0 || indexes.length - firstDecimal > maxAmountLines) return null
  const split = indexes.map((index) => ({ index, words: lineWords(lines[index]!.text, index) }))
  const numeric = split.map((line) => line.words.length > 0 && line.words.every((word) => looksLikeAmount(word.text)))
  // 栏次 ("1 2 3 …") is numbering, not amounts.
  const numbering = split.map((line, position) => numeric[position]! && line.words.every((word, at) => word.text === String(at + 1)) && line.words.length > 2)
  const firstAmounts = numeric.findIndex((is, position) => is && !numbering[position])
  if (firstAmounts < 1) return null
  if (split.slice(0, firstAmounts).some((line, position) => !numbering[position] && line.words.some((word) => looksLikeAmount(word.text)))) return null
  if (numeric.slice(firstAmounts).some((is) => !is)) return null
  const header = split.slice(0, firstAmounts).filter((_, position) => !numbering[position])
  const amounts = split.slice(firstAmounts).flatMap((line) => line.words)

  const words = header.flatMap((line) => line.words)
  // Leaves compare labels pairwise: a header this long is not over a single row.
  if (words.length > maxHeaderWords) return null
  const labels = joinWrapped(words)
  const leaves = labels.filter((label) => !labels.some((other) => other.top > label.bottom && overlaps(other, label))).sort((a, b) => a.start - b.start)
  if (leaves.length < 2) return { ok: false, reason: 'no header columns over the amounts', index: split[firstAmounts]!.index }
  // Grouping tries runs of columns for each label: kept to the widths such tables have.
  if (leaves.length > maxColumns) return { ok: false, reason: `more than ${maxColumns} header columns over one row`, index: split[firstAmounts]!.index }
  const centres = leaves.map(centre)

  // Each amount to its nearest column.
  const placed = new Map<number, Word>()
  for (const amount of amounts) {
    const middle = amount.start + amount.width / 2
    const distances = centres.map((value, position) => ({ position, distance: Math.abs(value - middle) })).sort((a, b) => a.distance - b.distance)
    const [best, next] = distances
    if (next && next.distance - best!.distance < nearestMargin) return { ok: false, reason: `"${amount.text}" stands between two columns`, index: amount.index }
    if (placed.has(best!.position)) return { ok: false, reason: `two amounts under one column ("${amount.text}")`, index: amount.index }
    placed.set(best!.position, amount)
  }

  const values = leaves.map((_, position) => {
    const word = placed.get(position)
    return word ? parseAmount(word.text) : null
  })
  const sums = new GroupSums(leaves, values)
  const units = groupColumns(labels.filter((label) => !leaves.includes(label)), leaves, centres, (group) => sums.fails(group, '') === null)
  if (units === null) return { ok: false, reason: 'the header groups cannot be put over their columns with certainty', index: header[0]!.index }
  const paths = leaves.map((leaf) => [leaf.text])
  const addGroup = (unit: Unit) => {
    unit.children.forEach(addGroup)
    if (unit.label) for (let position = unit.first; position <= unit.last; position++) paths[position]!.unshift(unit.label.text)
  }
  units.forEach(addGroup)
  const keys = paths.map((path) => path.join('/'))
  if (new Set(keys).size !== keys.length) return { ok: false, reason: 'two columns with the same header', index: header[0]!.index }

  const broken = sums.failsWithin(units, leaves[0]!.text)
  if (broken !== null) return { ok: false, reason: `the columns read do not add up (${broken})`, index: split[firstAmounts]!.index }

  const columns: GridColumn[] = keys.map((key, position) => ({ key, path: paths[position]!, role: 'amount', side: null, group: null }))
  const cells: GridCell[] = leaves.map((_, position) => {
    const word = placed.get(position)
    const amount = values[position]
    return {
      column: keys[position]!,
      value: amount?.value ?? null,
      printed: amount?.printed ?? '',
      damaged: amount?.damaged ?? null,
      unit: amount?.unit ?? null,
      index: word?.index ?? split[firstAmounts]!.index,
      start: word?.start ?? leaves[position]!.start,
    }
  })
  return { ok: true, grid: { columns, rows: [gridRow(split[firstAmounts]!.index, { cells })], problems: [] } }
}

/** Words split at runs of spaces; a single space inside a letter-spaced label ("小 计") keeps it one word. */
function lineWords(text: string, index: number): Word[] {
  const words: Word[] = []
  let position = 0
  while (position < text.length) {
    while (position < text.length && text[position] === ' ') position++
    const start = position
    while (position < text.length && text[position] !== ' ') position++
    if (position === start) continue
    const word = text.slice(start, position)
    const previous = words.at(-1)
    // One space after a word that would reach this one when printed wide: the same label, spaced out.
    if (previous && start - (previous.start + previous.text.length) === 1 && !looksLikeAmount(word) && !looksLikeAmount(previous.text) && start + 1 >= previous.start + previous.width) {
      previous.text += word
      previous.width = start - previous.start + printedWidth(word)
    } else {
      words.push({ text: word, start, width: printedWidth(word), index })
    }
  }
  return words
}

function printedWidth(text: string): number {
  let width = 0
  for (const character of text) width += character.charCodeAt(0) >= 0x2e80 ? 2 : 1
  return width
}

/** Labels from header words: an incomplete label takes the nearest fragment under its middle. */
function joinWrapped(words: readonly Word[]): Label[] {
  // Words by line, so that a label looks only at the few lines under it.
  const byLine = new Map<number, Word[]>()
  for (const word of words) {
    const list = byLine.get(word.index)
    if (list) list.push(word)
    else byLine.set(word.index, [word])
  }
  const labels: Label[] = []
  const used = new Set<Word>()
  for (const word of words) {
    if (used.has(word)) continue
    used.add(word)
    const label: Label = { text: word.text, start: word.start, width: word.width, top: word.index, bottom: word.index, index: word.index }
    while (!completeLabel.test(label.text)) {
      const middle = label.start + label.width / 2
      let best: Word | null = null
      // The next line below with a word under it holds the label's next part: a part is never taken from
      // further down past a word that stands under it too.
      for (let index = label.bottom + 1; index <= label.bottom + wrapLines && best === null; index++)
        for (const other of byLine.get(index) ?? []) {
          if (used.has(other)) continue
          const distance = Math.abs(other.start + other.width / 2 - middle)
          if (distance <= wrapSlack && (best === null || distance < Math.abs(best.start + best.width / 2 - middle))) best = other
        }
      if (best === null) break
      used.add(best)
      label.text += best.text
      const end = Math.max(label.start + label.width, best.start + best.width)
      label.start = Math.min(label.start, best.start)
      label.width = end - label.start
      label.bottom = best.index
    }
    labels.push(label)
  }
  return labels
}

function overlaps(a: Label, b: Label): boolean {
  return a.start < b.start + b.width && b.start < a.start + a.width
}

/** Where a label's middle stands: CJK glyphs print between one and two places wide, so three quarters of the wide width. */
function centre(label: Label): number {
  return label.start + (label.width + label.text.length) / 4
}

/**
 * Put each group label over a run of columns, lowest labels first: the run
 * must hold the columns under the label, keep groups already made whole,
 * start with its total if it holds one, and keep to the period of a repeated
 * lowest row (预算数 | 决算数 | 预算数 | …); of those, the run centred under
 * the label, when no other is nearly as well centred.
 */
function groupColumns(groupLabels: readonly Label[], leaves: readonly Label[], centres: readonly number[], holds: (group: readonly Unit[]) => boolean): Unit[] | null {
  let units: Unit[] = leaves.map((_, position) => ({ first: position, last: position, label: null, children: [] }))
  const period = repeatPeriod(leaves.map((leaf) => leaf.text))
  const left = (position: number) => (position === 0 ? centres[0]! - (centres[1]! - centres[0]!) / 2 : (centres[position - 1]! + centres[position]!) / 2)
  const right = (position: number) => {
    const last = centres.length - 1
    return position === last ? centres[last]! + (centres[last]! - centres[last - 1]!) / 2 : (centres[position]! + centres[position + 1]!) / 2
  }
  const subtotal = (unit: Unit | undefined) => unit !== undefined && /小计$/.test(unit.label?.text ?? leaves[unit.first]!.text)
  const ordered = [...groupLabels].sort((a, b) => b.bottom - a.bottom || a.start - b.start)
  const top = Math.min(...groupLabels.map((label) => label.top))
  for (const [order, label] of ordered.entries()) {
    const final = order === ordered.length - 1
    const under = units.flatMap((unit, position) => (leaves.slice(unit.first, unit.last + 1).some((leaf) => leaf.start < label.start + label.text.length && label.start < leaf.start + leaf.width) ? [position] : []))
    if (under.length === 0) return null
    const [from, to] = [under[0]!, under.at(-1)!]
    const candidates: Array<{ first: number; last: number; score: number }> = []
    for (let first = 0; first <= from; first++)
      for (let last = to; last < units.length; last++) {
        const run = units.slice(first, last + 1)
        // A subtotal is the first column of its group: the run may neither hold one later nor start just after one.
        if (run.slice(1).some((unit) => subtotal(unit) || (unit.label === null && totalLabel.test(leaves[unit.first]!.text))) || subtotal(units[first - 1])) continue
        if (period !== null && (run[0]!.first % period !== 0 || (run.at(-1)!.last + 1) % period !== 0)) continue
        if (run.length === 1 && run[0]!.label !== null) continue
        if (!holds(run)) continue
        // The last label must leave no subtotal outside every group: a subtotal names its group.
        if (final && [...units.slice(0, first), ...units.slice(last + 1)].some(subtotal)) continue
        const middle = (left(run[0]!.first) + right(run.at(-1)!.last)) / 2
        // Under a repeated lowest row, a label over one repetition names just that repetition.
        const block = period !== null && run.length === period && run.every((unit) => unit.label === null)
        candidates.push({ first, last, score: block && (units[to]!.last - units[from]!.first) < period ? -Infinity : Math.abs(middle - centre(label)) })
      }
    candidates.sort((a, b) => a.score - b.score)
    const [best, next] = candidates
    if (!best || (next && next.score - best.score < groupMargin)) {
      // A caption on the header's first line may stay out of the paths; any other label may not.
      if (label.top === top) continue
      return null
    }
    const children = units.slice(best.first, best.last + 1)
    const group: Unit = { first: children[0]!.first, last: children.at(-1)!.last, label, children }
    units = [...units.slice(0, best.first), group, ...units.slice(best.last + 1)]
  }
  // A subtotal left outside every group would name nothing.
  return units.some(subtotal) ? null : units
}

function repeatPeriod(labels: readonly string[]): number | null {
  for (let period = 2; period <= labels.length / 2; period++) {
    if (labels.length % period !== 0) continue
    if (labels.every((label, position) => position < period || label === labels[position - period])) return period
  }
  return null
}

/**
 * The totals of a grid against their parts, blanks as zero: a group's first
 * column when it is a 小计/合计 over the rest of the group (a nested group
 * counts by its own total). Under a repeated lowest row (预算数 | 决算数) the
 * sums are taken per repeated column. Damaged cells make no sum.
 */
class GroupSums {
  private readonly period: number
  private readonly damaged: boolean
  /** Half a unit of the last printed place: how far one printed amount may be off. */
  private readonly half: Decimal

  constructor(
    private readonly leaves: readonly Label[],
    private readonly values: ReadonlyArray<{ value: string | null; damaged: string | null; decimals: number } | null>,
  ) {
    this.period = repeatPeriod(leaves.map((leaf) => leaf.text)) ?? 1
    this.damaged = values.some((value) => value?.damaged)
    const places = Math.max(0, ...values.flatMap((value) => (value && value.decimals >= 0 ? [value.decimals] : [])))
    this.half = new Decimal(10).pow(-places).dividedBy(2)
  }

  /** The first total of these units that does not hold, or null. */
  fails(group: readonly Unit[], name: string): string | null {
    const head = group[0]
    if (this.damaged || !head || head.label !== null || !totalLabel.test(this.leaves[head.first]!.text) || group.length < 2) return null
    const total = (unit: Unit) => unit.label === null || totalLabel.test(this.leaves[unit.first]!.text)
    if (!group.slice(1).every(total)) return null
    for (let offset = 0; offset < this.period; offset++) {
      const at = (unit: Unit) => unit.first + (unit.label === null && this.period === 1 ? 0 : offset)
      const sum = group.slice(1).reduce((sum, unit) => sum.plus(this.valueAt(at(unit))), new Decimal(0))
      const whole = this.valueAt(head.first + offset)
      // Each printed amount is off by at most half a unit of its last place.
      if (whole.minus(sum).abs().greaterThan(this.half.times(group.length))) {
        const places = Math.max(whole.decimalPlaces(), sum.decimalPlaces(), 2)
        return `${name}: ${whole.toFixed(places)} ≠ ${sum.toFixed(places)}`
      }
    }
    return null
  }

  /** The first failing total in these units and the groups inside them. */
  failsWithin(units: readonly Unit[], name: string): string | null {
    const failed = this.fails(units, name)
    if (failed) return failed
    for (const unit of units) {
      const inner = unit.label === null ? null : this.failsWithin(unit.children, unit.label.text)
      if (inner) return inner
    }
    return null
  }

  private valueAt(position: number): Decimal {
    const value = this.values[position]?.value
    return value ? new Decimal(value) : new Decimal(0)
  }
}
