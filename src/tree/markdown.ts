/**
 * The unified + remark-parse step: the normalized text as an mdast tree with
 * positions, and the line spans of its leaf blocks.
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

/**
 * Parse normalized text with remark-parse.
 * @param text normalized text, line for line the input
 * @returns the mdast root, positions in input lines
 */
export function parseMarkdown(text: string): Root {
  return processor.parse(text)
}

const leafTypes = new Set(['paragraph', 'heading', 'code', 'html', 'thematicBreak', 'table', 'definition'])

/**
 * The leaf blocks of a Markdown tree (paragraphs, headings, code, HTML …) as
 * line spans, in document order. List items and block quotes are looked into.
 * @param tree an mdast root from `parseMarkdown`
 */
export function blockSpans(tree: Root): BlockSpan[] {
  const spans: BlockSpan[] = []
  visit(tree, (node) => {
    if (!leafTypes.has(node.type) || !node.position) return
    spans.push({ type: node.type, start: node.position.start.line, end: node.position.end.line })
    return 'skip'
  })
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
