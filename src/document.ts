/**
 * The pipeline: bytes or text → normalization → unified + remark-parse →
 * structure (sections, headings, tables) → metadata → JSON validated by zod.
 */
import { baseGrammar } from '../grammars/index.js'
import type { Grammar } from '../grammars/types.js'
import { documentSchema, schemaVersion, type YujuesuanDocument } from '../schemas/document.js'
import type { Coverage, Diagnostic } from '../schemas/report.js'
import type { Heading, Section } from '../schemas/section.js'
import type { Table } from '../schemas/table.js'
import { audit } from './checks/audit.js'
import { auditText } from './checks/audit-text.js'
import { compileGrammar } from './grammars/compile.js'
import { decodeBytes, type Encoding } from './ingest/decode.js'
import { normalizeText, type SourceLine } from './ingest/normalize.js'
import { readMeta, type Meta } from './meta/index.js'
import { lineKinds, buildStructure, type HeadingInfo, type Structure } from './structure/build-structure.js'
import { readFigures } from './narrative/read-figures.js'
import { readGlossary } from './narrative/read-glossary.js'
import { readKeyWork } from './narrative/read-key-work.js'
import { readSharesAndChanges } from './narrative/read-shares-changes.js'
import { readStatements } from './narrative/read-statements.js'
import { markCutNames } from './tables/mark-cut-names.js'
import { readTable } from './tables/read-table.js'
import { readPerformance } from './performance/read-performance.js'
import { buildTree, lineStart, runs } from './tree/build-tree.js'
import { blockIndexByLine, blockSpans, parseMarkdown } from './tree/markdown.js'
import type { DocumentNode } from './tree/nodes.js'

export interface ExtractOptions {
  /** Name of the input, carried into the JSON (`source`). */
  source?: string | null
  /** The grammar to read with; `baseGrammar` when not given. */
  grammar?: Grammar
}

/** Everything the pipeline knows of a document. */
export interface ParsedDocument {
  /** The JSON result (see `documentSchema`). */
  json: YujuesuanDocument
  /** The document tree, unist-compatible, positions in the original input. */
  tree: DocumentNode
  /** The normalized lines, with their maps back to the input. */
  lines: SourceLine[]
}

/**
 * Read one document. Never throws for the document's content: empty input,
 * half a document or binary bytes give a result whose `diagnostics` say what
 * went wrong (an `error`-severity `undecodable-input` for bytes that are not
 * text).
 *
 * @param input the document's bytes (encoding detected) or its text
 * @param options source name and grammar
 * @returns the JSON, the tree and the normalized lines
 */
export function parseDocument(input: string | Uint8Array, options: ExtractOptions = {}): ParsedDocument {
  const source = options.source ?? null
  let text: string
  let encoding: Encoding | null = null
  const diagnostics: Diagnostic[] = []
  if (typeof input === 'string') {
    text = input
  } else {
    const decoded = decodeBytes(input)
    if (!decoded.ok) {
      diagnostics.push({ code: 'undecodable-input', severity: 'error', message: decoded.message, line: null, endLine: null })
      text = ''
    } else {
      text = decoded.text
      encoding = decoded.encoding
    }
  }

  const grammar = compileGrammar(options.grammar ?? baseGrammar)
  const normalized = normalizeText(text)
  const lines = normalized.lines
  const structure = buildStructure(lines, grammar)
  // remark-parse reads the running text only: the blocks of table rows, the
  // TOC and the cover are never used, so their lines go in blank.
  const markdown = parseMarkdown(runningText(lines, structure))
  const blockByLine = blockIndexByLine(blockSpans(markdown), lines.length)
  const meta = readMeta(lines, structure, grammar)
  const tree = buildTree(lines, structure, blockByLine, meta)

  const tables: Table[] = []
  // The narrative's headline figures, read first: they may tell a table's blank columns apart.
  const stated = readFigures(lines, structure, meta.kind.value)
  for (const region of structure.tables) {
    const read = readTable(region, lines, structure.info, meta.unit.value, { department: meta.department.value, earlier: tables, figures: stated })
    tables.push(read.table)
    diagnostics.push(...read.diagnostics)
  }
  markCutNames(tables)
  const performance = readPerformance(lines, structure)
  diagnostics.push(...performance.diagnostics)

  diagnostics.push(...structureDiagnostics(lines, structure, meta, text.length === 0 && diagnostics.length === 0), ...emptyTableParts(lines, structure))
  const read: Omit<YujuesuanDocument, 'findings' | 'repairs' | 'checks'> = {
    schemaVersion,
    source,
    encoding,
    meta,
    toc: structure.toc.map((range) => ({ line: lines[range.start]!.line, endLine: lines[range.end]!.line })),
    sections: structure.sections.map((section) => toSection(section, lines)),
    tables,
    figures: readFigures(lines, structure, meta.kind.value, tables),
    statements: { subjects: readStatements(lines, structure, tables), ...readSharesAndChanges(lines, structure, meta.department.value) },
    glossary: readGlossary(lines, structure, tables),
    keyWork: readKeyWork(lines, structure),
    performance: performance.entries,
    coverage: coverage(structure, lines.length),
    diagnostics,
  }
  // The audit repairs what the evidence pins down in the tables, then checks every rule.
  const { findings, repairs, checks } = audit(read, auditText(lines, structure))
  const { coverage: lineCoverage, diagnostics: readDiagnostics, ...rest } = read
  const json: YujuesuanDocument = { ...rest, findings, repairs, checks, coverage: lineCoverage, diagnostics: readDiagnostics }
  // The schema is the contract: a result that breaks it is a bug, and fails loudly here.
  documentSchema.parse(json)
  return { json, tree, lines }
}

/**
 * Read one document and return its JSON.
 * @param input the document's bytes (encoding detected) or its text
 * @param options source name and grammar
 */
export function extract(input: string | Uint8Array, options: ExtractOptions = {}): YujuesuanDocument {
  return parseDocument(input, options).json
}

function toSection(section: Structure['sections'][number], lines: readonly SourceLine[]): Section {
  const start = lineStart(lines[section.start]!)
  return {
    kind: section.kind,
    part: section.part,
    title: section.title,
    implicit: section.implicit,
    line: start.line,
    column: start.column,
    endLine: lines[section.end]!.line,
    headingLines: section.headingLines.map((index) => lines[index]!.line),
    children: section.children.map((heading) => toHeading(heading, lines)),
  }
}

function toHeading(heading: HeadingInfo, lines: readonly SourceLine[]): Heading {
  const start = lineStart(lines[heading.index]!)
  return {
    level: heading.level,
    marker: heading.marker,
    title: heading.title,
    role: heading.role,
    line: start.line,
    column: start.column,
    endLine: lines[heading.end]!.line,
    children: heading.children.map((child) => toHeading(child, lines)),
  }
}

function coverage(structure: Structure, count: number): Coverage {
  const counts = Object.fromEntries(lineKinds.map((kind) => [kind, 0])) as Record<(typeof lineKinds)[number], number>
  for (const kind of structure.kinds) counts[lineKinds[kind]!]++
  return { lines: count, ...counts }
}

function structureDiagnostics(lines: readonly SourceLine[], structure: Structure, meta: Meta, empty: boolean): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  if (empty) {
    diagnostics.push({ code: 'empty-input', severity: 'warning', message: 'the input holds no text', line: null, endLine: null })
    return diagnostics
  }
  for (const run of runs(structure.kinds, lineKinds.indexOf('unclassified'))) {
    const from = lines[run.start]!.line
    const to = lines[run.end]!.line
    diagnostics.push({
      code: 'unclassified-lines',
      severity: 'warning',
      message: `lines ${from}–${to} are outside every section, TOC and cover and were not understood`,
      line: from,
      endLine: to,
    })
  }
  if (structure.sections.length === 0 && lines.some((line) => !line.blank)) {
    diagnostics.push({ code: 'no-sections', severity: 'warning', message: 'no standard part (概况, 决算表, 情况说明 …) was found', line: null, endLine: null })
  }
  for (const field of ['department', 'year', 'kind'] as const) {
    if (meta[field].value === null && lines.some((line) => !line.blank)) {
      diagnostics.push({ code: `missing-${field}`, severity: 'warning', message: `the document's ${field} could not be read`, line: null, endLine: null })
    }
  }
  return diagnostics
}

/**
 * A 决算表/预算表 part with no table in it: the PDF printed its tables as images (or left them out), and the
 * text holds none of their titles for a "missing" table to be reported by.
 */
function emptyTableParts(lines: readonly SourceLine[], structure: Structure): Diagnostic[] {
  return structure.sections
    .filter((section) => (section.kind === '决算表' || section.kind === '预算表') && !section.implicit)
    .filter((section) => !structure.tables.some((region) => region.start >= section.start && region.start <= section.end))
    .map((section) => ({
      code: 'tables-absent',
      severity: 'warning' as const,
      message: `the part "${section.title ?? section.kind}" (lines ${lines[section.start]!.line}–${lines[section.end]!.line}) holds no table: its tables are not in the text (printed as images in the PDF?)`,
      line: lines[section.start]!.line,
      endLine: lines[section.end]!.line,
    }))
}

const narrativeKind = lineKinds.indexOf('narrative')
const headingKind = lineKinds.indexOf('heading')

/** The normalized text with every line that is not narrative or a heading left blank, line for line. */
function runningText(lines: readonly SourceLine[], structure: Structure): string {
  return lines.map((line, index) => (structure.kinds[index] === narrativeKind || structure.kinds[index] === headingKind ? line.text : '')).join('\n')
}
