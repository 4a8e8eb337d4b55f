/**
 * One row of amounts under a header of several levels (a “三公”经费 table),
 * printed one cell per line: the header's words come out in no useful order
 * ("因公 / 小 / 公务接待 / 出国 / 计 …") and a blank cell leaves nothing. A
 * header the grammar knows whole is recognised by its characters — exactly
 * those of the template's labels, no more, no fewer — and the amounts, in
 * order, are placed on its columns in order; the table is read only when
 * exactly one placement makes every 合计/小计 the sum of what it heads.
 * Columns split in periods (预算数 | 决算数 under each) add up within each
 * period; when each amount comes out right after its column's period label
 * (the converter took each column as a block), that is its column, kept
 * when every sum then holds.
 */
import Decimal from 'decimal.js'
import type { SourceLine } from '../ingest/normalize.js'
import { gridRow, type Grid, type GridCell, type GridColumn } from './grid.js'
import { parseAmount } from './parse-amount.js'
import { layoutTokens } from './layout-tokens.js'
import { plainCells, type PlainAmount, type PlainText } from './plain-cells.js'
import { joinLabel } from './split-cells.js'
import { addsUp } from './row-total.js'
import { characters, ignored } from './header-by-template.js'

export type TemplateRowResult = { ok: true; grid: Grid } | { ok: false; reason: string; index: number } | null

const totalLabel = /(?:合计|小计|总计)$/

/**
 * @param indexes the table's content lines (0-based), title and notes left out
 * @param lines normalized lines
 * @param templates the headers the grammar knows, as column keys
 * @param department the document's department, printed in the header area
 */
export function reconstructTemplateRow(
  indexes: readonly number[],
  lines: readonly SourceLine[],
  templates: readonly (readonly string[])[],
  department: string | null,
  over: readonly string[] = [],
  stated?: StatedValue,
): TemplateRowResult {
  // One cell a line, the amounts may come out of their columns' order: the narrative's figures may place them.
  return placeOnTemplate(plainCells(indexes, lines, department), templates, over, stated, true)
}

/**
 * The same for a space-aligned table whose header the position reader could not place: the header's words
 * in any order, the amounts left to right on one line (their columns' order).
 */
export function reconstructTemplateRowAligned(
  indexes: readonly number[],
  lines: readonly SourceLine[],
  templates: readonly (readonly string[])[],
  over: readonly string[] = [],
  stated?: StatedValue,
): TemplateRowResult {
  const texts: PlainText[] = []
  const amounts: PlainAmount[] = []
  for (const index of indexes) {
    for (const token of layoutTokens(lines[index]!.text)) {
      if (token.numeric) amounts.push({ text: token.text, index, start: token.start, after: texts.length })
      else if (/\d/.test(token.text)) return null
      else texts.push({ text: joinLabel(token.text), index })
    }
  }
  if (new Set(amounts.map((amount) => amount.index)).size !== 1) return null
  return placeOnTemplate({ texts, amounts }, templates, over, stated)
}

/** What the narrative states for a column, by its key, in the table's unit (undefined: nothing). */
export type StatedValue = (key: string) => Decimal | undefined

function placeOnTemplate(
  plain: { texts: PlainText[]; amounts: PlainAmount[] } | null,
  templates: readonly (readonly string[])[],
  over: readonly string[],
  stated?: StatedValue,
  anyOrder = false,
): TemplateRowResult {
  if (plain === null || plain.amounts.length === 0 || plain.texts.length === 0) return null
  const printed = characters(plain.texts.map((text) => text.text).join(''))
  const template = templates.find((keys) => ['', ...over].some((label) => characters(labelsOf(keys).join('') + label) === printed))
  if (!template) return null
  const { amounts } = plain
  if (amounts.length > template.length) return { ok: false, reason: `${amounts.length} amounts for ${template.length} columns`, index: amounts[0]!.index }
  const values = amounts.map((amount) => parseAmount(amount.text))
  if (values.some((value) => value.damaged !== null)) return { ok: false, reason: 'a damaged amount', index: amounts[0]!.index }
  const decimals = values.map((value) => (value.value === null ? null : new Decimal(value.value)))
  const sums = identities(template)

  const holds = (chosen: readonly number[]) => {
    const value = (column: number) => {
      const position = chosen.indexOf(column)
      return position < 0 ? null : decimals[position]!
    }
    return sums.every(({ total, parts }) => addsUp(value(total) ?? new Decimal(0), parts.map(value)))
  }
  const byLabel = placedByPeriodLabels(plain, template)
  if (byLabel !== null) {
    if (!holds(byLabel)) return { ok: false, reason: 'the amounts under their period labels do not make every 合计 and 小计 add up', index: amounts[0]!.index }
    return templateGrid(template, byLabel, values, amounts)
  }
  // The amounts in order on the columns in order; kept: the placements where every total holds.
  const fitting: number[][] = []
  const place = (amount: number, from: number, chosen: number[]) => {
    if (amount === amounts.length) {
      if (holds(chosen)) fitting.push([...chosen])
      return
    }
    for (let column = from; column <= template.length - (amounts.length - amount); column++) place(amount + 1, column + 1, [...chosen, column])
  }
  place(0, 0, [])
  // Several left (a blank 购置费 or 运行费 beside the other): the one printing what the narrative states, if one.
  const says = stated ? template.map((key) => stated(key)) : []
  if (fitting.length > 1 && says.some((value) => value !== undefined)) {
    const agreeing = fitting.filter((chosen) => says.every((value, column) => value === undefined || (chosen.includes(column) ? decimals[chosen.indexOf(column)]! ?? new Decimal(0) : new Decimal(0)).equals(value)))
    if (agreeing.length === 1) {
      const read = templateGrid(template, agreeing[0]!, values, amounts)
      if (read?.ok) read.grid.decidedBy = ['the figures the narrative states for its columns']
      return read
    }
  }
  // Out of order (one cell a line): each amount where the narrative states that value, the totals where the sums
  // put them — kept when exactly one set of cells comes out.
  if (fitting.length !== 1 && anyOrder && says.some((value) => value !== undefined)) {
    const byValue = placedByStatedValues(decimals, says, holds)
    if (byValue !== null) {
      const read = templateGrid(template, byValue, values, amounts)
      if (read?.ok) read.grid.decidedBy = ['the figures the narrative states for its columns, the amounts printed out of order']
      return read
    }
  }
  if (fitting.length !== 1) {
    return { ok: false, reason: fitting.length === 0 ? 'no placement of the amounts makes every 合计 and 小计 add up' : 'more than one placement of the amounts adds up', index: amounts[0]!.index }
  }
  return templateGrid(template, fitting[0]!, values, amounts)
}

/** More placements than this tried and the amounts are not placed by value. */
const valuePlacementsMax = 20_000

/**
 * The amounts in any order: each on a column whose stated value it equals, or on a column the narrative states
 * nothing of; kept when every sum holds and every column stated non-zero has its amount. The placement when all
 * that fit give the same cells; else null.
 */
function placedByStatedValues(decimals: ReadonlyArray<Decimal | null>, says: ReadonlyArray<Decimal | undefined>, holds: (chosen: readonly number[]) => boolean): number[] | null {
  let found: { chosen: number[]; cells: string } | null = null
  let ambiguous = false
  let tried = 0
  const walk = (chosen: number[]) => {
    if (ambiguous || ++tried > valuePlacementsMax) return
    if (chosen.length === decimals.length) {
      const covered = says.every((value, column) => value === undefined || value.isZero() || chosen.includes(column))
      if (!covered || !holds(chosen)) return
      const cells = says.map((_, column) => (chosen.includes(column) ? decimals[chosen.indexOf(column)]?.toString() ?? '' : '')).join('|')
      if (found === null) found = { chosen: [...chosen], cells }
      else if (found.cells !== cells) ambiguous = true
      return
    }
    const amount = decimals[chosen.length]
    for (let column = 0; column < says.length; column++) {
      if (chosen.includes(column)) continue
      const value = says[column]
      if (value !== undefined && !(amount ?? new Decimal(0)).equals(value)) continue
      walk([...chosen, column])
    }
  }
  walk([])
  return ambiguous || tried > valuePlacementsMax || found === null ? null : (found as { chosen: number[] }).chosen
}

function templateGrid(template: readonly string[], placement: readonly number[], values: ReadonlyArray<ReturnType<typeof parseAmount>>, amounts: readonly PlainAmount[]): TemplateRowResult {
  const columns: GridColumn[] = template.map((key) => ({ key, path: key.split('/'), role: 'amount', side: null, group: null }))
  const cells: GridCell[] = template.map((key, column) => {
    const position = placement.indexOf(column)
    const value = position >= 0 ? values[position]! : parseAmount('')
    const source = amounts[Math.max(position, 0)]!
    return { column: key, value: value.value, printed: value.printed, damaged: null, unit: value.unit, index: source.index, start: position >= 0 ? source.start : 0 }
  })
  return { ok: true, grid: { columns, rows: [gridRow(amounts[0]!.index, { cells })], problems: [] } }
}

/**
 * The period of each column of a template split in periods (预算数 | 决算数) — its last labels, or its first
 * ones when the periods head the groups — in column order; else null.
 */
function periodsOf(keys: readonly string[], end: 'first' | 'last' = 'last'): string[] | null {
  const labels = keys.map((key) => (end === 'last' ? key.split('/').at(-1)! : key.split('/')[0]!))
  const distinct = [...new Set(labels)]
  if (distinct.length < 2 || distinct.some((label) => totalLabel.test(label))) return null
  const each = keys.length / distinct.length
  if (!Number.isInteger(each) || each < 2 || distinct.some((label) => labels.filter((other) => other === label).length !== each)) return null
  return labels
}

/**
 * Each amount's column when the period labels come out in the columns' order and every amount right after one
 * of them (each column read as a block: its label, then its amount); null when the text does not show that.
 */
function placedByPeriodLabels(plain: { texts: PlainText[]; amounts: PlainAmount[] }, template: readonly string[]): number[] | null {
  const leaves = periodsOf(template)
  if (leaves === null) return null
  const periods = new Set(leaves)
  const labelled = plain.texts.flatMap((text, position) => (periods.has(text.text) ? [position] : []))
  if (labelled.length !== leaves.length || labelled.some((position, column) => plain.texts[position]!.text !== leaves[column])) return null
  const placement = plain.amounts.map((amount) => labelled.indexOf(amount.after - 1))
  if (placement.includes(-1) || new Set(placement).size !== placement.length) return null
  return placement
}

/**
 * Whether a reading by position made a header the grammar knows — its characters exactly a template's — into
 * other labels or another grouping: a label split in two ("公务用车购置" and its wrapped "费" as two columns) or
 * the right labels grouped otherwise. Such a reading is no reading; the template's may be.
 */
export function misreadsTemplate(keys: readonly string[], templates: readonly (readonly string[])[]): boolean {
  const normal = (key: string) => key.replace(ignored, '')
  const sorted = (list: readonly string[]) => [...list].map(normal).sort().join('|')
  const printed = (list: readonly string[]) => characters(labelsOf(list).join(''))
  return templates.some((template) => printed(template) === printed(keys) && sorted(template) !== sorted(keys))
}

/** The header's labels, each once: a group label heads several columns but is printed once. */
function labelsOf(keys: readonly string[]): string[] {
  const seen = new Set<string>()
  const labels: string[] = []
  for (const key of keys) {
    const path = key.split('/')
    path.forEach((label, depth) => {
      const node = path.slice(0, depth + 1).join('/')
      if (seen.has(node)) return
      seen.add(node)
      labels.push(label)
    })
  }
  return labels
}


/**
 * The first sum a one-row table's header promises that its values break ("合计/预算数"), or null when all
 * hold (or the header promises none). Blank values count as nothing; a damaged one stops nothing.
 */
export function brokenIdentity(keys: readonly string[], values: ReadonlyArray<string | null>): string | null {
  for (const { total, parts } of identities(keys)) {
    // Only a plain 合计 / 小计 / 总计 promises the sum of all beside it: "“三公”经费合计" may stand beside 会议费.
    if (!keys[total]!.split('/').some((label) => /^(?:合计|小计|总计)$/.test(label.replace(ignored, '')))) continue
    const printed = values[total]
    const terms = parts.map((part) => values[part] ?? null)
    if (printed === null && terms.every((term) => term === null)) continue
    if (!addsUp(new Decimal(printed ?? 0), terms.map((term) => (term === null ? null : new Decimal(term))))) return keys[total]!
  }
  return null
}

/**
 * The sums a header's tree promises: in each group, its 小计 (or the first column, a 合计, at the top) is the
 * sum of the other members, a member that is a group counting by its own 小计.
 */
function identities(keys: readonly string[]): Array<{ total: number; parts: number[] }> {
  const end = periodsOf(keys, 'last') !== null ? 'last' : periodsOf(keys, 'first') !== null ? 'first' : null
  if (end === null) return treeIdentities(keys)
  const periods = periodsOf(keys, end)!
  // Within each period, the tree without the period labels (a 合计 of one period is no part of another's).
  return [...new Set(periods)].flatMap((period) => {
    const columns = keys.flatMap((_, column) => (periods[column] === period ? [column] : []))
    const stripped = columns.map((column) => (end === 'last' ? keys[column]!.split('/').slice(0, -1) : keys[column]!.split('/').slice(1)).join('/'))
    return treeIdentities(stripped).map(({ total, parts }) => ({ total: columns[total]!, parts: parts.map((part) => columns[part]!) }))
  })
}

function treeIdentities(keys: readonly string[]): Array<{ total: number; parts: number[] }> {
  const result: Array<{ total: number; parts: number[] }> = []
  const groups = new Map<string, number[]>()
  keys.forEach((key, column) => {
    const parent = key.split('/').slice(0, -1).join('/')
    groups.set(parent, [...(groups.get(parent) ?? []), column])
  })
  // A member of a group: a column, or a group standing for its 小计.
  const memberOf = (parent: string) => {
    const members = new Map<string, number>()
    keys.forEach((key, column) => {
      if (parent !== '' && !key.startsWith(`${parent}/`)) return
      const rest = parent === '' ? key : key.slice(parent.length + 1)
      const head = rest.split('/')[0]!
      const child = parent === '' ? head : `${parent}/${head}`
      if (child === key) members.set(child, column)
      else if (!members.has(child)) {
        const total = groups.get(child)?.find((candidate) => totalLabel.test(keys[candidate]!.split('/').at(-1)!))
        members.set(child, total ?? -1)
      }
    })
    return [...members.values()]
  }
  for (const parent of new Set(['', ...groups.keys()])) {
    const members = memberOf(parent)
    const total = members.find((column) => column >= 0 && totalLabel.test(keys[column]!.split('/').at(-1)!))
    if (total === undefined || members.includes(-1)) continue
    result.push({ total, parts: members.filter((column) => column !== total) })
  }
  return result
}
