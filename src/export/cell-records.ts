/**
 * One record per table cell, in the shape a spreadsheet wants: the
 * department-year, the table, the row (side, code, item), the column, the
 * value and where it was printed.
 */
import Decimal from 'decimal.js'
import type { YujuesuanDocument } from '../../schemas/document.js'
import { unitFactor } from '../meta/money-units.js'

export interface CellRecord {
  source: string | null
  department: string | null
  year: number | null
  kind: string | null
  table: string
  tableNumber: string | null
  side: string | null
  code: string | null
  item: string | null
  column: string
  value: string | null
  unit: string | null
  line: number
  damaged: string | null
  repair: string | null
}

/** The record fields, in export order. */
export const cellRecordFields = [
  'source',
  'department',
  'year',
  'kind',
  'table',
  'tableNumber',
  'side',
  'code',
  'item',
  'column',
  'value',
  'unit',
  'line',
  'damaged',
  'repair',
] as const satisfies readonly (keyof CellRecord)[]

export type ExportUnit = '万元' | '元'

/**
 * @param document an extracted document
 * @param unit convert every amount to this unit (exactly); keep the printed unit when not given
 * @returns the records of every cell of every rebuilt table
 */
export function toCellRecords(document: YujuesuanDocument, unit?: ExportUnit): CellRecord[] {
  const records: CellRecord[] = []
  for (const table of document.tables) {
    for (const row of table.rows) {
      for (const cell of row.cells) {
        const converted = convert(cell.value, cell.unit, unit)
        records.push({
          source: document.source,
          department: document.meta.department.value,
          year: document.meta.year.value,
          kind: document.meta.kind.value,
          table: table.title,
          tableNumber: table.number,
          side: row.side,
          code: row.code,
          item: row.item,
          column: row.group ? `${row.group}/${cell.column}` : cell.column,
          value: converted.value,
          unit: converted.unit,
          line: cell.line,
          damaged: cell.damaged,
          // A restored value, or the row's restored code or name.
          repair: cell.repair ?? row.repair,
        })
      }
    }
  }
  return records
}

function convert(value: string | null, from: string | null, to: ExportUnit | undefined): { value: string | null; unit: string | null } {
  if (to === undefined || from === to) return { value, unit: from }
  const factor = unitFactor(from, to)
  if (factor === null) return { value, unit: from }
  if (value === null) return { value: null, unit: to }
  const decimals = Math.max(0, (value.split('.')[1]?.length ?? 0) - Math.round(Math.log10(factor.toNumber())))
  return { value: new Decimal(value).times(factor).toFixed(decimals), unit: to }
}
