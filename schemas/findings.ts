import { z } from 'zod'
import { lineSchema } from './evidence.js'

export const severitySchema = z.enum(['error', 'warning', 'info'])

export const findingSideSchema = z
  .object({
    label: z.string().describe('what this side is, in Chinese ("合计", "Σ 款", "情况说明")'),
    value: z.string().nullable().describe('exact decimal string, or null when it could not be read'),
    unit: z.string().nullable(),
    lines: z.array(lineSchema).describe('source lines of the values it was computed from'),
  })
  .describe('one side of an identity')

export const findingInstanceSchema = z.object({
  message: z.string(),
  left: findingSideSchema,
  right: findingSideSchema,
  difference: z.string().nullable().describe('left − right, exact; null when a side is missing'),
  tolerance: z.string().nullable().describe('the largest difference display rounding can explain'),
  line: lineSchema.nullable(),
})

export const findingSchema = findingInstanceSchema
  .extend({
    id: z.string().describe('stable fingerprint: the same finding has the same id across runs'),
    rule: z.string().describe('rule id from the catalogue'),
    group: z.string(),
    severity: severitySchema,
    status: z.enum(['fail', 'insufficient-data']).describe('insufficient-data: the rule could not be checked because data is missing or damaged'),
    table: z.string().nullable().describe('table id, when the finding is about one table'),
    more: z.array(findingInstanceSchema).describe('further differences of the same kind in the same table, grouped here'),
  })
  .describe('an identity that does not hold, or could not be checked')

export const repairSchema = z
  .object({
    id: z.string().describe('stable id, named by the repaired cell\'s `repair` field'),
    field: z.enum(['value', 'code', 'item']).describe('what was repaired'),
    table: z.string().describe('table id'),
    tableNumber: z.string().nullable(),
    line: lineSchema,
    column: z.string().nullable().describe('column key of a repaired value'),
    printed: z.string().describe('the damaged text as printed'),
    value: z.string().describe('the repaired value, code or name'),
    rule: z.string().describe('the identity that pins the value down'),
    evidence: z
      .array(z.object({ label: z.string(), value: z.string(), line: lineSchema.nullable(), table: z.string().nullable() }))
      .describe('the cells (or dictionary entry) the value was derived from'),
  })
  .describe('a damaged cell, code or name restored from evidence')

const countsSchema = z.object({
  total: z.number().int().nonnegative(),
  passed: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  insufficient: z.number().int().nonnegative().describe('could not be checked: data missing or damaged'),
})

export const checkCoverageSchema = z
  .object({
    rules: countsSchema
      .extend({ notApplicable: z.number().int().nonnegative().describe('rules with nothing to check in this document') })
      .describe('rules of the catalogue: a rule passed when every check it made held'),
    checks: countsSchema.describe('individual checks (one identity on one row, one statement …)'),
    byRule: z
      .record(z.string(), z.object({ passed: z.number().int().nonnegative(), failed: z.number().int().nonnegative(), insufficient: z.number().int().nonnegative() }))
      .describe('checks made by each rule that ran, by rule id'),
  })
  .describe('how much of the document the audit could check')

export type Severity = z.infer<typeof severitySchema>
export type FindingSide = z.infer<typeof findingSideSchema>
export type FindingInstance = z.infer<typeof findingInstanceSchema>
export type Finding = z.infer<typeof findingSchema>
export type Repair = z.infer<typeof repairSchema>
export type CheckCoverage = z.infer<typeof checkCoverageSchema>
