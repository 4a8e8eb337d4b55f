/**
 * The library's own document tree: unist-compatible nodes (each with `type`
 * and a `position` in the ORIGINAL input), so unist utilities such as
 * unist-util-visit walk it.
 */
import type { Position } from 'unist'
import type { DocumentKind, PartKind } from '../../grammars/types.js'

export interface YNodeBase {
  type: string
  position: Position
}

export interface DocumentNode extends YNodeBase {
  type: 'document'
  data: { kind: DocumentKind | null; department: string | null; year: number | null }
  children: Array<TocNode | SectionNode | UnclassifiedNode | CoverNode>
}

export interface CoverNode extends YNodeBase {
  type: 'cover'
  value: string
}

export interface TocNode extends YNodeBase {
  type: 'toc'
  value: string
}

export interface SectionNode extends YNodeBase {
  type: 'section'
  kind: PartKind
  part: string | null
  title: string | null
  implicit: boolean
  children: Array<HeadingNode | ParagraphNode | TableNode>
}

export interface HeadingNode extends YNodeBase {
  type: 'heading'
  /** 0 for the part heading itself, 1–4 for 一、 / （一） / 1. / (1). */
  depth: 0 | 1 | 2 | 3 | 4
  marker: string | null
  title: string
  role: string | null
}

export interface ParagraphNode extends YNodeBase {
  type: 'paragraph'
  /** The lines of the paragraph, joined with "\n", as normalized. */
  value: string
}

export interface TableNode extends YNodeBase {
  type: 'table'
  id: string
  title: string
  /** The table's lines, as normalized. */
  value: string
}

export interface UnclassifiedNode extends YNodeBase {
  type: 'unclassified'
  value: string
}

export type YNode = DocumentNode | CoverNode | TocNode | SectionNode | HeadingNode | ParagraphNode | TableNode | UnclassifiedNode
