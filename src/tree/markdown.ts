/**
 * The unified + remark-parse step: the normalized text as mdast trees with
 * positions, and the line spans of their leaf blocks.
 *
 * micromark's cost per byte grows with the size of one document, so long
 * texts are parsed in chunks cut at blank lines (where no Markdown block can
 * continue), each chunk's positions shifted back to input lines. The result
 * is the same block structure at a cost linear in the input.
 */
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import type { Root } from 'mdast'
import type { Point } from 'unist'
import { visit } from 'unist-util-visit'

/** The lines a leaf block of the Markdown tree covers (1-based, inclusive). */
export interface BlockSpan {
  type: string
  start: number
  end: number
}

const processor = unified().use(remarkParse)

/** Largest chunk (characters) handed to remark-parse at once. */
const chunkSizeMax = 16_384

/**
 * Parse normalized text with remark-parse, chunk by chunk (see the module comment).
 * @param text normalized text, line for line the input
 * @returns the mdast roots, each with the 1-based input line its chunk starts at
 */
export function parseMarkdown(text: string): Array<{ tree: Root; firstLine: number }> {
  const chunks: Array<{ tree: Root; firstLine: number }> = []
  // Paragraphs (cut after blank lines) are grouped while they agree on having
  // Markdown syntax, up to the chunk size: micromark reads only the groups
  // that need it.
  let groupStart = 0
  let groupLine = 1
  let groupSyntax: boolean | null = null
  let line = 1
  let cursor = 0
  const flush = (end: number, nextLine: number) => {
    if (end > groupStart || chunks.length === 0) {
      const chunk = text.slice(groupStart, end)
      chunks.push({ tree: groupSyntax ? processor.parse(chunk) : plainParagraphs(chunk), firstLine: groupLine })
    }
    groupStart = end
    groupLine = nextLine
    groupSyntax = null
  }
  while (cursor < text.length) {
    // One paragraph: up to and including the blank lines after it.
    let end = text.indexOf('\n\n', cursor)
    end = end < 0 ? text.length : end + 1
    while (end < text.length && text.charCodeAt(end) === 0x0a) end++
    // A paragraph longer than a chunk is cut at a line end (its blocks may split; only their lines matter).
    if (end - cursor > chunkSizeMax) {
      const lineEnd = text.indexOf('\n', cursor + chunkSizeMax)
      end = lineEnd < 0 ? text.length : lineEnd + 1
    }
    const piece = text.slice(cursor, end)
    let pieceLines = 0
    for (let index = 0; index < piece.length; index++) if (piece.charCodeAt(index) === 0x0a) pieceLines++
    const syntax = hasMarkdownSyntax(piece)
    if (groupSyntax !== null && (syntax !== groupSyntax || end - groupStart > chunkSizeMax)) flush(cursor, line)
    groupSyntax = syntax
    cursor = end
    line += pieceLines
  }
  flush(text.length, line)
  return chunks
}

/**
 * Whether a chunk has anything that makes Markdown blocks other than plain
 * paragraphs: a line starting with a block marker (# > - * + = ~ ` | < [),
 * an ordered-list marker ("1. ", "2) "), or indentation of four columns
 * (a tab, or four spaces). Scans each line's start only: linear.
 */
export function hasMarkdownSyntax(chunk: string): boolean {
  let lineStart = 0
  while (lineStart < chunk.length) {
    let index = lineStart
    let spaces = 0
    while (index < chunk.length && chunk.charCodeAt(index) === 0x20) {
      spaces++
      index++
    }
    const code = chunk.charCodeAt(index)
    if (spaces >= 4 || code === 0x09) return true
    if (code === 0x23 || code === 0x3e || code === 0x2d || code === 0x2a || code === 0x2b || code === 0x3d || code === 0x7e || code === 0x60 || code === 0x7c || code === 0x3c || code === 0x5b || code === 0x5f) return true
    if (code >= 0x30 && code <= 0x39) {
      let digit = index
      while (digit < chunk.length && digit - index < 10 && chunk.charCodeAt(digit) >= 0x30 && chunk.charCodeAt(digit) <= 0x39) digit++
      const marker = chunk.charCodeAt(digit)
      const after = chunk.charCodeAt(digit + 1)
      if ((marker === 0x2e || marker === 0x29) && (after === 0x20 || after === 0x09 || after === 0x0a || Number.isNaN(after))) return true
    }
    const next = chunk.indexOf('\n', index)
    if (next < 0) break
    lineStart = next + 1
  }
  return false
}

/**
 * The tree remark-parse gives text with no Markdown syntax: one paragraph per
 * run of non-blank lines, with positions. Building it directly skips
 * micromark's character-by-character work where it cannot find anything else.
 */
export function plainParagraphs(chunk: string): Root {
  const children: Root['children'] = []
  const lines = chunk.split('\n')
  let offset = 0
  let start: Point | null = null
  let end: Point | null = null
  const close = () => {
    if (start && end) children.push({ type: 'paragraph', children: [], position: { start, end } })
    start = null
    end = null
  }
  lines.forEach((line, index) => {
    let first = 0
    while (first < line.length && (line.charCodeAt(first) === 0x20 || line.charCodeAt(first) === 0x09)) first++
    if (first === line.length) {
      close()
    } else {
      let last = line.length
      while (last > first && line.charCodeAt(last - 1) === 0x20) last--
      start ??= { line: index + 1, column: first + 1, offset: offset + first }
      end = { line: index + 1, column: last + 1, offset: offset + last }
    }
    offset += line.length + 1
  })
  close()
  return {
    type: 'root',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1, offset: chunk.length } },
  }
}

const leafTypes = new Set(['paragraph', 'heading', 'code', 'html', 'thematicBreak', 'table', 'definition'])

/**
 * The leaf blocks of the Markdown trees (paragraphs, headings, code, HTML …)
 * as input line spans, in document order. List items and block quotes are looked into.
 * @param chunks from `parseMarkdown`
 */
export function blockSpans(chunks: ReadonlyArray<{ tree: Root; firstLine: number }>): BlockSpan[] {
  const spans: BlockSpan[] = []
  for (const { tree, firstLine } of chunks) {
    visit(tree, (node) => {
      if (!leafTypes.has(node.type) || !node.position) return
      spans.push({ type: node.type, start: node.position.start.line + firstLine - 1, end: node.position.end.line + firstLine - 1 })
      return 'skip'
    })
  }
  return spans
}

/**
 * For each input line, the index of the Markdown block that holds it, or -1.
 * @param spans from `blockSpans`
 * @param lineCount number of input lines
 */
export function blockIndexByLine(spans: readonly BlockSpan[], lineCount: number): Int32Array {
  const result = new Int32Array(lineCount + 1).fill(-1)
  spans.forEach((span, index) => {
    for (let line = span.start; line <= Math.min(span.end, lineCount); line++) result[line] = index
  })
  return result
}
