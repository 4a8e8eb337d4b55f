/**
 * Merge a region's extension into a grammar, as mdast-util-from-markdown
 * merges extensions: the extension's entries come first, so they win.
 */
import type { Grammar, GrammarExtension } from '../../grammars/types.js'

/**
 * @param base the grammar to extend
 * @param extension parts, tables, kinds and word lists to add
 * @returns a new grammar; `base` is not changed
 */
export function extendGrammar(base: Grammar, extension: GrammarExtension): Grammar {
  return {
    id: `${base.id}+${extension.id}`,
    parts: [...(extension.parts ?? []), ...base.parts],
    tables: [...(extension.tables ?? []), ...base.tables],
    documentKinds: [...(extension.documentKinds ?? []), ...base.documentKinds],
    departmentPlaceholders: [...(extension.departmentPlaceholders ?? []), ...base.departmentPlaceholders],
    organisationSuffixes: [...(extension.organisationSuffixes ?? []), ...base.organisationSuffixes],
    narrativeHeadingWords: [...(extension.narrativeHeadingWords ?? []), ...base.narrativeHeadingWords],
    tableTitleQualifiers: [...(extension.tableTitleQualifiers ?? []), ...base.tableTitleQualifiers],
    otherTableWords: [...(extension.otherTableWords ?? []), ...base.otherTableWords],
  }
}
