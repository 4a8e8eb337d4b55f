/**
 * From classified lines to the document's structure: TOC, sections with their
 * nested headings, table regions, and what every line is (coverage).
 */
import type { PartKind } from '../../grammars/types.js'
import type { CompiledGrammar } from '../grammars/compile.js'
import type { SourceLine } from '../ingest/normalize.js'
import { classifyLines, type LineInfo } from './classify-lines.js'
import { findParts, type PartHeading } from './find-parts.js'
import { findTables, type TableRegion, type TableScope } from './find-tables.js'
import { findToc, type LineRange } from './find-toc.js'

/** What a line is, for coverage. */
export const lineKinds = ['blank', 'furniture', 'cover', 'toc', 'heading', 'table', 'narrative', 'unclassified'] as const
export type LineKind = (typeof lineKinds)[number]

export interface HeadingInfo {
  level: 1 | 2 | 3 | 4
  marker: string
  title: string
  /** 0-based line. */
  index: number
  /** 0-based last line of what the heading covers. */
  end: number
  role: string | null
  children: HeadingInfo[]
}

export interface SectionInfo {
  kind: PartKind
  part: string | null
  title: string | null
  headingLines: number[]
  /** 0-based first line. */
  start: number
  /** 0-based last non-blank line. */
  end: number
  /** No heading printed: the section was inferred from its tables. */
  implicit: boolean
  children: HeadingInfo[]
}

export interface Structure {
  info: LineInfo[]
  toc: LineRange[]
  sections: SectionInfo[]
  tables: TableRegion[]
  /** Index into `lineKinds` for each line. */
  kinds: Uint8Array
}

const kindIndex = Object.fromEntries(lineKinds.map((kind, index) => [kind, index])) as Record<LineKind, number>

/** Most non-blank lines before the body that are taken for a cover page. */
const coverLinesMax = 15

/**
 * @param lines normalized lines
 * @param grammar the compiled grammar
 */
export function buildStructure(lines: readonly SourceLine[], grammar: CompiledGrammar): Structure {
  const count = lines.length
  const info = classifyLines(lines, grammar)
  const toc = findToc(lines, info)
  const excluded = new Uint8Array(count)
  for (const range of toc) excluded.fill(1, range.start, range.end + 1)
  lines.forEach((line, index) => {
    if (line.furniture) excluded[index] = 1
  })

  let parts = findParts(lines, info, excluded, grammar)
  // A TOC printed with neither a 目录 line nor page numbers shows as parts that
  // start over ("第一部分 … 第四部分", then "第一部分" again) with nothing in them.
  const unlisted = restartedParts(parts, lines)
  if (unlisted) {
    toc.push(unlisted)
    toc.sort((a, b) => a.start - b.start)
    excluded.fill(1, unlisted.start, unlisted.end + 1)
    parts = findParts(lines, info, excluded, grammar)
  }
  const sections = partSections(parts, lines, toc, excluded)
  const partLines = new Uint8Array(count)
  for (const section of sections) for (const index of section.headingLines) partLines[index] = 1
  const tableExcluded = excluded.map((value, index) => value | (partLines[index] ?? 0))

  const scopes: TableScope[] = sections.map((section) => ({
    start: section.start,
    end: section.end,
    tablePart: section.kind === '决算表' || section.kind === '预算表',
  }))
  const gaps = uncoveredRanges(count, [...toc, ...sections.map((section) => ({ start: section.start, end: section.end }))])
  scopes.push(...gaps.map((gap) => ({ ...gap, tablePart: false })))
  scopes.sort((a, b) => a.start - b.start)
  const tables = findTables(lines, info, tableExcluded, scopes, grammar).sort((a, b) => a.start - b.start)

  sections.push(...implicitSections(tables, gaps))
  sections.sort((a, b) => a.start - b.start)

  const tableBody = new Uint8Array(count)
  for (const table of tables) {
    tableBody.fill(1, table.start, table.end + 1)
    for (const index of table.titleLines) tableBody[index] = 2
  }
  for (const section of sections) {
    section.children = sectionHeadings(section, lines, info, excluded, partLines, tableBody, grammar)
  }

  const kinds = classifyCoverage(lines, toc, sections, tableBody, partLines)
  return { info, toc, sections, tables, kinds }
}

/** Most non-blank lines a part listed in an unmarked TOC may hold (its own line, a wrapped title). */
const listedPartLinesMax = 2

/**
 * The lines of an unmarked TOC: a run of numbered parts, each with nothing under
 * it, followed by the same first part again.
 */
function restartedParts(parts: readonly PartHeading[], lines: readonly SourceLine[]): LineRange | null {
  const first = parts[0]
  if (!first?.part) return null
  const again = parts.findIndex((part, position) => position > 0 && part.part === first.part)
  if (again < 2) return null
  for (let position = 0; position < again; position++) {
    const from = parts[position]!.lines[0]!
    const to = parts[position + 1]!.lines[0]!
    let content = 0
    for (let index = from; index < to; index++) if (!lines[index]!.blank && !lines[index]!.furniture) content++
    if (content > listedPartLinesMax) return null
  }
  let end = parts[again]!.lines[0]! - 1
  while (end > first.lines[0]! && lines[end]!.blank) end--
  return { start: first.lines[0]!, end }
}

function partSections(parts: PartHeading[], lines: readonly SourceLine[], toc: LineRange[], excluded: Uint8Array): SectionInfo[] {
  return parts.map((heading, index) => {
    const start = heading.lines[0]!
    let limit = (parts[index + 1]?.lines[0] ?? lines.length) - 1
    for (const range of toc) if (range.start > start && range.start - 1 < limit) limit = range.start - 1
    return {
      kind: heading.kind,
      part: heading.part,
      title: heading.title,
      headingLines: heading.lines,
      start,
      end: lastContentLine(lines, excluded, start, limit, heading.lines.at(-1)!),
      implicit: false,
      children: [],
    }
  })
}

function lastContentLine(lines: readonly SourceLine[], excluded: Uint8Array, start: number, limit: number, floor: number): number {
  let end = limit
  while (end > start && (lines[end]!.blank || lines[end]!.furniture || excluded[end])) end--
  return Math.max(end, floor)
}

/** Ranges of lines covered by none of `ranges`. */
function uncoveredRanges(count: number, ranges: LineRange[]): LineRange[] {
  const covered = new Uint8Array(count)
  for (const range of ranges) covered.fill(1, range.start, range.end + 1)
  const gaps: LineRange[] = []
  for (let index = 0; index < count; index++) {
    if (covered[index]) continue
    const start = index
    while (index + 1 < count && !covered[index + 1]) index++
    gaps.push({ start, end: index })
  }
  return gaps
}

/** Tables outside every section make a section of their own, one per stretch. */
function implicitSections(tables: TableRegion[], gaps: LineRange[]): SectionInfo[] {
  const sections: SectionInfo[] = []
  // Tables and gaps are both in document order: walk them together.
  let next = 0
  for (const gap of gaps) {
    while (next < tables.length && tables[next]!.start < gap.start) next++
    const inside: TableRegion[] = []
    while (next < tables.length && tables[next]!.start <= gap.end) inside.push(tables[next++]!)
    if (inside.length === 0) continue
    const votes = new Map<string, number>()
    for (const table of inside) votes.set(table.match.table.set, (votes.get(table.match.table.set) ?? 0) + 1)
    const set = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]![0]
    const kind: PartKind = set === '决算' ? '决算表' : set === '预算' ? '预算表' : '绩效'
    sections.push({
      kind,
      part: null,
      title: null,
      headingLines: [],
      start: inside[0]!.start,
      end: inside.at(-1)!.end,
      implicit: true,
      children: [],
    })
  }
  return sections
}

function sectionHeadings(
  section: SectionInfo,
  lines: readonly SourceLine[],
  info: readonly LineInfo[],
  excluded: Uint8Array,
  partLines: Uint8Array,
  tableBody: Uint8Array,
  grammar: CompiledGrammar,
): HeadingInfo[] {
  // Every numbered line of the section's running text, heading-like or not.
  const numbered: Array<{ index: number; level: 1 | 2 | 3 | 4; heading: boolean }> = []
  for (let index = section.start; index <= section.end; index++) {
    if (excluded[index] || partLines[index] || tableBody[index] === 1 || lines[index]!.blank) continue
    const entry = info[index]!
    if (entry.numbered) numbered.push({ index, level: entry.numbered.level, heading: entry.heading !== null })
  }
  const outvoted = outvotedBySiblings(numbered)
  const kept = numbered.filter((item, position) => item.heading && !outvoted[position])

  const roots: HeadingInfo[] = []
  const stack: HeadingInfo[] = []
  for (const item of kept) {
    const entry = info[item.index]!
    const heading: HeadingInfo = {
      level: item.level,
      marker: entry.numbered!.marker,
      title: entry.heading!,
      index: item.index,
      end: section.end,
      role: null,
      children: [],
    }
    while (stack.length > 0 && stack.at(-1)!.level >= heading.level) {
      const closed = stack.pop()!
      closed.end = lastBefore(lines, closed.index, item.index - 1)
    }
    // Roles name the part's expected top-level headings only.
    if (stack.length === 0) heading.role = grammar.headingRole(section.kind, heading.title)
    ;(stack.at(-1)?.children ?? roots).push(heading)
    stack.push(heading)
  }
  for (const open of stack) open.end = lastBefore(lines, open.index, section.end)
  return roots
}

/**
 * Which heading-like numbered lines to drop: one among numbered siblings that
 * are mostly sentences ("（一）贯彻执行…，" … "（十）承办上级交办的其他事项。") is
 * a list item too — unless numbered lines of a deeper level follow it.
 * Siblings are the lines of one level between two headings of a higher
 * level. One pass to count, one to decide: linear in the number of lines.
 */
function outvotedBySiblings(numbered: ReadonlyArray<{ level: number; heading: boolean }>): boolean[] {
  const scope = [0, 0, 0, 0, 0]
  const groups = numbered.map((item) => {
    const group = `${item.level}:${scope[item.level]}`
    if (item.heading) for (let level = item.level + 1; level <= 4; level++) scope[level]!++
    return group
  })
  const votes = new Map<string, number>()
  numbered.forEach((item, position) => votes.set(groups[position]!, (votes.get(groups[position]!) ?? 0) + (item.heading ? 1 : -1)))
  return numbered.map((item, position) => {
    const hasChildren = (numbered[position + 1]?.level ?? 0) > item.level
    return !hasChildren && (votes.get(groups[position]!) ?? 0) < 0
  })
}

function lastBefore(lines: readonly SourceLine[], floor: number, limit: number): number {
  let end = limit
  while (end > floor && (lines[end]!.blank || lines[end]!.furniture)) end--
  return end
}

function classifyCoverage(
  lines: readonly SourceLine[],
  toc: LineRange[],
  sections: SectionInfo[],
  tableBody: Uint8Array,
  partLines: Uint8Array,
): Uint8Array {
  const count = lines.length
  const kinds = new Uint8Array(count).fill(kindIndex.unclassified)
  const headingLines = new Uint8Array(count)
  const inSection = new Uint8Array(count)
  const visit = (heading: HeadingInfo) => {
    headingLines[heading.index] = 1
    heading.children.forEach(visit)
  }
  for (const section of sections) {
    inSection.fill(1, section.start, section.end + 1)
    section.children.forEach(visit)
  }
  const inToc = new Uint8Array(count)
  for (const range of toc) inToc.fill(1, range.start, range.end + 1)

  let bodyStart = count
  for (const range of toc) bodyStart = Math.min(bodyStart, range.start)
  for (const section of sections) bodyStart = Math.min(bodyStart, section.start)
  let coverCount = 0
  for (let index = 0; index < bodyStart; index++) if (!lines[index]!.blank && !lines[index]!.furniture) coverCount++
  const hasCover = coverCount <= coverLinesMax

  for (let index = 0; index < count; index++) {
    const line = lines[index]!
    let kind: LineKind
    if (line.blank) kind = 'blank'
    else if (line.furniture) kind = 'furniture'
    else if (inToc[index]) kind = 'toc'
    else if (partLines[index] || headingLines[index]) kind = 'heading'
    else if (tableBody[index]) kind = 'table'
    else if (inSection[index]) kind = 'narrative'
    else if (index < bodyStart && hasCover) kind = 'cover'
    else kind = 'unclassified'
    kinds[index] = kindIndex[kind]
  }
  return kinds
}
