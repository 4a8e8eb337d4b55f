/**
 * Collects the outcome of every check: counts passes, and turns failures and
 * checks that could not run into findings — one per rule and table, with
 * repeated differences of the same kind grouped under `more`.
 */
import { rules, type Rule } from '../../grammars/rules.js'
import type { CheckCoverage, Finding, FindingInstance, FindingSide } from '../../schemas/findings.js'
import { fingerprint } from './fingerprint.js'

export interface Failure extends FindingInstance {
  /** What identifies this check (row code, column, statement line …), for the fingerprint. */
  key: string
  /** Table id and number when the finding is about one table; findings of one table are grouped. */
  table?: { id: string; number: string | null } | null
  /** Overrides the rule's severity (a rounding hint is info). */
  severity?: Finding['severity']
}

const ruleById = new Map(rules.map((rule) => [rule.id, rule]))

export class Collector {
  readonly #counts = new Map<string, { passed: number; failed: number; insufficient: number }>()
  readonly #findings = new Map<string, Finding>()

  pass(rule: string): void {
    this.#count(rule).passed++
  }

  fail(rule: string, failure: Failure): void {
    this.#count(rule).failed++
    this.#add(rule, 'fail', failure)
  }

  /** A check that held within the rounding envelope: counted as passed, noted as an info-level hint. */
  hint(rule: string, failure: Failure): void {
    this.#count(rule).passed++
    this.#add(rule, 'fail', { ...failure, severity: 'info' })
  }

  /** A check that could not run: a value it needs is missing or damaged. */
  insufficient(rule: string, failure: Failure): void {
    this.#count(rule).insufficient++
    this.#add(rule, 'insufficient-data', failure)
  }

  findings(): Finding[] {
    const order = { error: 0, warning: 1, info: 2 }
    return [...this.#findings.values()].sort((a, b) => order[a.severity] - order[b.severity] || (a.line ?? 0) - (b.line ?? 0))
  }

  coverage(): CheckCoverage {
    const result: CheckCoverage = {
      rules: { total: rules.length, passed: 0, failed: 0, insufficient: 0, notApplicable: 0 },
      checks: { total: 0, passed: 0, failed: 0, insufficient: 0 },
      byRule: {},
    }
    for (const rule of rules) {
      const counts = this.#counts.get(rule.id)
      if (!counts) {
        result.rules.notApplicable++
        continue
      }
      result.byRule[rule.id] = { ...counts }
      result.checks.passed += counts.passed
      result.checks.failed += counts.failed
      result.checks.insufficient += counts.insufficient
      if (counts.failed > 0) result.rules.failed++
      else if (counts.insufficient > 0) result.rules.insufficient++
      else result.rules.passed++
    }
    result.checks.total = result.checks.passed + result.checks.failed + result.checks.insufficient
    return result
  }

  #count(rule: string) {
    if (!ruleById.has(rule)) throw new Error(`unknown rule ${rule}`)
    let counts = this.#counts.get(rule)
    if (!counts) this.#counts.set(rule, (counts = { passed: 0, failed: 0, insufficient: 0 }))
    return counts
  }

  #add(ruleId: string, status: Finding['status'], failure: Failure): void {
    const rule = ruleById.get(ruleId) as Rule
    // Could-not-check is never an error: it says what is missing, not what is wrong.
    const severity = failure.severity ?? (status === 'insufficient-data' && rule.severity === 'error' ? 'warning' : rule.severity)
    const table = failure.table ?? null
    const tableKey = table ? `${table.id}#${table.number ?? ''}` : null
    // Grouped per rule, table, status and severity; text findings each stand alone.
    const groupKey = tableKey ? [ruleId, tableKey, status, severity].join('|') : [ruleId, failure.key, status].join('|')
    const instance: FindingInstance = {
      message: failure.message,
      left: failure.left,
      right: failure.right,
      difference: failure.difference,
      tolerance: failure.tolerance,
      line: failure.line,
    }
    const existing = this.#findings.get(groupKey)
    if (existing) {
      existing.more.push(instance)
      return
    }
    this.#findings.set(groupKey, {
      id: fingerprint(ruleId, tableKey, status, failure.key),
      rule: ruleId,
      group: rule.group,
      severity,
      status,
      table: table?.id ?? null,
      ...instance,
      more: [],
    })
  }
}

/** A side of an identity. */
export function side(label: string, value: string | null, unit: string | null, lines: readonly number[]): FindingSide {
  return { label, value, unit, lines: [...new Set(lines)].sort((a, b) => a - b) }
}
