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
 * Parse normalized text with remark-parse, chunk by chunk.
 * @param text normalized text, line for line the input
 * @returns the mdast roots, each with the 1-based input line its chunk starts at
 */
export function parseMarkdown(text: string): Array<{ tree: Root; firstLine: number }> {
  const chunks: Array<{ tree: Root; firstLine: number }> = []
  let start = 0
  let firstLine = 1
  while (start < text.length || chunks.length === 0) {
    let end = Math.min(text.length, start + chunkSizeMax)
    if (end < text.length) {
      // Cut after a blank line ("\n\n") at or before the limit; without one, at the limit's line end.
      const blank = text.lastIndexOf('\n\n', end)
      if (blank > start) end = blank + 1
      else {
        const lineEnd = text.indexOf('\n', end)
        end = lineEnd < 0 ? text.length : lineEnd + 1
      }
    }
    const chunk = text.slice(start, end)
    chunks.push({ tree: processor.parse(chunk), firstLine })
    for (let index = 0; index < chunk.length; index++) if (chunk.charCodeAt(index) === 0x0a) firstLine++
    start = end
  }
  return chunks
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
