/**
 * Find the part headings of the body: "第N部分 …" (the title may follow on
 * the next lines), titles that are a part on their own ("名词解释"), and —
 * in documents with no "第N部分" at all — level-1 headings ("一、部门概况")
 * whose title names a standard part.
 */
import type { PartKind } from '../../grammars/types.js'
import type { CompiledGrammar } from '../grammars/compile.js'
import type { SourceLine } from '../ingest/normalize.js'
import type { LineInfo } from './classify-lines.js'

export interface PartHeading {
  kind: PartKind
  /** "第三部分", or null for a part without a number. */
  part: string | null
  /** The title as printed, lines joined with a space; null when the heading has none. */
  title: string | null
  /** 0-based indexes of the lines the heading takes. */
  lines: number[]
  /** The heading came from "一、…" in a document without numbered parts. */
  fromNumbered: boolean
}

/** How many lines after "第N部分" may hold the rest of its title. */
const titleLinesMax = 3
/** How many blank lines may stand between "第N部分" and its title. */
const blankGapMax = 4

/**
 * @param lines normalized lines
 * @param info their classification
 * @param excluded lines that cannot hold a part heading (the TOC, furniture)
 * @param grammar the compiled grammar
 */
export function findParts(
  lines: readonly SourceLine[],
  info: readonly LineInfo[],
  excluded: Uint8Array,
  grammar: CompiledGrammar,
): PartHeading[] {
  const headings: PartHeading[] = []
  for (let index = 0; index < lines.length; index++) {
    if (excluded[index] || lines[index]!.blank) continue
    const entry = info[index]!
    if (entry.part) {
      const heading = readPartHeading(lines, info, excluded, grammar, index)
      headings.push(heading)
      index = heading.lines[heading.lines.length - 1]!
      continue
    }
    const standalone = entry.tabular ? null : grammar.standalonePart(entry.trimmed)
    if (standalone) headings.push({ kind: standalone, part: null, title: entry.trimmed, lines: [index], fromNumbered: false })
  }
  if (headings.some((heading) => heading.part !== null)) return headings
  return mergeFallback(headings, numberedParts(lines, info, excluded, grammar))
}

function readPartHeading(
  lines: readonly SourceLine[],
  info: readonly LineInfo[],
  excluded: Uint8Array,
  grammar: CompiledGrammar,
  index: number,
): PartHeading {
  const entry = info[index]!
  const numeral = entry.part!.numeral
  const titleParts = entry.part!.rest.length > 0 ? [entry.part!.rest] : []
  const used = [index]
  let kind = titleParts.length > 0 ? grammar.partKind(titleParts.join('')) : null
  let cursor = index
  while (kind === null && used.length <= titleLinesMax) {
    const next = nextContentLine(lines, excluded, cursor)
    if (next < 0) break
    const candidate = info[next]!
    if (candidate.part || candidate.numbered || candidate.tableTitle || candidate.tabular) break
    titleParts.push(candidate.trimmed)
    used.push(next)
    cursor = next
    kind = grammar.partKind(titleParts.join(''))
  }
  const fromRest = entry.part!.rest.length > 0 ? 1 : 0
  if (kind === null) {
    // No part named: keep what "第N部分" printed, or else its first title line.
    used.length = fromRest === 1 ? 1 : Math.min(2, used.length)
    titleParts.length = Math.min(titleParts.length, 1)
  } else if (fromRest === 0 && titleParts.length > 1) {
    // A stray line (a table cell the converter moved) may stand between
    // "第N部分" and its title: the title starts at the first line that names
    // the department, a year, or the part itself.
    const first = titleParts.findIndex((text, position) => position === titleParts.length - 1 || grammar.hasOrganisationSuffix(text) || /\d{4}\s*年/.test(text) || grammar.partKind(text) !== null)
    titleParts.splice(0, first)
    used.splice(1, first)
  }
  return {
    kind: kind ?? '其他',
    part: `第${numeral}部分`,
    title: titleParts.length > 0 ? joinTitleLines(titleParts) : null,
    lines: used,
    fromNumbered: false,
  }
}

function nextContentLine(lines: readonly SourceLine[], excluded: Uint8Array, from: number): number {
  let blanks = 0
  for (let cursor = from + 1; cursor < lines.length; cursor++) {
    if (excluded[cursor]) return -1
    const line = lines[cursor]!
    if (line.blank || line.furniture) {
      if (++blanks > blankGapMax) return -1
      continue
    }
    return cursor
  }
  return -1
}

/** Level-1 headings naming a standard part, for documents without "第N部分". */
function numberedParts(
  lines: readonly SourceLine[],
  info: readonly LineInfo[],
  excluded: Uint8Array,
  grammar: CompiledGrammar,
): PartHeading[] {
  const headings: PartHeading[] = []
  let previous: PartKind | null = null
  for (let index = 0; index < lines.length; index++) {
    const numbered = info[index]!.numbered
    if (excluded[index] || !numbered || numbered.level !== 1 || info[index]!.tableTitle) continue
    const title = info[index]!.heading
    if (title === null) continue
    const kind = grammar.partKind(title)
    // Consecutive headings of one kind ("一、收入…情况说明", "二、支出…情况说明") are one part.
    if (kind === null || kind === previous) continue
    previous = kind
    headings.push({ kind, part: null, title: info[index]!.trimmed, lines: [index], fromNumbered: true })
  }
  return headings
}

function mergeFallback(standalone: PartHeading[], numbered: PartHeading[]): PartHeading[] {
  return [...standalone, ...numbered].sort((a, b) => a.lines[0]! - b.lines[0]!)
}

/** Join the lines of a wrapped title: no space between two Chinese characters, one otherwise. */
export function joinTitleLines(parts: readonly string[]): string {
  let result = ''
  for (const part of parts) {
    if (result.length === 0) result = part
    else result += (isHan(result.charCodeAt(result.length - 1)) && isHan(part.charCodeAt(0)) ? '' : ' ') + part
  }
  return result
}

function isHan(code: number): boolean {
  return code >= 0x3400 && code <= 0x9fff
}
