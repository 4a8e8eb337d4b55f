/**
 * Restores damaged cells ("1,23", "456.") from the identities that pin them
 * down. A value is taken only when every identity that can give it agrees,
 * at least one gives it exactly (a copy in another table, or a sum with a
 * single printed term) or two independent ones agree, and the printed
 * fragment is the beginning of the value. Otherwise the cell stays damaged
 * and its checks report insufficient data.
 */
import type { FigureKey } from '../../grammars/figures.js'
import type { Figure } from '../../schemas/figures.js'
import type { Repair } from '../../schemas/findings.js'
import type { Table, TableCell } from '../../schemas/table.js'
import { figurePlaces } from '../narrative/read-figures.js'
import { Decimal, sum } from './amounts.js'
import { fingerprint } from './fingerprint.js'
import type { CellRef, Identity } from './identities.js'
import { cellState, tableDecimals, tableName } from './table-view.js'

interface Candidate {
  value: string
  exact: boolean
  /** Rule and key of the identity (or figure) that gave it: two different sources corroborate each other. */
  source: string
  rule: string
  evidence: Repair['evidence']
}

/** Passes over the identities: a repair can complete another identity. */
const passes = 4

/**
 * @param identities from `tableIdentities`
 * @param figures the narrative's figures: a figure the tables print in a damaged cell is one more source
 * @param tables the tables (for the figures' cells)
 */
/** A damaged cell whose exact sources disagree, or give a value its printed fragment cannot begin. */
export interface RepairConflict {
  ref: CellRef
  cell: TableCell
  values: { value: string; rule: string; evidence: Repair['evidence'] }[]
}

export function repairValues(
  allIdentities: readonly Identity[],
  figures: Partial<Record<FigureKey, Figure>> = {},
  tables: readonly Table[] = [],
): { repairs: Repair[]; conflicts: RepairConflict[] } {
  const repairs: Repair[] = []
  const conflicts = new Map<TableCell, RepairConflict>()
  // Only identities that touch a damaged cell can give or corroborate a repair.
  // Nor one across tables of different units: a cell is restored only from figures printed in its own unit.
  const identities = allIdentities.filter((identity) => {
    const refs = [identity.total, ...identity.parts]
    return refs.some((ref) => cellState(ref.row, ref.column).kind === 'damaged') && refs.every((ref) => ref.table.unit === identity.total.table.unit)
  })
  if (identities.length === 0) return { repairs, conflicts: [] }
  for (let pass = 0; pass < passes; pass++) {
    const candidates = new Map<TableCell, { ref: CellRef; found: Candidate[] }>()
    const add = (cell: TableCell, ref: CellRef, candidate: Candidate) => {
      const entry = candidates.get(cell) ?? { ref, found: [] }
      entry.found.push(candidate)
      candidates.set(cell, entry)
    }
    // The narrative states some cells' figures; it can be wrong, so it only corroborates.
    for (const [key, figure] of Object.entries(figures)) {
      if (!figure || figure.unit !== '万元') continue
      for (const { table, row, cell } of figurePlaces(tables, key as FigureKey)) {
        if (cell.value !== null || cell.damaged === null || table.unit !== '万元') continue
        add(cell, { table, row, column: cell.column }, {
          value: figure.value,
          exact: false,
          source: `figure|${key}`,
          rule: 'figure-table',
          evidence: [{ label: `情况说明 ${key}`, value: figure.value, line: figure.line, table: null }],
        })
        break
      }
    }
    for (const identity of identities) {
      if (identity.incomplete) continue
      const refs = [identity.total, ...identity.parts]
      const states = refs.map((ref) => cellState(ref.row, ref.column))
      const damaged = states.flatMap((state, index) => (state.kind === 'damaged' ? [index] : []))
      if (damaged.length !== 1) continue
      const at = damaged[0]!
      const values = states.map((state) => (state.kind === 'value' ? state.value : null))
      const others = values.filter((_, index) => index !== 0 && index !== at)
      const printedOthers = others.filter((value) => value !== null).length
      const value = at === 0 ? sum(values.slice(1)) : new Decimal(values[0] ?? 0).minus(sum(others))
      const exact = identity.copy || (at === 0 ? printedOthers <= 1 : printedOthers === 0)
      const evidence = refs.flatMap((ref, index) =>
        index === at ? [] : [{ label: `${tableName(ref.table)} ${ref.row.item ?? ''} ${ref.column}`.trim(), value: values[index] ?? '', line: ref.row.line, table: ref.table.id }],
      )
      // In the decimals the table prints ("20.00", not "20").
      const places = tableDecimals(refs[at]!.table)
      add(states[at]!.cell!, refs[at]!, { value: value.toFixed(Math.max(places, value.decimalPlaces())), exact, source: `${identity.rule}|${identity.key}`, rule: identity.rule, evidence })
    }
    corroborateJointly(identities, candidates)
    let repaired = 0
    for (const [cell, { ref, found }] of candidates) {
      const exact = found.filter((candidate) => candidate.exact)
      const exactValues = new Set(exact.map((candidate) => new Decimal(candidate.value).toString()))
      if (exactValues.size > 1 || (exactValues.size === 1 && !continues(cell.damaged!, exact[0]!.value)))
        conflicts.set(cell, { ref, cell, values: exact.map(({ value, rule, evidence }) => ({ value, rule, evidence })) })
      const distinct = new Set(found.map((candidate) => new Decimal(candidate.value).toString()))
      if (distinct.size !== 1) continue
      const pinned = found.some((candidate) => candidate.exact) || new Set(found.map((candidate) => candidate.source)).size >= 2
      const value = found[0]!.value
      if (!pinned || !continues(cell.damaged!, value) || new Decimal(value).isNegative()) continue
      const best = found.find((candidate) => candidate.exact) ?? found[0]!
      const id = fingerprint('value', ref.table.id, ref.table.number, ref.row.line, ref.row.group, ref.column)
      repairs.push({
        id,
        field: 'value',
        table: ref.table.id,
        tableNumber: ref.table.number,
        line: cell.line,
        column: ref.column,
        printed: cell.damaged!,
        value,
        rule: best.rule,
        evidence: found.flatMap((candidate) => candidate.evidence),
      })
      cell.value = value
      cell.repair = id
      repaired++
    }
    if (repaired === 0) break
  }
  return { repairs, conflicts: [...conflicts.values()].filter((conflict) => conflict.cell.repair === null) }
}

/**
 * Cells with one candidate each that together make another identity hold
 * exactly (301 and 303 from their 款 rows, summing to 人员经费合计)
 * corroborate each other: the joint identity is a second source for each.
 */
function corroborateJointly(identities: readonly Identity[], candidates: Map<TableCell, { ref: CellRef; found: Candidate[] }>): void {
  for (const identity of identities) {
    if (identity.incomplete) continue
    const refs = [identity.total, ...identity.parts]
    const states = refs.map((ref) => cellState(ref.row, ref.column))
    const damaged = states.flatMap((state, index) => (state.kind === 'damaged' ? [index] : []))
    if (damaged.length < 2) continue
    const guesses = damaged.map((index) => candidates.get(states[index]!.cell!)?.found)
    if (guesses.some((found) => !found || new Set(found.map((candidate) => candidate.value)).size !== 1)) continue
    const values = states.map((state, index) => {
      const at = damaged.indexOf(index)
      return at !== -1 ? guesses[at]![0]!.value : state.kind === 'value' ? state.value : null
    })
    if (!new Decimal(values[0] ?? 0).equals(sum(values.slice(1)))) continue
    damaged.forEach((index, at) => {
      const own = guesses[at]![0]!
      guesses[at]!.push({
        ...own,
        exact: false,
        source: `${identity.rule}|${identity.key}`,
        evidence: refs.flatMap((ref, other) => (other === index ? [] : [{ label: `${tableName(ref.table)} ${ref.row.item ?? ''} ${ref.column}`.trim(), value: values[other] ?? '', line: ref.row.line, table: ref.table.id }])),
      })
    })
  }
}

/** Whether a cut cell's printed fragment is the beginning of a value ("1,23" of 1234.56, "456." of 456.78). */
function continues(printed: string, value: string): boolean {
  const fragment = printed.replace(/,/g, '')
  if (!/^-?\d+(?:\.\d*)?$/.test(fragment)) return false
  const [whole, decimals = ''] = value.split('.')
  // "7,89": a separator means thousands, so the whole part has a full group after each one.
  const groups = printed.split('.')[0]!.split(',')
  if (groups.length > 1 && whole!.length < groups[0]!.length + 3 * (groups.length - 1)) return false
  // The fragment's digits before its point are the value's whole part, or a beginning of it when no point was printed.
  if (fragment.includes('.')) {
    const [fragmentWhole, fragmentDecimals] = fragment.split('.') as [string, string]
    return fragmentWhole === whole && decimals.padEnd(fragmentDecimals.length, '0').startsWith(fragmentDecimals)
  }
  return whole!.startsWith(fragment)
}
