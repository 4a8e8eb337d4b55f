/**
 * Build the document tree from the structure, grouping narrative lines into
 * paragraphs along the blocks remark-parse found.
 */
import type { Position } from 'unist'
import { originalColumn } from '../ingest/column-map.js'
import type { SourceLine } from '../ingest/normalize.js'
import type { Meta } from '../meta/index.js'
import { lineKinds, type HeadingInfo, type Structure } from '../structure/build-structure.js'
import type { DocumentNode, HeadingNode, ParagraphNode, SectionNode, TableNode } from './nodes.js'

const kindOf = (name: (typeof lineKinds)[number]) => lineKinds.indexOf(name)
const narrative = kindOf('narrative')
const unclassified = kindOf('unclassified')

/**
 * @param lines normalized lines
 * @param structure the document's structure
 * @param blockByLine for each 1-based line, the remark-parse block holding it (-1 for none)
 * @param meta the document's metadata
 */
export function buildTree(lines: readonly SourceLine[], structure: Structure, blockByLine: Int32Array, meta: Meta): DocumentNode {
  const children: DocumentNode['children'] = []
  const cover = collect(lines, structure, kindOf('cover'), 0, lines.length - 1)
  if (cover.length > 0) children.push({ type: 'cover', value: text(lines, cover), position: span(lines, cover[0]!, cover.at(-1)!) })
  for (const toc of structure.toc) {
    children.push({ type: 'toc', value: text(lines, range(toc.start, toc.end)), position: span(lines, toc.start, toc.end) })
  }
  let nextTable = 0
  for (const section of structure.sections) {
    const node: SectionNode = {
      type: 'section',
      kind: section.kind,
      part: section.part,
      title: section.title,
      implicit: section.implicit,
      position: span(lines, section.start, section.end),
      children: [],
    }
    const items: Array<{ at: number; node: HeadingNode | ParagraphNode | TableNode }> = []
    if (section.headingLines.length > 0) {
      items.push({
        at: section.headingLines[0]!,
        node: {
          type: 'heading',
          depth: 0,
          marker: section.part,
          title: section.title ?? '',
          role: null,
          position: span(lines, section.headingLines[0]!, section.headingLines.at(-1)!),
        },
      })
    }
    const visit = (heading: HeadingInfo) => {
      items.push({
        at: heading.index,
        node: { type: 'heading', depth: heading.level, marker: heading.marker, title: heading.title, role: heading.role, position: span(lines, heading.index, heading.index) },
      })
      heading.children.forEach(visit)
    }
    section.children.forEach(visit)
    // Sections and tables are both in document order: walk them together.
    while (nextTable < structure.tables.length && structure.tables[nextTable]!.start < section.start) nextTable++
    for (; nextTable < structure.tables.length && structure.tables[nextTable]!.start <= section.end; nextTable++) {
      const table = structure.tables[nextTable]!
      items.push({
        at: table.start,
        node: { type: 'table', id: table.match.table.id, title: table.match.table.title, value: text(lines, range(table.start, table.end)), position: span(lines, table.start, table.end) },
      })
    }
    for (const paragraph of paragraphs(lines, structure, blockByLine, section.start, section.end)) {
      items.push({ at: paragraph[0]!, node: { type: 'paragraph', value: text(lines, paragraph), position: span(lines, paragraph[0]!, paragraph.at(-1)!) } })
    }
    items.sort((a, b) => a.at - b.at)
    node.children = items.map((item) => item.node)
    children.push(node)
  }
  for (const run of runs(structure.kinds, unclassified)) {
    children.push({ type: 'unclassified', value: text(lines, range(run.start, run.end)), position: span(lines, run.start, run.end) })
  }
  children.sort((a, b) => a.position.start.line - b.position.start.line)
  return {
    type: 'document',
    data: { kind: meta.kind.value, department: meta.department.value, year: meta.year.value },
    children,
    position: lines.length > 0 ? span(lines, 0, lines.length - 1) : { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
  }
}

/** Narrative lines of a section grouped into paragraphs: consecutive lines of one remark-parse block. */
function paragraphs(lines: readonly SourceLine[], structure: Structure, blockByLine: Int32Array, start: number, end: number): number[][] {
  const result: number[][] = []
  let current: number[] = []
  for (let index = start; index <= end; index++) {
    const isNarrative = structure.kinds[index] === narrative
    const sameBlock = current.length > 0 && index === current.at(-1)! + 1 && blockByLine[lines[index]!.line] === blockByLine[lines[current.at(-1)!]!.line]
    if (isNarrative && (current.length === 0 || sameBlock)) {
      current.push(index)
      continue
    }
    if (current.length > 0) result.push(current)
    current = isNarrative ? [index] : []
  }
  if (current.length > 0) result.push(current)
  return result
}

/** Runs of lines with the given coverage kind. */
export function runs(kinds: Uint8Array, kind: number): Array<{ start: number; end: number }> {
  const result: Array<{ start: number; end: number }> = []
  for (let index = 0; index < kinds.length; index++) {
    if (kinds[index] !== kind) continue
    const start = index
    while (index + 1 < kinds.length && kinds[index + 1] === kind) index++
    result.push({ start, end: index })
  }
  return result
}

function collect(lines: readonly SourceLine[], structure: Structure, kind: number, start: number, end: number): number[] {
  const result: number[] = []
  for (let index = start; index <= end && index < lines.length; index++) if (structure.kinds[index] === kind) result.push(index)
  return result
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start + 1 }, (_, offset) => start + offset)
}

function text(lines: readonly SourceLine[], indexes: readonly number[]): string {
  return indexes.map((index) => lines[index]!.text).join('\n')
}

function span(lines: readonly SourceLine[], start: number, end: number): Position {
  const first = lines[start]!
  const last = lines[end]!
  let lead = 0
  while (lead < first.text.length && (first.text.charCodeAt(lead) === 0x20 || first.text.charCodeAt(lead) === 0x09)) lead++
  return {
    start: { line: first.line, column: originalColumn(first.map, lead) },
    end: { line: last.line, column: originalColumn(last.map, last.text.length - 1) + 1 },
  }
}

/** 1-based original position of the first non-blank character of a line. */
export function lineStart(line: SourceLine): { line: number; column: number } {
  let lead = 0
  while (lead < line.text.length && (line.text.charCodeAt(lead) === 0x20 || line.text.charCodeAt(lead) === 0x09)) lead++
  return { line: line.line, column: originalColumn(line.map, lead) }
}
