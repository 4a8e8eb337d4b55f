/**
 * A metadata value with the place it was read from.
 */
import { originalColumn } from '../ingest/column-map.js'
import type { SourceLine } from '../ingest/normalize.js'
import type { Structure } from '../structure/build-structure.js'
import type { CompiledGrammar } from '../grammars/compile.js'

export interface Evidence<T> {
  value: T | null
  /** 1-based line of the input, or null when no line says it. */
  line: number | null
  /** 1-based column of the input, or null. */
  column: number | null
}

/** What every metadata reader gets. */
export interface MetaContext {
  lines: readonly SourceLine[]
  structure: Structure
  grammar: CompiledGrammar
  /** 0-based indexes of title lines: cover, part headings, table titles, level-1 headings. */
  titleLines: number[]
  /** The same without the headings inside parts: cover, part headings, table titles. */
  mainTitleLines: number[]
  /** 0-based indexes of lines that are not TOC or furniture. */
  bodyLines: number[]
}

/** No evidence. */
export function absent<T>(): Evidence<T> {
  return { value: null, line: null, column: null }
}

/**
 * Evidence found at `index` in `lines[line].text`.
 * @param lines normalized lines
 * @param line 0-based line index
 * @param index 0-based index in the normalized text (or -1 for the line start)
 */
export function found<T>(value: T, lines: readonly SourceLine[], line: number, index: number): Evidence<T> {
  const source = lines[line]!
  return { value, line: source.line, column: originalColumn(source.map, Math.max(index, 0)) }
}
