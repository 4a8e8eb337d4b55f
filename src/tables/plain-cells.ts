/**
 * The cells of a table printed one cell per line (plain `pdftotext`) when
 * they are only words and amounts: a run of adjacent lines is one text cell
 * ("基" / "本支出"), each amount a cell of its own, in reading order. The
 * department's name, printed among a header's cells, is passed over.
 */
import type { SourceLine } from '../ingest/normalize.js'
import { looksLikeAmount } from './parse-amount.js'
import { joinLabel } from './split-cells.js'

export interface PlainText {
  text: string
  index: number
}

export interface PlainAmount {
  text: string
  /** 0-based line and index in the normalized line. */
  index: number
  start: number
  /** How many text cells came before it. */
  after: number
}

/**
 * @param indexes the table's content lines (0-based)
 * @param lines normalized lines
 * @param department the document's department, or null
 * @returns null when a line holds digits that are not one amount (codes, numbered items, amounts with labels)
 */
export function plainCells(indexes: readonly number[], lines: readonly SourceLine[], department: string | null): { texts: PlainText[]; amounts: PlainAmount[] } | null {
  const texts: PlainText[] = []
  const amounts: PlainAmount[] = []
  const skip = department === null ? null : joinLabel(department)
  let open: { text: string; index: number; last: number } | null = null
  const close = () => {
    if (open !== null && joinLabel(open.text) !== skip) texts.push({ text: joinLabel(open.text), index: open.index })
    open = null
  }
  for (const index of indexes) {
    const text = lines[index]!.text.trim()
    // Cells set apart by runs of spaces are a space-aligned line, not one cell.
    if (/\s{2}/.test(text)) return null
    if (looksLikeAmount(text)) {
      close()
      amounts.push({ text, index, start: lines[index]!.text.indexOf(text), after: texts.length })
      continue
    }
    if (/\d/.test(text)) return null
    if (open !== null && open.last === index - 1) {
      open.text += text
      open.last = index
    } else {
      close()
      open = { text, index, last: index }
    }
  }
  close()
  return { texts, amounts }
}
