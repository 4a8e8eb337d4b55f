import { z } from 'zod'
import { evidenceSchema } from './evidence.js'

export const documentKindSchema = z.enum(['决算', '预算', '绩效自评']).describe('kind of disclosure')

export const metaSchema = z
  .object({
    department: evidenceSchema(z.string()).describe('full name of the department as printed in the body'),
    region: evidenceSchema(z.string()).describe('province / city / district prefix of the department, where printed'),
    year: evidenceSchema(z.number().int().min(1990).max(2100)).describe('fiscal year the figures cover (not the publication date)'),
    kind: evidenceSchema(documentKindSchema),
    unit: evidenceSchema(z.string()).describe('money unit of the tables and narrative, e.g. 万元'),
    scope: evidenceSchema(z.enum(['汇总', '本级'])).describe('汇总 (department with its units) or 本级, where printed'),
  })
  .describe('document metadata, each field with its source line')

export type Meta = z.infer<typeof metaSchema>
