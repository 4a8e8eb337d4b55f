/**
 * An 经济分类 table printed as groups side by side (人员经费 | 公用经费) by
 * `pdftotext -layout`, with tall rows that the converter spreads over
 * several lines: the 类 code on one line (its 款 beside it or a line or two
 * lower), the name on the lines below, and the amount on the code
 * line or on a line of its own above it. Each group is read down its own
 * column band: an amount belongs to the next code below it in its band; the
 * footer totals ("人员经费合计") take the amounts above them.
 *
 * Kept only when, in every group, each 类 is the sum of its 款 and the footer
 * total the sum of the 类 — with amounts placed by nearness alone, the
 * identities are what make the placement certain. Otherwise refused.
 */
import Decimal from 'decimal.js'
import type { SourceLine } from '../ingest/normalize.js'
import type { Grid, GridCell, GridColumn, GridRow } from './grid.js'
import { layoutTokens, repeatsHeader, type LayoutToken } from './layout-tokens.js'
import { parseAmount } from './parse-amount.js'
import { addsUp } from './row-total.js'
import { joinLabel } from './split-cells.js'

export type StackedResult = { ok: true; grid: Grid } | { ok: false; reason: string; index: number } | null

interface StackedRow {
  index: number
  code: string
  codeStart: number
  kuan: string | null
  name: string[]
  amount: { token: LayoutToken; index: number } | null
  footer: boolean
}

const classCode = /^\d{3}$/
const fullCode = /^\d{5}$/
const itemCode = /^\d{2}$/
const amountText = /^-?[\d,]*\d\.\d+$|^-?\d{1,3}(?:,\d{3})+$/
/** Code starts closer than this are one column. */
const columnSlack = 4

/**
 * @param indexes the table's content lines (0-based), title and notes left out
 * @param lines normalized lines
 * @returns null when the table is not two or more 经济分类 groups side by side
 */
export function reconstructStackedSides(indexes: readonly number[], lines: readonly SourceLine[]): StackedResult {
  const tokenized = indexes.map((index) => ({ index, tokens: layoutTokens(lines[index]!.text).flatMap(splitCodeToken) }))
  // Group bands start where the 类 codes start (or 类 and 款 printed as one code, "30101").
  const isRowCode = (token: LayoutToken, next: LayoutToken | undefined) => classCode.test(token.text) || (fullCode.test(token.text) && next !== undefined && !next.numeric)
  const starts = [...new Set(tokenized.flatMap((line) => line.tokens.filter((token, position) => isRowCode(token, line.tokens[position + 1])).map((token) => token.start)))].sort((a, b) => a - b)
  const bands: number[] = []
  for (const start of starts) if (bands.length === 0 || start - bands.at(-1)! > columnSlack * 4) bands.push(start)
  if (bands.length < 2) return null
  const atBand = (start: number) => bands.some((band) => Math.abs(start - band) <= columnSlack)
  const parsed = tokenized.map((line) => ({ index: line.index, tokens: line.tokens.flatMap((token) => (fullCode.test(token.text) && atBand(token.start) ? splitFullCode(token) : [token])) }))
  const firstCode = parsed.findIndex((line) => line.tokens.some((token) => classCode.test(token.text)))
  const header = parsed.slice(0, firstCode)
  const body = parsed.slice(firstCode)
  const bandOf = (start: number) => {
    let band = 0
    bands.forEach((bandStart, position) => {
      if (start >= bandStart - columnSlack) band = position
    })
    return band
  }

  const repeated = repeatsHeader(header)
  const groups = bands.map(() => ({ rows: [] as StackedRow[], pending: [] as Array<{ token: LayoutToken; index: number }> }))
  for (const line of body) {
    if (repeated(line.tokens)) continue
    for (const token of line.tokens) {
      const group = groups[bandOf(token.start)]!
      const current = group.rows.at(-1)
      const text = joinLabel(token.text)
      if (classCode.test(text) && Math.abs(token.start - bands[bandOf(token.start)]!) <= columnSlack) {
        if (group.pending.length > 1) return { ok: false, reason: `two amounts above "${text}"`, index: line.index }
        group.rows.push({ index: line.index, code: text, codeStart: token.start, kuan: null, name: [], amount: group.pending.pop() ?? null, footer: false })
      } else if (amountText.test(text)) {
        // On the code line it is that row's; elsewhere it waits for the next code below.
        if (current && current.index === line.index && current.amount === null) current.amount = { token, index: line.index }
        else group.pending.push({ token, index: line.index })
      } else if (itemCode.test(text) && current && !current.footer && current.kuan === null) {
        current.kuan = text
      } else if (/合计$/.test(text)) {
        if (group.pending.length > 1) return { ok: false, reason: `two amounts above "${text}"`, index: line.index }
        group.rows.push({ index: line.index, code: '', codeStart: token.start, kuan: null, name: [text], amount: group.pending.pop() ?? null, footer: true })
      } else if (current && !current.footer && !/^\d/.test(text)) {
        current.name.push(text)
      } else {
        return { ok: false, reason: `"${token.text}" stands where no row can take it`, index: line.index }
      }
    }
  }
  for (const group of groups) {
    if (group.pending.length > 0) return { ok: false, reason: `"${group.pending[0]!.token.text}" stands below every row`, index: group.pending[0]!.index }
  }
  // A footer total ("公用经费合计") covers its band and the bands to its right that have none.
  const owners: number[] = []
  groups.forEach((group, band) => owners.push(group.rows.some((row) => row.footer) || band === 0 ? band : owners[band - 1]!))
  const failed = groups
    .map((_, band) => (owners[band] === band ? sumsThatFail(groups.flatMap((group, other) => (owners[other] === band ? group.rows : []))) : null))
    .find((reason) => reason !== null)
  if (failed) return { ok: false, reason: `the amounts placed do not add up (${failed})`, index: body[0]!.index }

  // Group names from the footers ("人员经费合计" → 人员经费); columns as the header names them.
  const headerWords = header.flatMap((line) => line.tokens.map((token) => joinLabel(token.text)))
  const amountKey = headerWords.find((word) => /^(?:决算数|预算数|金额|合计)$/.test(word)) ?? '金额'
  const names = groups.map((_, band) => groups[owners[band]!]!.rows.find((row) => row.footer)?.name[0]!.replace(/合计$/, '') ?? null)
  const columns: GridColumn[] = names.flatMap((group) => [
    { key: '科目编码', path: ['科目编码'], role: 'code' as const, side: null, group },
    { key: '科目名称', path: ['科目名称'], role: 'name' as const, side: null, group },
    { key: amountKey, path: [amountKey], role: 'amount' as const, side: null, group },
  ])
  const rows: GridRow[] = []
  groups.forEach((group, position) => {
    for (const row of group.rows) {
      const code = row.footer ? null : row.code + (row.kuan ?? '')
      const amount = parseAmount(row.amount?.token.text ?? '')
      const cell: GridCell = {
        column: amountKey,
        value: amount.value,
        printed: amount.printed,
        damaged: amount.damaged,
        unit: amount.unit,
        index: row.amount?.index ?? row.index,
        start: row.amount?.token.start ?? row.codeStart,
      }
      rows.push({ index: row.index, side: null, group: names[position]!, rowNumber: null, code, codeDamaged: null, parentCode: code && code.length === 5 ? code.slice(0, 3) : null, item: row.name.join(''), attributes: {}, cells: [cell] })
    }
  })
  // In reading order, as the tab reader gives them.
  rows.sort((a, b) => a.index - b.index)
  return { ok: true, grid: { columns, rows, problems: [] } }
}

/** "301    01" stays two tokens; a code glued to its 款 by one space ("303 05") is split too. */
function splitCodeToken(token: LayoutToken): LayoutToken[] {
  const match = /^(\d{3}) (\d{2})$/.exec(token.text)
  if (!match) return [token]
  return [
    { text: match[1]!, start: token.start, end: token.start + 3, numeric: true },
    { text: match[2]!, start: token.end - 2, end: token.end, numeric: true },
  ]
}

/** "30101" standing where the 类 codes stand: the 类 and its 款. */
function splitFullCode(token: LayoutToken): LayoutToken[] {
  return [
    { text: token.text.slice(0, 3), start: token.start, end: token.start + 3, numeric: true },
    { text: token.text.slice(3), start: token.start + 3, end: token.end, numeric: true },
  ]
}

/** Each 类 = Σ its 款 and each footer total = Σ the 类 above it, blanks as zero; the first that fails. */
function sumsThatFail(rows: readonly StackedRow[]): string | null {
  const printed = (row: StackedRow) => {
    const parsed = parseAmount(row.amount?.token.text ?? '')
    return parsed.value === null ? null : new Decimal(parsed.value)
  }
  const value = (row: StackedRow) => printed(row) ?? new Decimal(0)
  const sumOf = (terms: readonly StackedRow[]) => terms.reduce((total, row) => total.plus(value(row)), new Decimal(0))
  if (rows.some((row) => row.amount && parseAmount(row.amount.token.text).damaged)) return 'a damaged amount'
  const classes = rows.filter((row) => !row.footer && row.kuan === null)
  const childrenOf = new Map<string, StackedRow[]>()
  for (const row of rows) {
    if (row.footer || row.kuan === null) continue
    const list = childrenOf.get(row.code)
    if (list) list.push(row)
    else childrenOf.set(row.code, [row])
  }
  let checked = 0
  for (const parent of classes) {
    const children = childrenOf.get(parent.code) ?? []
    if (children.length === 0) continue
    if (!addsUp(value(parent), children.map(printed))) return `${parent.code}: ${value(parent).toFixed(2)} ≠ Σ ${sumOf(children).toFixed(2)}`
    checked++
  }
  for (const footer of rows.filter((row) => row.footer)) {
    if (!addsUp(value(footer), classes.map(printed))) return `${footer.name.join('')}: ${value(footer).toFixed(2)} ≠ Σ ${sumOf(classes).toFixed(2)}`
    checked++
  }
  return checked === 0 ? 'nothing to check the placement against' : null
}
