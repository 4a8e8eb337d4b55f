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
  /** How strongly a title speaks for each kind of document. */
  documentKindVotes(title: string): Map<DocumentKind, number>
  isPlaceholder(name: string): boolean
  hasOrganisationSuffix(name: string): boolean
  isNarrativeHeading(title: string): boolean
}

const cache = new WeakMap<Grammar, CompiledGrammar>()

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
      if (!key.endsWith('表')) return null
      for (const alias of aliases) {
        if (!key.endsWith(alias.key)) continue
        const prefix = key.slice(0, key.length - alias.key.length)
        if (prefix.length > tablePrefixLengthMax || /[，。；;！？]/.test(prefix)) return null
        return { table: alias.table, prefix, qualifier }
      }
      return null
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
