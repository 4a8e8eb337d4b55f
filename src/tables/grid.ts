/**
 * The grid a table reconstructor returns: columns with header paths and roles,
 * rows with their labels and exact cells, and the problems met.
 */

export type ColumnRole = 'code' | 'name' | 'text' | 'rowNumber' | 'amount'

export interface GridColumn {
  /** Header path joined with "/" ("本年收入/小计"); unique within the table. */
  key: string
  path: string[]
  role: ColumnRole
  /** 收入 / 支出 for two-sided tables, else null. */
  side: '收入' | '支出' | null
  /** The side-by-side group (人员经费, 公用经费 …), else null. */
  group: string | null
}

export interface GridCell {
  column: string
  value: string | null
  printed: string
  damaged: string | null
  unit: '%' | null
  /** 0-based line index and 0-based index in the normalized line. */
  index: number
  start: number
  /** Read from a row that does not keep to the columns (a side-by-side footer). */
  loose?: boolean
}

export interface GridRow {
  index: number
  side: '收入' | '支出' | null
  group: string | null
  rowNumber: string | null
  code: string | null
  codeDamaged: string | null
  parentCode: string | null
  item: string | null
  /** Text columns other than the name ("项目单位"): header key → text. */
  attributes: Record<string, string>
  cells: GridCell[]
}

export interface Grid {
  columns: GridColumn[]
  rows: GridRow[]
  /** Problems met (one line each), for diagnostics. */
  problems: Array<{ index: number; message: string }>
  /** What the document says elsewhere that decided where amounts stand, when the table alone did not. */
  decidedBy?: string[]
}

/** A row with no side, group, number or code unless given: what most one-sided readers build. */
export function gridRow(index: number, fields: Partial<Omit<GridRow, 'index'>>): GridRow {
  return { index, side: null, group: null, rowNumber: null, code: null, codeDamaged: null, parentCode: null, item: null, attributes: {}, cells: [], ...fields }
}
