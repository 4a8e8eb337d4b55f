/**
 * `yujuesuan check` output: a readable audit report per document, or the
 * audit as JSON (source, what the document is, coverage, findings, repairs).
 */
import type { YujuesuanDocument } from '../../schemas/document.js'
import type { Finding } from '../../schemas/findings.js'

/** The audit part of a document, for machines. */
export function checkJson(document: YujuesuanDocument) {
  return {
    source: document.source,
    department: document.meta.department.value,
    year: document.meta.year.value,
    kind: document.meta.kind.value,
    checks: document.checks,
    findings: document.findings,
    repairs: document.repairs,
  }
}

const severityLabel = { error: '错误', warning: '警告', info: '提示' } as const

/** A readable report: what was checked, what failed, what could not be checked, what was repaired. */
export function checkReport(document: YujuesuanDocument): string {
  const { rules, checks } = document.checks
  const meta = document.meta
  const lines = [
    `${document.source ?? '(input)'}  ${[meta.department.value, meta.year.value, meta.kind.value].filter((part) => part !== null).join(' ')}`,
    `  规则 ${rules.total} 条：通过 ${rules.passed}，未通过 ${rules.failed}，无法核对 ${rules.insufficient}，不适用 ${rules.notApplicable}；` +
      `核对 ${checks.total} 处：通过 ${checks.passed}，未通过 ${checks.failed}，无法核对 ${checks.insufficient}；修复 ${document.repairs.length} 处`,
  ]
  for (const finding of document.findings) lines.push(...findingLines(finding))
  for (const repair of document.repairs)
    lines.push(
      `  修复  ${repair.tableNumber ?? repair.table} 第 ${repair.line} 行${repair.column ? ` ${repair.column}` : ''}：“${repair.printed}” → ${repair.value}（${repair.rule}）`,
    )
  return `${lines.join('\n')}\n\n`
}

function findingLines(finding: Finding): string[] {
  const status = finding.status === 'insufficient-data' ? '无法核对' : severityLabel[finding.severity]
  const lines = [`  ${status}  [${finding.rule}] ${finding.message}  #${finding.id}`]
  for (const instance of finding.more.slice(0, 5)) lines.push(`        ${instance.message}`)
  if (finding.more.length > 5) lines.push(`        …另有 ${finding.more.length - 5} 处`)
  return lines
}

/** Whether a document has an error-severity finding (the check command then exits 1). */
export function hasErrors(document: YujuesuanDocument): boolean {
  return document.findings.some((finding) => finding.severity === 'error' && finding.status === 'fail')
}
