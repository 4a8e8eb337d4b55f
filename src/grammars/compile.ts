/**
 * Compile a grammar into look-up functions once; the result is cached per
 * grammar object and shared by every document read with it.
 */
import type { DocumentKind, Grammar, PartKind, TableGrammar } from '../../grammars/types.js'
import { titleKey } from './title-key.js'

/** A printed table title recognised by the grammar. */
export interface TableTitleMatch {
  table: TableGrammar
  /** What stands before the canonical title: year, department, "表 1." … (key form). */
  prefix: string
  /** A trailing qualifier such as "分功能科目", or null. */
  qualifier: string | null
}

export interface CompiledGrammar {
  grammar: Grammar
  /** The kind of part a title names, or null. */
  partKind(title: string): PartKind | null
  /** The kind of part a line names on its own ("名词解释"), or null. */
  standalonePart(title: string): PartKind | null
  /** The role of a heading inside a part of the given kind, or null. */
  headingRole(kind: PartKind, title: string): string | null
  /** The standard table a line is the title of, or null. */
  tableTitle(line: string): TableTitleMatch | null
  /**
   * A line that reads as the title of a table the grammar does not know ("政府采购情况表"), as a match with a
   * table of id `otherTableId` titled as printed, or null. Only the caller knows whether the line stands where
   * tables do.
   */
  otherTableTitle(line: string): TableTitleMatch | null
  /** How strongly a title speaks for each kind of document. */
  documentKindVotes(title: string): Map<DocumentKind, number>
  isPlaceholder(name: string): boolean
  hasOrganisationSuffix(name: string): boolean
  isNarrativeHeading(title: string): boolean
}

const cache = new WeakMap<Grammar, CompiledGrammar>()

/** The id of a table whose title the grammar does not know. */
export const otherTableId = 'other'

/** Longest title of a table the grammar does not know (key form, prefix included). */
const otherTitleLengthMax = 40
/** What a printed number or year before a title looks like: "表1.", "表5-1", "附表3", "公开08表", "一、", "2023年度". */
const leadingNumber = /^(?:附?表(?:\d{1,2}(?:-\d{1,2})?|[一二三四五六七八九十]{1,3})[.．、:]?|公开\d{1,2}表|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、]|\d{4}年度?)/

/** Longest stretch before a table title that can still be a prefix (year, department, 表 N.). */
const tablePrefixLengthMax = 48

/**
 * @param grammar a grammar (see grammars/)
 * @returns the compiled grammar, built on first use and reused after
 */
export function compileGrammar(grammar: Grammar): CompiledGrammar {
  const cached = cache.get(grammar)
  if (cached) return cached

  const partKeywords = grammar.parts.map((part) => ({ kind: part.kind, keywords: part.keywords.map(titleKey) }))
  const standalone = new Map<string, PartKind>()
  for (const part of grammar.parts) for (const title of part.standalone ?? []) standalone.set(titleKey(title), part.kind)
  const roles = new Map(grammar.parts.map((part) => [part.kind, (part.children ?? []).map((child) => ({ role: child.role, keywords: child.keywords.map(titleKey) }))]))
  const aliases = grammar.tables
    .flatMap((table) => [table.title, ...table.aliases].map((alias) => ({ table, key: titleKey(alias) })))
    .sort((a, b) => b.key.length - a.key.length)
  const kindWords = grammar.documentKinds.map((entry) => ({ kind: entry.kind, words: entry.titleWords.map(titleKey) }))
  const placeholders = new Set(grammar.departmentPlaceholders.map(titleKey))
  const suffixes = [...grammar.organisationSuffixes].sort((a, b) => b.length - a.length)
  const narrativeWords = grammar.narrativeHeadingWords.map(titleKey)
  const qualifiers = grammar.tableTitleQualifiers.map(titleKey)
  const otherWords = grammar.otherTableWords.map(titleKey)

  const titleParts = (line: string): { key: string; qualifier: string | null } | null => {
    // Most lines are no title: skip the key unless "表" is there at all.
    if (!line.includes('表')) return null
    let key = titleKey(line)
    if (key.length === 0 || key.length > tablePrefixLengthMax + 40) return null
    let qualifier: string | null = null
    if (key.endsWith(')')) {
      const open = key.lastIndexOf('(')
      if (open > 0 && key.charAt(open - 1) === '表') {
        qualifier = key.slice(open + 1, -1)
        key = key.slice(0, open)
      }
    }
    return key.endsWith('表') ? { key, qualifier } : null
  }

  const compiled: CompiledGrammar = {
    grammar,
    partKind(title) {
      const key = titleKey(title)
      for (const entry of partKeywords) if (entry.keywords.some((keyword) => key.includes(keyword))) return entry.kind
      return null
    },
    standalonePart(title) {
      return standalone.get(titleKey(title)) ?? null
    },
    headingRole(kind, title) {
      const key = titleKey(title)
      for (const entry of roles.get(kind) ?? []) if (entry.keywords.some((keyword) => key.includes(keyword))) return entry.role
      return null
    },
    tableTitle(line) {
      const parts = titleParts(line)
      if (!parts) return null
      for (const alias of aliases) {
        if (!parts.key.endsWith(alias.key)) continue
        const prefix = parts.key.slice(0, parts.key.length - alias.key.length)
        // A word of the classification before the title makes it another, narrower table's (a form's title
        // starts with its project's name, which may end with any word).
        if (alias.table.shape !== 'form' && qualifiers.some((word) => prefix.endsWith(word))) continue
        // "部门决算收支总表" is no 预算 table, whatever it ends with.
        if (alias.table.set === '预算' && prefix.includes('决算')) continue
        if (prefix.length > tablePrefixLengthMax || /[，。；;！？]/.test(prefix)) return null
        return { table: alias.table, prefix, qualifier: parts.qualifier }
      }
      return null
    },
    otherTableTitle(line) {
      const parts = titleParts(line)
      if (!parts || parts.key.length > otherTitleLengthMax) return null
      let title = parts.key
      for (let match = leadingNumber.exec(title); match && match[0].length > 0; match = leadingNumber.exec(title)) title = title.slice(match[0].length)
      // A sentence ("详见…表") is no title; a colon after the number ("表一：") is.
      if (title.length < 4 || /[，。；;！？:]/.test(title)) return null
      // Codes and amounts make a row, not a title (a year does not).
      if (/\d{3,}/.test(title.replace(/\d{4}年/g, ''))) return null
      if (!otherWords.some((word) => title.includes(word))) return null
      const set = title.includes('决算') ? '决算' : title.includes('绩效') || title.includes('自评') ? '绩效' : '预算'
      const table: TableGrammar = { id: otherTableId, title, set, aliases: [], ...(set === '绩效' ? { shape: 'form' as const } : {}) }
      return { table, prefix: parts.key.slice(0, parts.key.length - title.length), qualifier: parts.qualifier }
    },
    documentKindVotes(title) {
      const key = titleKey(title)
      const votes = new Map<DocumentKind, number>()
      for (const entry of kindWords) {
        const count = entry.words.filter((word) => key.includes(word)).length
        if (count > 0) votes.set(entry.kind, count)
      }
      return votes
    },
    isPlaceholder(name) {
      return placeholders.has(titleKey(name))
    },
    hasOrganisationSuffix(name) {
      return suffixes.some((suffix) => name.endsWith(suffix))
    },
    isNarrativeHeading(title) {
      const key = titleKey(title)
      return narrativeWords.some((word) => key.includes(word))
    },
  }
  cache.set(grammar, compiled)
  return compiled
}
