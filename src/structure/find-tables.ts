/**
 * Find where each standard table stands: its title line(s) and the lines up
 * to the next table, the end of its part, or — outside the table parts — a
 * narrative heading ("（三）项目支出自评结果") that closes it.
 */
import type { CompiledGrammar, TableTitleMatch } from '../grammars/compile.js'
import type { SourceLine } from '../ingest/normalize.js'
import type { LineInfo } from './classify-lines.js'
import { patterns } from '../tree/patterns.js'
import type { LineRange } from './find-toc.js'

export interface TableRegion {
  match: TableTitleMatch
  /** 0-based indexes of the title lines (a wrapped title, or the title printed twice). */
  titleLines: number[]
  /** First line (the first title line). */
  start: number
  /** Last non-blank line of the table. */
  end: number
  /** Title lines of the table continued on a later page ("支出决算表（续）"): not rows. */
  continued?: number[]
}

/** A body range in which tables are looked for, and whether it is a table part. */
export interface TableScope extends LineRange {
  tablePart: boolean
}

/** The qualifier of a title that continues the table before it: "（续）", "（续表）", "（续1）". */
const continuation = /^续表?\d?$/
/** Longest second line of a title wrapped over two lines ("表"). */
const wrappedTailMax = 8
/** Most lines between a title and its repetition ("表 1. 部门收支总表" … "部门收支总表"). */
const repeatGapMax = 8

/**
 * @param lines normalized lines
 * @param info their classification
 * @param excluded lines that are TOC, furniture or part headings
 * @param scopes the sections (and the stretches outside them) to look in
 * @param grammar the compiled grammar
 */
export function findTables(
  lines: readonly SourceLine[],
  info: readonly LineInfo[],
  excluded: Uint8Array,
  scopes: readonly TableScope[],
  grammar: CompiledGrammar,
): TableRegion[] {
  const regions: TableRegion[] = []
  for (const scope of scopes) {
    const titles = findTitles(lines, info, excluded, scope, grammar)
    titles.forEach((title, index) => {
      const next = titles[index + 1]
      let limit = next ? next.start - 1 : scope.end
      if (!scope.tablePart) limit = closeAtNarrativeHeading(lines, info, excluded, title.titleLines.at(-1)! + 1, limit, grammar)
      let end = limit
      while (end > title.start && (lines[end]!.blank || lines[end]!.furniture || excluded[end])) end--
      if (isReferenceOnly(lines, info, title.titleLines.at(-1)! + 1, end)) return
      regions.push({ ...title, end: Math.max(end, title.titleLines.at(-1)!) })
    })
  }
  return regions
}

function findTitles(
  lines: readonly SourceLine[],
  info: readonly LineInfo[],
  excluded: Uint8Array,
  scope: TableScope,
  grammar: CompiledGrammar,
): Omit<TableRegion, 'end'>[] {
  const titles: Omit<TableRegion, 'end'>[] = []
  for (let index = scope.start; index <= scope.end; index++) {
    if (excluded[index] || lines[index]!.blank || lines[index]!.furniture) continue
    const entry = info[index]!
    let match = entry.tableTitle
    const titleLines = [index]
    if (!match && !entry.tabular && entry.trimmed.length > 0) {
      const next = nextNonBlank(lines, index, scope.end)
      const tail = next < 0 ? undefined : info[next]!
      // A title wrapped over two lines ("…支出预算" / "表"); a title standing whole on the next line is its own.
      if (tail && !tail.tabular && tail.trimmed.length <= wrappedTailMax && !excluded[next] && !tail.tableTitle) {
        match = grammar.tableTitle(entry.trimmed + tail.trimmed)
        if (match) titleLines.push(next)
      }
    }
    // A table the grammar does not know, where tables stand: kept apart so that its rows are not read into
    // the table before it. Its unit line ("单位：万元") must follow before any other title.
    if (!match && !entry.tabular && (scope.tablePart || titles.length > 0)) {
      const other = grammar.otherTableTitle(entry.trimmed)
      if (other && unitLineFollows(lines, info, excluded, index, scope.end)) match = other
    }
    if (!match) continue
    const previous = titles.at(-1)
    const same = previous !== undefined && previous.match.table.id === match.table.id && previous.match.table.title === match.table.title
    if (previous && same && index - previous.titleLines.at(-1)! <= repeatGapMax && onlyLabelsBetween(lines, info, previous.titleLines.at(-1)!, index)) {
      previous.titleLines.push(...titleLines)
    } else if (previous && same && continuation.test(match.qualifier ?? '')) {
      // The same table goes on after a page break under its title marked 续.
      previous.continued = [...(previous.continued ?? []), ...titleLines]
    } else {
      titles.push({ match, titleLines, start: index })
    }
    index = titleLines.at(-1)!
  }
  return titles
}

/** Non-blank lines after an unknown title within which its unit line must stand. */
const unitLineDistanceMax = 8

function unitLineFollows(lines: readonly SourceLine[], info: readonly LineInfo[], excluded: Uint8Array, from: number, last: number): boolean {
  let seen = 0
  for (let cursor = from + 1; cursor <= last && seen < unitLineDistanceMax; cursor++) {
    if (lines[cursor]!.blank || lines[cursor]!.furniture || excluded[cursor]) continue
    if (info[cursor]!.tableTitle) return false
    if (patterns.unitLine.test(info[cursor]!.trimmed)) return true
    seen++
  }
  return false
}

function nextNonBlank(lines: readonly SourceLine[], from: number, last: number): number {
  for (let cursor = from + 1; cursor <= last; cursor++) if (!lines[cursor]!.blank) return cursor
  return -1
}

/** Between a title and its repetition stand only blank lines and short labels ("公开01表", "单位：万元"). */
function onlyLabelsBetween(lines: readonly SourceLine[], info: readonly LineInfo[], from: number, to: number): boolean {
  for (let cursor = from + 1; cursor < to; cursor++) {
    if (lines[cursor]!.blank || lines[cursor]!.furniture) continue
    if (info[cursor]!.trimmed.length > 20 || info[cursor]!.tabular) return false
  }
  return true
}

function closeAtNarrativeHeading(
  lines: readonly SourceLine[],
  info: readonly LineInfo[],
  excluded: Uint8Array,
  from: number,
  limit: number,
  grammar: CompiledGrammar,
): number {
  for (let cursor = from; cursor <= limit; cursor++) {
    if (excluded[cursor] || lines[cursor]!.blank) continue
    const title = info[cursor]!.heading
    if (title !== null && grammar.isNarrativeHeading(title)) return cursor - 1
  }
  return limit
}

/** "…自评表已在“十三、…”中公开": the title only points to where the table is printed. */
const referenceStatement = /已在|详见|参见/

function isReferenceOnly(lines: readonly SourceLine[], info: readonly LineInfo[], from: number, to: number): boolean {
  for (let cursor = from; cursor <= to; cursor++) {
    if (lines[cursor]!.blank || lines[cursor]!.furniture) continue
    return referenceStatement.test(info[cursor]!.trimmed)
  }
  return false
}
