/**
 * Clean text line by line, keeping every line where it was so that line
 * numbers of the normalized text are those of the input, and columns map back
 * through each line's column map.
 */
import { ballotBox, ballotBoxChecked, codes, isDigit, isOddSpace } from './codes.js'
import { ColumnMapBuilder, type ColumnMap } from './column-map.js'
import { patterns } from '../tree/patterns.js'

/** What page furniture a line is. */
export type Furniture = 'page-number' | 'running-title'

/** One line of the input after normalization. */
export interface SourceLine {
  /** 1-based line number in the input. */
  line: number
  /** The line as it was in the input, without its line ending. */
  raw: string
  /** The normalized line. */
  text: string
  /** Maps columns of `text` back to `raw`. */
  map: ColumnMap
  /** A page began on this line (form feed). */
  pageBreak: boolean
  /** The line held a list marker ("- ", "• ") that was removed. */
  listMarker: boolean
  /** Page furniture, or null. */
  furniture: Furniture | null
  /** Nothing but white space after normalization. */
  blank: boolean
}

/** Counts of what normalization changed, for diagnostics and tests. */
export interface NormalizationReport {
  byteOrderMark: boolean
  carriageReturns: number
  formFeeds: number
  oddSpaces: number
  htmlTags: number
  htmlEntities: number
  listMarkers: number
  repeatedMarkers: number
  pageNumbers: number
  runningTitles: number
}

export interface NormalizedText {
  lines: SourceLine[]
  /** The normalized lines joined with "\n": the text remark-parse reads. */
  text: string
  report: NormalizationReport
}

const entities: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ensp: ' ',
  emsp: ' ',
}

/**
 * Normalize a document's text.
 *
 * Per line: BOM and zero-width characters dropped, form feeds dropped (the
 * line is marked as a page start), odd spaces (NBSP, U+3000, …) made plain,
 * full-width digits made ASCII, HTML tags removed (a checkbox becomes ☑ or □),
 * HTML entities decoded, list markers ("- ") removed, a numbering marker
 * printed several times ("一、一、一、") kept once. Across lines: page numbers
 * ("- 32 -", "第 3 页", or a bare number standing alone between blank lines)
 * are marked as furniture. Linear in the length of the text.
 *
 * @param input the decoded text
 * @returns the lines, the normalized text and a report of the changes
 */
export function normalizeText(input: string): NormalizedText {
  const report: NormalizationReport = {
    byteOrderMark: input.charCodeAt(0) === codes.byteOrderMark,
    carriageReturns: 0,
    formFeeds: 0,
    oddSpaces: 0,
    htmlTags: 0,
    htmlEntities: 0,
    listMarkers: 0,
    repeatedMarkers: 0,
    pageNumbers: 0,
    runningTitles: 0,
  }
  const lines: SourceLine[] = []
  let start = 0
  let lineNumber = 1
  const length = input.length
  for (let index = 0; index <= length; index++) {
    const code = index < length ? input.charCodeAt(index) : codes.lineFeed
    if (code !== codes.lineFeed && code !== codes.carriageReturn) continue
    const raw = input.slice(start, index)
    if (code === codes.carriageReturn) {
      report.carriageReturns++
      if (input.charCodeAt(index + 1) === codes.lineFeed) index++
    }
    start = index + 1
    // A final line ending does not open one more line.
    if (index >= length && raw.length === 0 && lineNumber > 1) break
    lines.push(normalizeLine(raw, lineNumber, report))
    lineNumber++
  }
  markPageNumbers(lines, report)
  markRunningTitles(lines, report)
  return { lines, text: lines.map((line) => line.text).join('\n'), report }
}

function normalizeLine(raw: string, lineNumber: number, report: NormalizationReport): SourceLine {
  const builder = new ColumnMapBuilder()
  let pageBreak = false
  let index = 0
  let pending = ''
  let pendingStart = 0
  const flush = (next: number) => {
    if (pending.length > 0) builder.append(pending, pendingStart)
    pending = ''
    pendingStart = next
  }
  // Put `replacement` where the source had characters up to `end`, and go on from there.
  const replace = (replacement: string, end: number) => {
    flush(index)
    builder.append(replacement, index)
    builder.append('', end)
    pendingStart = end
    index = end
  }
  while (index < raw.length) {
    const code = raw.charCodeAt(index)
    if (code === codes.formFeed) {
      pageBreak = true
      report.formFeeds++
      replace('', index + 1)
      continue
    }
    if (code === codes.byteOrderMark || code === codes.zeroWidthSpace) {
      replace('', index + 1)
      continue
    }
    const markup = code === codes.lessThan ? readTag(raw, index) : code === codes.ampersand ? readEntity(raw, index) : undefined
    if (markup) {
      if (code === codes.lessThan) report.htmlTags++
      else report.htmlEntities++
      replace(markup.replacement, markup.end)
      continue
    }
    if (pending.length === 0) pendingStart = index
    if (isOddSpace(code)) {
      report.oddSpaces++
      pending += ' '
    } else if (code >= codes.fullWidthDigitZero && code <= codes.fullWidthDigitNine) {
      pending += String.fromCharCode(code - codes.fullWidthDigitZero + codes.digitZero)
    } else if (code === codes.fullWidthFullStop && isAnyDigit(raw.charCodeAt(index - 1)) && isAnyDigit(raw.charCodeAt(index + 1))) {
      // "１２３．４５": the decimal point of a number printed in full-width characters.
      pending += '.'
    } else {
      pending += raw[index]
    }
    index++
  }
  flush(raw.length)
  let text = builder.text()
  let map = builder.map()

  // Trailing spaces carry nothing; trailing tabs are empty cells and stay.
  let end = text.length
  while (end > 0 && text.charCodeAt(end - 1) === codes.space) end--
  if (end < text.length) text = text.slice(0, end)

  let listMarker = false
  const marker = patterns.listMarker.exec(text)
  if (marker && !patterns.dashedPageNumber.test(text)) {
    listMarker = true
    report.listMarkers++
    ;({ text, map } = dropRange(text, map, marker[1]!.length, marker[0].length))
  }
  const repeated = patterns.repeatedNumbering.exec(text)
  if (repeated) {
    report.repeatedMarkers++
    const lead = repeated[1]!.length
    const once = repeated[2]!.length
    ;({ text, map } = dropRange(text, map, lead + once, repeated[0].length))
  }

  return {
    line: lineNumber,
    raw,
    text,
    map,
    pageBreak,
    listMarker,
    furniture: null,
    blank: patterns.blank.test(text),
  }
}

/** Remove `text[from, to)` and keep the column map right. Linear in the line's length. */
function dropRange(text: string, map: ColumnMap, from: number, to: number): { text: string; map: ColumnMap } {
  const original = expandMap(map, text.length)
  const builder = new ColumnMapBuilder()
  const copy = (begin: number, end: number) => {
    for (let index = begin; index < end; ) {
      let runEnd = index + 1
      while (runEnd < end && original[runEnd] === (original[runEnd - 1] as number) + 1) runEnd++
      builder.append(text.slice(index, runEnd), original[index] as number)
      index = runEnd
    }
  }
  copy(0, from)
  copy(to, text.length)
  return { text: builder.text(), map: builder.map() }
}

/** The original index of every character of a normalized line. */
function expandMap(map: ColumnMap, length: number): Int32Array {
  const result = new Int32Array(length)
  let pair = 0
  let shift = 0
  for (let index = 0; index < length; index++) {
    while (map !== null && pair < map.length && (map[pair] as number) <= index) {
      shift = (map[pair + 1] as number) - (map[pair] as number)
      pair += 2
    }
    result[index] = index + shift
  }
  return result
}

interface Replacement {
  replacement: string
  end: number
}

/** Longest HTML tag we look at; a "<" without ">" within it is text. */
const tagLengthMax = 200

function readTag(raw: string, start: number): Replacement | undefined {
  const limit = Math.min(raw.length, start + tagLengthMax)
  let end = -1
  for (let index = start + 1; index < limit; index++) {
    const code = raw.charCodeAt(index)
    if (code === codes.greaterThan) {
      end = index + 1
      break
    }
    if (code === codes.lessThan) return undefined
  }
  if (end < 0) return undefined
  const tag = raw.slice(start, end)
  if (!patterns.htmlTag.test(tag)) return undefined
  if (patterns.htmlCheckbox.test(tag)) {
    return { replacement: patterns.htmlChecked.test(tag) ? ballotBoxChecked : ballotBox, end }
  }
  return { replacement: '', end }
}

function readEntity(raw: string, start: number): Replacement | undefined {
  const limit = Math.min(raw.length, start + 10)
  for (let index = start + 1; index < limit; index++) {
    if (raw.charCodeAt(index) !== 0x3b) continue
    const name = raw.slice(start + 1, index)
    if (name in entities) return { replacement: entities[name] as string, end: index + 1 }
    if (patterns.numericEntity.test(name)) {
      const value = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10)
      if (value > 0 && value <= 0x10ffff) return { replacement: isOddSpace(value) ? ' ' : String.fromCodePoint(value), end: index + 1 }
    }
    return undefined
  }
  return undefined
}

/**
 * Mark page numbers. "- 32 -" and "第 3 页" always are; a bare number is one
 * only when it stands alone: blank lines on both sides, with either a page
 * break next to it or at least two blank lines on each side — so that a table
 * cell printed one per line is never taken for one. The last line of a page
 * (the next line starts a page) needs blank lines above it only.
 */
function markPageNumbers(lines: SourceLine[], report: NormalizationReport): void {
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    if (line.blank) continue
    const text = line.text
    if (patterns.dashedPageNumber.test(text) || patterns.chinesePageNumber.test(text)) {
      line.furniture = 'page-number'
      report.pageNumbers++
      continue
    }
    if (!patterns.barePageNumber.test(text)) continue
    const before = blanksAround(lines, index, -1)
    const after = blanksAround(lines, index, 1)
    // The last line of a page (the next one starts a new page) needs no blank line after it.
    if (before.count === 0 || (after.count === 0 && !after.nextPageBreak)) continue
    const nearBreak = line.pageBreak || after.nextPageBreak
    if (nearBreak || (before.count >= 2 && after.count >= 2)) {
      line.furniture = 'page-number'
      report.pageNumbers++
    }
  }
}

function blanksAround(lines: SourceLine[], index: number, step: 1 | -1): { count: number; nextPageBreak: boolean } {
  let count = 0
  let cursor = index + step
  while (cursor >= 0 && cursor < lines.length && lines[cursor]!.blank && !lines[cursor]!.pageBreak) {
    count++
    cursor += step
  }
  const edge = cursor < 0 || cursor >= lines.length
  const neighbour = edge ? undefined : lines[cursor]
  return { count: edge ? Math.max(count, 2) : count, nextPageBreak: step === 1 && neighbour !== undefined && neighbour.pageBreak }
}

/** Shortest and longest running title (characters, without spaces). */
const runningTitleLength = { min: 6, max: 40 }
/** How many pages must repeat a line for it to be a running title. */
const runningTitleRepeatsMin = 3

/**
 * Mark running titles: the same short line, not laid out in columns, printed
 * at the top or the bottom of three pages or more ("某某局2023年度部门决算").
 * Only lines next to a page break are candidates, so a line the body repeats
 * is never taken.
 */
function markRunningTitles(lines: SourceLine[], report: NormalizationReport): void {
  const candidates = new Map<string, number[]>()
  const consider = (index: number) => {
    const line = lines[index]
    if (!line || line.blank || line.furniture) return
    const key = line.text.replace(/\s+/g, '')
    if (key.length < runningTitleLength.min || key.length > runningTitleLength.max) return
    if (line.text.includes('\t') || patterns.columnGap.test(line.text.trim()) || !/[\u4e00-\u9fff]/.test(key)) return
    const list = candidates.get(key)
    if (list) list.push(index)
    else candidates.set(key, [index])
  }
  lines.forEach((line, index) => {
    if (!line.pageBreak) return
    consider(index)
    let before = index - 1
    while (before >= 0 && (lines[before]!.blank || lines[before]!.furniture)) before--
    if (before >= 0) consider(before)
  })
  for (const indexes of candidates.values()) {
    const unique = [...new Set(indexes)]
    if (unique.length < runningTitleRepeatsMin) continue
    for (const index of unique) {
      lines[index]!.furniture = 'running-title'
      report.runningTitles++
    }
  }
}

/** An ASCII or full-width digit. */
function isAnyDigit(code: number): boolean {
  return isDigit(code) || (code >= codes.fullWidthDigitZero && code <= codes.fullWidthDigitNine)
}
