import { describe, expect, it } from 'vitest'
import * as library from '../src/index.js'
import * as schemas from '../schemas/index.js'

describe('exports', () => {
  it('exposes the library API', () => {
    expect(Object.keys(library).sort()).toEqual(
      [
        'baseGrammar',
        'columnSchema',
        'compileGrammar',
        'coverageSchema',
        'decodeBytes',
        'diagnosticSchema',
        'documentKindSchema',
        'documentSchema',
        'evidenceSchema',
        'extendGrammar',
        'extract',
        'headingSchema',
        'lineSchema',
        'metaSchema',
        'normalizeText',
        'originalColumn',
        'parseDocument',
        'partKindSchema',
        'schemaVersion',
        'sectionSchema',
        'tableSchema',
        'tableStatusSchema',
        'titleKey',
      ].sort(),
    )
  })

  it('exposes the schemas alone from yujuesuan/schemas', () => {
    expect(Object.keys(schemas).sort()).toEqual(
      [
        'columnSchema',
        'coverageSchema',
        'diagnosticSchema',
        'documentKindSchema',
        'documentSchema',
        'evidenceSchema',
        'headingSchema',
        'lineSchema',
        'metaSchema',
        'partKindSchema',
        'schemaVersion',
        'sectionSchema',
        'tableSchema',
        'tableStatusSchema',
      ].sort(),
    )
  })
})
