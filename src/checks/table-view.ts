/**
 * Read-only views of a reconstructed table for the audit: its amount
 * columns, the header tree of totals and parts, the 科目 hierarchy, and the
 * state of each cell (a value, blank, or damaged and unread).
 */
import type { Table, TableCell, TableColumn, TableRow } from '../../schemas/table.js'
import { decimalsOf } from './amounts.js'

export type CellState = { kind: 'value'; value: string; cell: TableCell } | { kind: 'blank'; cell: TableCell | null } | { kind: 'damaged'; cell: TableCell }

/** The state of a row's cell in a column; a cell the row does not have is blank. */
export function cellState(row: TableRow, column: string): CellState {
  const cell = row.cells.find((candidate) => candidate.column === column) ?? null
  if (cell === null) return { kind: 'blank', cell }
  if (cell.value !== null) return { kind: 'value', value: cell.value, cell }
  if (cell.damaged !== null) return { kind: 'damaged', cell }
  return { kind: 'blank', cell }
}

/** Amount columns, leaving out values found beyond the header ("(第15列)"). */
export function amountColumns(table: Table): TableColumn[] {
  return table.columns.filter((column) => column.role === 'amount' && !column.path.some((label) => label.startsWith('(第')))
}

/** Decimals the table prints its amounts with (the most any cell shows; PDF conversion drops trailing zeros). */
export function tableDecimals(table: Table): number {
  let decimals = 0
  for (const row of table.rows) for (const cell of row.cells) if (cell.value !== null && cell.unit !== '%') decimals = Math.max(decimals, decimalsOf(cell.printed))
  return Math.min(decimals, 4)
}

const totalLabel = /^(?:合计|小计|总计)$|合计$/

/** "合计", "小计", "本年支出合计", "人员经费合计". */
export function isTotalLabel(label: string): boolean {
  return totalLabel.test(label)
}

/**
 * What a column measures, so that the same column can be found in another
 * table: "本年支出合计", "本年支出/小计" and "合计" are all the total;
 * "基本支出/小计" is 基本支出.
 */
export function columnConcept(column: TableColumn): string {
  const path = column.path
  let label = path[path.length - 1] ?? ''
  if ((label === '小计' || label === '合计') && path.length > 1) label = path[path.length - 2]!
  label = label.replace(/^本年(?:度)?/, '').replace(/合计$/, '')
  if (label === '' || label === '支出' || label === '收入' || label === '决算数' || label === '预算数' || label === '金额') return '合计'
  return label
}

/** Rows grouped by side and side-by-side group, in order. */
export function rowGroups(table: Table): TableRow[][] {
  const groups = new Map<string, TableRow[]>()
  for (const row of table.rows) {
    const key = `${row.side ?? ''}|${row.group ?? ''}`
    const group = groups.get(key)
    if (group) group.push(row)
    else groups.set(key, [row])
  }
  return [...groups.values()]
}

/**
 * The 合计 row of a group: no code, labelled 合计 / 总计 / …合计; or a table's only row when it prints no label (a
 * 部门支出总表 of one line of amounts under 合计 | 基本支出 | 项目支出 is its own total).
 */
export function totalRow(rows: readonly TableRow[]): TableRow | null {
  const only = rows.length === 1 ? rows[0]! : null
  if (only && only.item === null && only.code === null && only.codeDamaged === null) return only
  return rows.find((row) => row.code === null && row.codeDamaged === null && row.item !== null && /^(?:合计|总计)$|^[^其]{0,8}合计$/.test(row.item)) ?? null
}

/** The first table of an id (tables of the same id with a sub-number: the first). */
export function tableById(tables: readonly Table[], id: string): Table | null {
  return tables.find((table) => table.id === id && table.status === 'data' && table.reconstructed) ?? null
}

/** The total column of a table: the amount column whose concept is 合计, or the first amount column. */
export function totalColumn(table: Table, side: '收入' | '支出' | null = null): TableColumn | null {
  const columns = amountColumns(table).filter((column) => side === null || column.side === side || column.side === null)
  return columns.find((column) => columnConcept(column) === '合计') ?? columns[0] ?? null
}

/** "六、科学技术支出" → "科学技术支出". */
export function bareName(item: string): string {
  return item.replace(/^(?:[一二三四五六七八九十廿]{1,3}|\d{1,2})[、.．]/, '').replace(/[（(].*?[)）]/g, '').replace(/\s+/g, '')
}

export function tableRef(table: Table): { id: string; number: string | null } {
  return { id: table.id, number: table.number }
}

/** How a table is named in a message: its number when printed, else its title. */
export function tableName(table: Table): string {
  return table.number ? `${table.title}（${table.number}）` : table.title
}
