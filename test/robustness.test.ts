/**
 * Whatever a document holds, the library returns a document (never throws)
 * whose coverage adds up, and says in diagnostics what it could not read.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { documentSchema, extract, parseDocument } from '../src/index.js'
import { root, seeds } from './helpers.js'

const sums = (document: ReturnType<typeof extract>) => {
  const { lines, ...counts } = document.coverage
  return [Object.values(counts).reduce((sum, count) => sum + count, 0), lines]
}

describe('input that is not a whole document', () => {
  it('returns an empty document with a warning for empty input', () => {
    const document = extract('')
    expect(document.sections).toEqual([])
    expect(document.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['empty-input'])
    expect(documentSchema.safeParse(document).success).toBe(true)
  })

  it('returns an error diagnostic, not an exception, for random bytes', () => {
    let seed = 7
    const bytes = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff)
    const document = extract(bytes)
    expect(document.diagnostics[0]).toMatchObject({ code: 'undecodable-input', severity: 'error' })
    expect(sums(document)).toEqual([document.coverage.lines, document.coverage.lines])
  })

  it('reads half a document and reports the lines it does not understand', () => {
    const text = readFileSync(`${root}${seeds['002']}`, 'utf8').split('\n').slice(300, 500).join('\n')
    const document = extract(text)
    const [sum, lines] = sums(document)
    expect(sum).toBe(lines)
    const unclassified = document.diagnostics.filter((diagnostic) => diagnostic.code === 'unclassified-lines')
    expect(unclassified.length).toBeGreaterThan(0)
    expect(unclassified[0]).toMatchObject({ severity: 'warning', line: 1 })
    // The tables found without their part heading make an implicit table section.
    expect(document.sections.map((section) => [section.kind, section.implicit])).toEqual([
      ['决算表', true],
      ['情况说明', false],
    ])
  })

  it('reads text with no structure at all, and lists it as unclassified', () => {
    const document = extract('这是一段普通文字，\n没有任何标题。\n'.repeat(30))
    expect(document.coverage).toMatchObject({ lines: 60, unclassified: 60 })
    expect(document.diagnostics.map((diagnostic) => diagnostic.code)).toContain('no-sections')
  })

  it('reads adversarial long lines', () => {
    for (const line of ['1 '.repeat(50_000), '\t'.repeat(100_000), '一、'.repeat(50_000), '（'.repeat(100_000), '第'.repeat(100_000), '.'.repeat(100_000) + '4']) {
      const document = extract(`目录\n${line}\n第一部分 某局概况\n${line}`)
      expect(sums(document)[0]).toBe(4)
    }
  })
})

describe('the document tree', () => {
  it('is unist-compatible, with positions in the original input', () => {
    const { tree } = parseDocument('\ufeff目录\n第一部分 某局概况\n\n第一部分 某局概况\n一、主要职能\n负责全区工作。\n继续。')
    expect(tree.type).toBe('document')
    expect(tree.children.map((node) => [node.type, node.position.start.line, node.position.end.line])).toEqual([
      ['toc', 1, 2],
      ['section', 4, 7],
    ])
    const section = tree.children[1]!
    expect(section.type === 'section' && section.children.map((node) => [node.type, node.position.start.line])).toEqual([
      ['heading', 4],
      ['heading', 5],
      ['paragraph', 6],
    ])
    expect(tree.children[0]!.position.start.column).toBe(2)
  })
})
