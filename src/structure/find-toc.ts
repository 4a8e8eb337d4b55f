/**
 * Find the table of contents (目录) so that its entries are never taken for
 * the body. A TOC starts at a line reading "目录" and runs over lines that
 * look like entries — part headings, numbered titles, lines ending in a page
 * number or a dot leader, short continuation lines — and stops where the body
 * begins: at a part heading the TOC has already listed, or at the first line
 * that is not an entry. A TOC may also stand at the end of a document.
 */
import type { SourceLine } from '../ingest/normalize.js'
import { compact, hasPageNumberTail } from '../tree/patterns.js'
import type { LineInfo } from './classify-lines.js'

/** Lines of a TOC, 0-based indexes, inclusive. */
export interface LineRange {
  start: number
  end: number
}

/** Longest line taken as a wrapped TOC entry's continuation. */
const continuationLengthMax = 30

/**
 * @param lines normalized lines
 * @param info their classification
 * @returns the TOC ranges in document order
 */
export function findToc(lines: readonly SourceLine[], info: readonly LineInfo[]): LineRange[] {
  const ranges: LineRange[] = [...headlessTocs(lines, info)]
  for (let index = 0; index < lines.length; index++) {
    if (compact(info[index]!.trimmed) !== '目录') continue
    let end = index
    const partsSeen = new Set<string>()
    let firstEntry: string | null = null
    let cursor = index + 1
    for (; cursor < lines.length; cursor++) {
      const line = lines[cursor]!
      const entry = info[cursor]!
      if (line.blank || line.furniture) continue
      const key = compact(stripPageTail(entry.trimmed))
      if (entry.part) {
        if (partsSeen.has(entry.part.numeral)) break
        partsSeen.add(entry.part.numeral)
      } else if (firstEntry !== null && key === firstEntry) {
        break
      } else if (!isEntryLike(entry)) {
        break
      }
      firstEntry ??= key
      end = cursor
    }
    if (!ranges.some((range) => range.start <= index && index <= range.end)) ranges.push({ start: index, end })
    index = end
  }
  return ranges.sort((a, b) => a.start - b.start)
}

/** Fewest entries with page numbers that make a TOC without a "目录" line. */
const headlessEntriesMin = 3

/**
 * A TOC printed without its "目录" line: a run of headings (part headings or
 * numbered titles) of which at least three end in a page number, with blank
 * lines only between them.
 */
function headlessTocs(lines: readonly SourceLine[], info: readonly LineInfo[]): LineRange[] {
  const ranges: LineRange[] = []
  let start = -1
  let end = -1
  let withPages = 0
  let numerals = new Set<string>()
  const close = () => {
    if (start >= 0 && withPages >= headlessEntriesMin) ranges.push({ start, end })
    start = -1
    withPages = 0
    numerals = new Set()
  }
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    if (line.blank || line.furniture) continue
    const entry = info[index]!
    // The body begins where a part the run has listed comes again.
    if (entry.part && numerals.has(entry.part.numeral)) close()
    const paged = hasPageNumberTail(entry.trimmed)
    if ((entry.part || entry.numbered) && (paged || start >= 0)) {
      if (start < 0) start = index
      if (paged) {
        end = index
        withPages++
      }
      if (entry.part) numerals.add(entry.part.numeral)
    } else {
      close()
    }
  }
  close()
  return ranges.filter((range) => !lines.slice(0, range.start).some((_, index) => compact(info[index]!.trimmed) === '目录'))
}

function isEntryLike(entry: LineInfo): boolean {
  if (entry.numbered || entry.tableTitle) return true
  if (hasPageNumberTail(entry.trimmed)) return true
  const text = entry.trimmed
  return text.length <= continuationLengthMax && !/[。，；]/.test(text)
}

function stripPageTail(text: string): string {
  let end = text.length
  while (end > 0 && /[\d\s.…·\-－]/.test(text.charAt(end - 1))) end--
  return text.slice(0, end)
}
