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
  const ranges: LineRange[] = []
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
    ranges.push({ start: index, end })
    index = end
  }
  return ranges
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
