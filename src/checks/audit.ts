/**
 * The audit: repair what the evidence pins down, then check every rule of
 * the catalogue (grammars/rules.ts) and report what failed or could not be
 * checked, with the coverage of what ran.
 */
import type { YujuesuanDocument } from '../../schemas/document.js'
import type { CheckCoverage, Finding, Repair } from '../../schemas/findings.js'
import { checkCodeNames, checkThreePublic } from './classification-checks.js'
import { checkEmptyStatements, checkTablesRead } from './table-checks.js'
import { Collector } from './collector.js'
import { checkPerformance } from './performance-checks.js'
import { evaluateIdentities } from './evaluate.js'
import { tableIdentities } from './identities.js'
import { repairCodes } from './repair-codes.js'
import { repairValues, type RepairConflict } from './repair-values.js'
import type { Repair as RepairRecord } from '../../schemas/findings.js'
import { side } from './collector.js'
import { tableName, tableRef } from './table-view.js'
import {
  checkChangeRates,
  checkCompletionRates,
  checkDenied,
  checkFigures,
  checkResidue,
  checkShareAmounts,
  checkParts,
  checkShares,
  checkStatedTwice,
  checkSubjects,
} from './text-checks.js'

export interface AuditText {
  /** Narrative lines (1-based source line and text), for template residue. */
  narrative: readonly { line: number; text: string }[]
  /** Sentences of the 情况说明 with their first line, for contradictions. */
  sentences: readonly { line: number; text: string }[]
}

export interface Audit {
  findings: Finding[]
  repairs: Repair[]
  checks: CheckCoverage
}

/**
 * Audit a document. Repairs change the document's tables in place (a
 * repaired cell gets its value and the repair's id), so run it once.
 */
export function audit(document: Omit<YujuesuanDocument, 'findings' | 'repairs' | 'checks'>, text: AuditText): Audit {
  const full = document as YujuesuanDocument
  const year = document.meta.year.value
  const repairs = repairCodes(document.tables, year)
  const identities = tableIdentities(document.tables)
  const values = repairValues(identities, document.figures, document.tables)
  repairs.push(...values.repairs)
  const collector = new Collector()
  reportRepairs(values, collector)
  checkTablesRead(document.tables, collector)
  evaluateIdentities(identities, collector)
  checkThreePublic(document.tables, collector)
  checkEmptyStatements(document.tables, collector)
  checkCodeNames(document.tables, year, collector)
  checkFigures(full, collector)
  checkSubjects(full, collector)
  checkShareAmounts(full, collector)
  checkChangeRates(full, collector)
  checkCompletionRates(full, collector)
  checkShares(full, collector)
  checkParts(full, collector)
  checkStatedTwice(full, collector)
  checkPerformance(full, collector)
  checkResidue(text.narrative, collector)
  checkDenied(text.sentences, full, collector)
  repairs.sort((a, b) => a.line - b.line || a.field.localeCompare(b.field))
  return { findings: collector.findings(), repairs, checks: collector.coverage() }
}

/** Each value repair is a check that held; sources that disagree over a damaged cell are a finding, and no repair. */
function reportRepairs(values: { repairs: RepairRecord[]; conflicts: RepairConflict[] }, collector: Collector): void {
  for (const _repair of values.repairs) collector.pass('repair-evidence')
  for (const conflict of values.conflicts) {
    const { ref, cell } = conflict
    const shown = conflict.values.map((value) => `${value.value}（${value.rule}）`).join('、')
    collector.fail('repair-evidence', {
      key: `${ref.row.line}|${ref.row.group ?? ''}|${ref.column}`,
      table: tableRef(ref.table),
      message: `${tableName(ref.table)}第 ${cell.line} 行“${cell.printed}”（${ref.column}）无法修复：可据以修复的数值为 ${shown}，相互矛盾或与印出的部分不符`,
      left: side('印出', cell.printed, ref.table.unit, [cell.line]),
      right: side('其他来源', conflict.values[0]?.value ?? null, ref.table.unit, conflict.values.flatMap((value) => value.evidence.flatMap((item) => (item.line === null ? [] : [item.line])))),
      difference: null,
      tolerance: '0',
      line: cell.line,
    })
  }
}
