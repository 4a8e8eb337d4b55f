/**
 * Metadata of a document: department, region, year, kind, unit, scope —
 * each with the line (and column) it was read from.
 */
import type { DocumentKind } from '../../grammars/types.js'
import type { CompiledGrammar } from '../grammars/compile.js'
import type { SourceLine } from '../ingest/normalize.js'
import type { Structure } from '../structure/build-structure.js'
import { readDepartment } from './department.js'
import type { Evidence, MetaContext } from './evidence.js'
import { readKind } from './kind.js'
import { readRegion } from './region.js'
import { readScope } from './scope.js'
import { readUnit } from './unit.js'
import { readYear } from './year.js'

export type { Evidence } from './evidence.js'

export interface Meta {
  department: Evidence<string>
  region: Evidence<string>
  year: Evidence<number>
  kind: Evidence<DocumentKind>
  unit: Evidence<string>
  scope: Evidence<'汇总' | '本级'>
}

/** Coverage index of cover lines (see lineKinds). */
const coverKind = 2
const tocKind = 3
const furnitureKind = 1

/**
 * @param lines normalized lines
 * @param structure the document's structure
 * @param grammar the compiled grammar
 */
export function readMeta(lines: readonly SourceLine[], structure: Structure, grammar: CompiledGrammar): Meta {
  const titles = new Set<number>()
  structure.kinds.forEach((kind, index) => {
    if (kind === coverKind) titles.add(index)
  })
  for (const section of structure.sections) for (const index of section.headingLines) titles.add(index)
  for (const table of structure.tables) for (const index of table.titleLines) titles.add(index)
  const mainTitleLines = [...titles].sort((a, b) => a - b)
  for (const section of structure.sections) for (const heading of section.children) titles.add(heading.index)
  const bodyLines: number[] = []
  structure.kinds.forEach((kind, index) => {
    if (kind !== tocKind && kind !== furnitureKind && !lines[index]!.blank) bodyLines.push(index)
  })
  const context: MetaContext = { lines, structure, grammar, titleLines: [...titles].sort((a, b) => a - b), mainTitleLines, bodyLines }
  const department = readDepartment(context)
  return {
    department,
    region: readRegion(department),
    year: readYear(context),
    kind: readKind(context),
    unit: readUnit(context),
    scope: readScope(context),
  }
}
