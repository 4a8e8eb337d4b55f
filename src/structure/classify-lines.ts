/**
 * What each line could be, read once: its trimmed text, whether it is laid
 * out in columns, and which heading or title pattern it matches. Later steps
 * (TOC, parts, tables, headings) decide from this without re-reading text.
 */
import type { CompiledGrammar, TableTitleMatch } from '../grammars/compile.js'
import type { SourceLine } from '../ingest/normalize.js'
import { headingLengthMax, patterns } from '../tree/patterns.js'

/** A numbered line: "一、…", "（一）…", "1. …", "(1) …". */
export interface Numbered {
  /** 1 for 一、, 2 for （一）, 3 for 1., 4 for (1). */
  level: 1 | 2 | 3 | 4
  /** The marker as printed, e.g. "（一）". */
  marker: string
  /** The title after the marker, trimmed. */
  title: string
}

export interface LineInfo {
  /** The normalized text without leading and trailing white space. */
  trimmed: string
  /** Index in the normalized line where `trimmed` begins. */
  indent: number
  /** Cells separated by tabs or by runs of spaces. */
  tabular: boolean
  /** "第N部分 …": the numeral and the rest of the line. */
  part: { numeral: string; rest: string } | null
  numbered: Numbered | null
  tableTitle: TableTitleMatch | null
  /** For a numbered line that reads as a heading, its title (see `headingTitle`); else null. */
  heading: string | null
}

const numberedPatterns = [
  [patterns.numberedLevel2, 2],
  [patterns.numberedLevel4, 4],
  [patterns.numberedLevel1, 1],
  [patterns.numberedLevel3, 3],
] as const

/**
 * @param lines normalized lines
 * @param grammar the compiled grammar
 * @returns one `LineInfo` per line, same indexes
 */
export function classifyLines(lines: readonly SourceLine[], grammar: CompiledGrammar): LineInfo[] {
  const result = lines.map((line) => {
    const text = line.text
    let start = 0
    while (start < text.length && (text.charCodeAt(start) === 0x20 || text.charCodeAt(start) === 0x09)) start++
    let end = text.length
    while (end > start && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09)) end--
    const trimmed = text.slice(start, end)
    const tabular = trimmed.includes('\t') || patterns.columnGap.test(trimmed)
    const info: LineInfo = { trimmed, indent: start, tabular, part: null, numbered: null, tableTitle: null, heading: null }
    if (trimmed.length === 0) return info
    // Long lines are never headings, but their numbering still tells that
    // the line before was complete; only their start is read.
    if (!tabular) info.numbered = readNumbered(trimmed.length > headingLengthMax ? trimmed.slice(0, headingLengthMax) : trimmed)
    if (trimmed.length > headingLengthMax) return info
    const part = patterns.partHeading.exec(trimmed)
    if (part) info.part = { numeral: part[1]!, rest: part[2]!.trim() }
    // A title stands alone on its line; a row of cells is never one.
    if (!tabular) info.tableTitle = grammar.tableTitle(trimmed)
    return info
  })
  let nextNumbered = false
  for (let index = result.length - 1; index >= 0; index--) {
    const info = result[index]!
    if (lines[index]!.blank || lines[index]!.furniture) continue
    if (info.numbered) info.heading = headingTitle(info.numbered, nextNumbered)
    nextNumbered = info.numbered !== null || info.part !== null
  }
  return result
}

function readNumbered(text: string): Numbered | null {
  for (const [pattern, level] of numberedPatterns) {
    const match = pattern.exec(text)
    if (!match) continue
    const title = match[2]!.trim()
    const marker = text.slice(0, text.length - match[2]!.length).trim()
    return { level, marker, title }
  }
  return null
}

/** Longest title (without spaces) a numbered heading can have. */
const headingTitleMax = 40
/** Longest title with a comma inside that can still be a heading ("一、压紧压实政治责任，坚定不移…"). */
const headingWithCommaMax = 30

/**
 * Whether a numbered line reads as a heading rather than a numbered sentence:
 * a short title with a full stop or colon, if any, only at its end, and no
 * comma or semicolon — unless the title is complete on its line (the next
 * line is numbered too) and short.
 * @param numbered the numbered line
 * @param nextNumbered whether the next non-blank line is numbered (or a part heading)
 * @returns the title without closing punctuation, or null when it is not a heading
 */
export function headingTitle(numbered: Numbered, nextNumbered: boolean): string | null {
  if (/[，,、；;]$/.test(numbered.title)) return null
  let title = numbered.title
  while (title.length > 0 && '。：:．.'.includes(title.charAt(title.length - 1))) title = title.slice(0, -1)
  const bare = title.replace(/\s+/g, '')
  if (bare.length === 0 || bare.length > headingTitleMax) return null
  if (/[。：]/.test(bare) || bare.includes('万元')) return null
  if (/[，,；;]/.test(bare) && (!nextNumbered || bare.length > headingWithCommaMax)) return null
  return title.trim()
}
