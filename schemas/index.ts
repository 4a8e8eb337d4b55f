/**
 * The zod schemas of yujuesuan's JSON: importable alone as `yujuesuan/schemas`,
 * without the parser.
 */
export { columnSchema, evidenceSchema, lineSchema } from './evidence.js'
export { documentKindSchema, metaSchema, type Meta } from './meta.js'
export { headingSchema, partKindSchema, sectionSchema, type Heading, type Section } from './section.js'
export {
  columnRoleSchema,
  tableCellSchema,
  tableColumnSchema,
  tableLayoutSchema,
  tableRowSchema,
  tableSchema,
  tableStatusSchema,
  type Table,
  type TableCell,
  type TableColumn,
  type TableRow,
} from './table.js'
export { coverageSchema, diagnosticSchema, type Coverage, type Diagnostic } from './report.js'
export { documentSchema, schemaVersion, type YujuesuanDocument } from './document.js'
export { figureKeySchema, figureSchema, figuresSchema, type Figure } from './figures.js'
export { glossaryEntrySchema, keyWorkItemSchema, type GlossaryEntry, type KeyWorkItem } from './glossary.js'
export {
  changeStatementSchema,
  shareStatementSchema,
  statementsSchema,
  subjectStatementSchema,
  type ChangeStatement,
  type ShareStatement,
  type SubjectStatement,
} from './statements.js'
export {
  checkCoverageSchema,
  findingInstanceSchema,
  findingSchema,
  findingSideSchema,
  repairSchema,
  severitySchema,
  type CheckCoverage,
  type Finding,
  type FindingInstance,
  type FindingSide,
  type Repair,
  type Severity,
} from './findings.js'
export { indicatorSchema, optionFieldSchema, performanceEntrySchema, type Indicator, type OptionField, type PerformanceEntry } from './performance.js'
