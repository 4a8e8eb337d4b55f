import { describe, expect, it } from 'vitest'
import * as library from '../src/index.js'
import * as schemas from '../schemas/index.js'

describe('exports', () => {
  it('exposes the library API', () => {
    expect(Object.keys(library).sort()).toEqual(
      [
        'baseGrammar',
        'cellRecordFields',
        'changeStatementSchema',
        'columnRoleSchema',
        'columnSchema',
        'compileGrammar',
        'coverageSchema',
        'csvByteOrderMark',
        'decodeBytes',
        'diagnosticSchema',
        'documentKindSchema',
        'documentSchema',
        'evidenceSchema',
        'extendGrammar',
        'extract',
        'figureKeySchema',
        'figureSchema',
        'figuresSchema',
        'glossaryEntrySchema',
        'headingSchema',
        'lineSchema',
        'metaSchema',
        'normalizeText',
        'originalColumn',
        'parseDocument',
        'partKindSchema',
        'schemaVersion',
        'sectionSchema',
        'shareStatementSchema',
        'statementsSchema',
        'subjectStatementSchema',
        'tableCellSchema',
        'tableColumnSchema',
        'tableLayoutSchema',
        'tableRowSchema',
        'tableSchema',
        'tableStatusSchema',
        'titleKey',
        'toCellRecords',
        'toCsv',
      ].sort(),
    )
  })

  it('exposes the schemas alone from yujuesuan/schemas', () => {
    expect(Object.keys(schemas).sort()).toEqual(
      [
        'changeStatementSchema',
        'columnRoleSchema',
        'columnSchema',
        'coverageSchema',
        'diagnosticSchema',
        'documentKindSchema',
        'documentSchema',
        'evidenceSchema',
        'figureKeySchema',
        'figureSchema',
        'figuresSchema',
        'glossaryEntrySchema',
        'headingSchema',
        'lineSchema',
        'metaSchema',
        'partKindSchema',
        'schemaVersion',
        'sectionSchema',
        'shareStatementSchema',
        'statementsSchema',
        'subjectStatementSchema',
        'tableCellSchema',
        'tableColumnSchema',
        'tableLayoutSchema',
        'tableRowSchema',
        'tableSchema',
        'tableStatusSchema',
      ].sort(),
    )
  })
})
