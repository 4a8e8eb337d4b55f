import { unified } from 'unified'
import remarkParse from 'remark-parse'
import { describe, expect, it } from 'vitest'
import { blockSpans, hasMarkdownSyntax, parseMarkdown, plainParagraphs } from '../src/tree/markdown.js'

const spans = (text: string) => blockSpans(parseMarkdown(text)).map((span) => [span.type, span.start, span.end])

describe('the remark-parse step', () => {
  it('gives plain text the paragraphs remark-parse gives it, without running micromark', () => {
    const text = '2023 年度收、支总计 459.68 万元。\n与上年相比减少。\n\n其中：财政拨款收入 438.97 万元。\n（一）一般公共预算。'
    expect(hasMarkdownSyntax(text)).toBe(false)
    const remark = unified().use(remarkParse).parse(text)
    const strip = (tree: typeof remark) => tree.children.map((node) => [node.type, node.position!.start, node.position!.end])
    expect(strip(plainParagraphs(text))).toEqual(strip(remark))
  })

  it('hands text with Markdown syntax to remark-parse', () => {
    expect(hasMarkdownSyntax('正文\n- 一、部门主要职责')).toBe(true)
    expect(hasMarkdownSyntax('正文\n1. 主要职能。')).toBe(true)
    expect(hasMarkdownSyntax('正文\n    缩进的表格行  100.00')).toBe(true)
    expect(hasMarkdownSyntax('1.一般公共服务（类）支出 5.47 万元')).toBe(false)
  })

  it('keeps input line numbers across chunks cut at blank lines', () => {
    const paragraph = '这是一段文字。'.repeat(300)
    const text = Array.from({ length: 20 }, () => paragraph).join('\n\n')
    const found = spans(text)
    expect(found).toHaveLength(20)
    expect(found[19]).toEqual(['paragraph', 39, 39])
  })
})
