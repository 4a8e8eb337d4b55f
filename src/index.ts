/**
 * yujuesuan: budget and final-account disclosures of Chinese government
 * departments, read from the text PDF converters make, into validated JSON.
 */
export { extract, parseDocument, type ExtractOptions, type ParsedDocument } from './document.js'
export { decodeBytes, type Decoded, type DecodeFailure, type Encoding } from './ingest/decode.js'
export { normalizeText, type NormalizedText, type SourceLine } from './ingest/normalize.js'
export { originalColumn } from './ingest/column-map.js'
export { compileGrammar, extendGrammar, titleKey } from './grammars/index.js'
export { baseGrammar } from '../grammars/index.js'
export type { Grammar, GrammarExtension, PartGrammar, TableGrammar, DocumentKind, PartKind } from '../grammars/types.js'
export type * from './tree/nodes.js'
export * from '../schemas/index.js'
export { cellRecordFields, toCellRecords, type CellRecord, type ExportUnit } from './export/cell-records.js'
export { csvByteOrderMark, toCsv } from './export/csv.js'
export { rules, type Rule, type RuleGroup } from '../grammars/rules.js'
export { economicEditions, functionCodes, type EconomicEdition } from '../grammars/classification.js'
