/**
 * Read the headline figures the narrative states: for each figure of the
 * grammar, the first occurrence of one of its phrases that is followed, in
 * the same sentence, by a value of the right kind. Values are exact decimal
 * strings; changes and rates are signed.
 */
import { figures as figureGrammar, type FigureGrammar, type FigureKey } from '../../grammars/figures.js'
import type { Figure } from '../../schemas/figures.js'
import { figureCells } from '../../grammars/figure-cells.js'
import type { DocumentKind } from '../../grammars/types.js'
import type { Table, TableCell, TableRow } from '../../schemas/table.js'
import type { SourceLine } from '../ingest/normalize.js'
import { exactDecimal } from '../tables/parse-amount.js'
import type { Structure } from '../structure/build-structure.js'
import { runningText, sentenceEnd, sentenceStart, sourceOf, type RunningText } from './running-text.js'

export type { Figure }

/** How far after its phrase a value may stand. */
const windowLength = 40
const amount = /^[^。；\n]*?(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)/
const count = /^[^。；\n]*?(\d+)\s*(人|辆|个)(?!次)/
const change = /^[^。；\n]*?(增加|减少|下降|增长|上升|降低)\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)/
const rate = /^[^。\n]*?(增长|下降|上升|降低|减少|增加)\s*(\d+(?:\.\d+)?)\s*[%％]/
const downwards = new Set(['减少', '下降', '降低'])
/** Words that, just before a phrase, make what follows a change. */
const changeVerbs = /(?:增加|减少|增长|下降|降低|上升|压减|追加|调减|调增|节约)$/

/**
 * @param lines normalized lines
 * @param structure the document's structure
 * @param kind the kind of document, or null
 */
export function readFigures(lines: readonly SourceLine[], structure: Structure, kind: DocumentKind | null, tables: readonly Table[] = []): Partial<Record<FigureKey, Figure>> {
  const texts = new Map<string, RunningText>()
  const result: Partial<Record<FigureKey, Figure>> = {}
  for (const grammar of figureGrammar) {
    if (grammar.kinds && (kind === null || !grammar.kinds.includes(kind))) continue
    const parts = grammar.parts ?? ['情况说明', '概况', '绩效']
    const key = parts.join('|')
    let running = texts.get(key)
    if (!running) texts.set(key, (running = runningText(lines, structure, parts)))
    const figure = findFigure(running, lines, grammar, kind)
    if (figure) result[grammar.key] = { ...figure, ...tableValue(tables, grammar.key) }
  }
  return result
}

function findFigure(running: RunningText, lines: readonly SourceLine[], grammar: FigureGrammar, kind: DocumentKind | null): Figure | null {
  const text = running.text
  for (const anchor of grammar.anchors) {
    for (let at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + 1)) {
      const before = text.slice(Math.max(0, at - 8), at)
      if (grammar.notAfter?.some((word) => before.endsWith(word))) continue
      // "增加基本支出 12.34 万元" states a change, not the figure.
      if (grammar.read !== 'change' && grammar.read !== 'rate' && changeVerbs.test(before)) continue
      let from = at + anchor.length
      if (kind === '决算' && grammar.finalAfter) {
        const sentence = text.slice(from, sentenceEnd(text, from))
        const lead = grammar.finalAfter.map((phrase) => ({ phrase, index: sentence.indexOf(phrase) })).find((entry) => entry.index >= 0)
        if (lead) from += lead.index + lead.phrase.length
      }
      const window = text.slice(from, from + windowLength + (grammar.read === 'rate' || grammar.read === 'change' ? 40 : 0))
      const read = readValue(window, grammar.read)
      if (!read) continue
      const position = sourceOf(running, lines, from + read.index)
      return {
        value: read.value,
        unit: read.unit,
        line: position.line,
        column: position.column,
        text: text.slice(sentenceStart(text, at), Math.min(text.length, sentenceEnd(text, at) + 1)).trim(),
        tableValue: null,
        tableUnit: null,
      }
    }
  }
  return null
}

function readValue(window: string, kind: FigureGrammar['read']): { value: string; unit: string | null; index: number } | null {
  if (kind === 'amount' || kind === 'count') {
    const match = (kind === 'amount' ? amount : count).exec(window)
    if (!match) return null
    return { value: exactDecimal(match[1]!), unit: match[2]!, index: match[0].lastIndexOf(match[1]!) }
  }
  const match = (kind === 'change' ? change : rate).exec(window)
  if (!match) return null
  const magnitude = exactDecimal(match[2]!)
  const signed = downwards.has(match[1]!) && magnitude !== '0' ? `-${magnitude}` : magnitude
  return { value: signed, unit: kind === 'rate' ? '%' : match[3]!, index: match[0].lastIndexOf(match[2]!) }
}

/** The figure as the tables print it: the first whole cell the figure-cell grammar points to, and its table's unit. */
function tableValue(tables: readonly Table[], key: FigureKey): { tableValue: string | null; tableUnit: string | null } {
  for (const { table, cell } of figurePlaces(tables, key)) if (cell.value) return { tableValue: cell.value, tableUnit: table.unit }
  return { tableValue: null, tableUnit: null }
}

/**
 * The cells the figure-cell grammar points to for a figure, in order of
 * preference, whether readable or not.
 */
export function figurePlaces(tables: readonly Table[], key: FigureKey): { table: Table; row: TableRow; cell: TableCell }[] {
  const places: { table: Table; row: TableRow; cell: TableCell }[] = []
  for (const place of figureCells[key] ?? []) {
    for (const id of place.tables) {
      for (const table of tables) {
        if (table.id !== id) continue
        for (const row of table.rows) {
          if (row.item === null || !place.item.test(row.item) || (place.side && row.side !== place.side)) continue
          const cell = place.column ? row.cells.find((candidate) => place.column!.test(candidate.column)) : row.cells.find((candidate) => candidate.value !== null || candidate.damaged !== null)
          if (cell) places.push({ table, row, cell })
        }
      }
    }
  }
  return places
}
