import { z } from 'zod'
import { lineSchema } from './evidence.js'
import { figuresSchema } from './figures.js'
import { checkCoverageSchema, findingSchema, repairSchema } from './findings.js'
import { glossaryEntrySchema, keyWorkItemSchema } from './glossary.js'
import { performanceEntrySchema } from './performance.js'
import { statementsSchema } from './statements.js'
import { metaSchema } from './meta.js'
import { coverageSchema, diagnosticSchema } from './report.js'
import { sectionSchema } from './section.js'
import { tableSchema } from './table.js'

export const schemaVersion = 1

export const documentSchema = z
  .object({
    schemaVersion: z.literal(schemaVersion),
    source: z.string().nullable().describe('file name, "-" for standard input, or null'),
    encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'gb18030']).nullable().describe('detected encoding of the input bytes, or null when given text'),
    meta: metaSchema,
    toc: z.array(z.object({ line: lineSchema, endLine: lineSchema })).describe('tables of contents found (never read as body)'),
    sections: z.array(sectionSchema),
    tables: z.array(tableSchema),
    figures: figuresSchema,
    statements: statementsSchema,
    glossary: z.array(glossaryEntrySchema),
    keyWork: z.array(keyWorkItemSchema).describe('重点工作完成情况: goals with their 指标要求 and 完成情况, and the items of the 重点工作 part'),
    performance: z.array(performanceEntrySchema).describe('绩效自评表 and 绩效目标表, and scores a report states in sentences'),
    findings: z.array(findingSchema).describe('identities that do not hold or could not be checked (passes are not listed)'),
    repairs: z.array(repairSchema).describe('damaged cells, codes and names restored from evidence'),
    checks: checkCoverageSchema,
    coverage: coverageSchema,
    diagnostics: z.array(diagnosticSchema),
  })
  .describe('one department-year disclosure')

export type YujuesuanDocument = z.infer<typeof documentSchema>
