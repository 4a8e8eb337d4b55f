/**
 * The identities that must hold between table cells, as data: a total and
 * the parts it is the sum of (an equality between two tables is a total with
 * one part). One evaluator checks them all (evaluate.ts) and the same list
 * pins down damaged cells (repair-values.ts).
 */
import { basicDetail, subsetTables, summaryCategories, summaryTotals } from '../../grammars/identities.js'
import { tables as tableGrammars } from '../../grammars/tables.js'
import type { Table, TableColumn, TableRow } from '../../schemas/table.js'
import { rowsStating } from '../tables/column-totals.js'
import {
  amountColumns,
  bareName,
  cellState,
  columnConcept,
  isTotalLabel,
  rowGroups,
  tableById,
  tableName,
  totalColumn,
  totalRow,
} from './table-view.js'

export interface CellRef {
  table: Table
  row: TableRow
  column: string
}

export interface Identity {
  rule: string
  /** The table the finding is filed under. */
  table: Table
  /** Identifies the check, for the fingerprint. */
  key: string
  /** Where, in words: "「合计」行". */
  where: string
  total: CellRef
  totalLabel: string
  parts: CellRef[]
  partsLabel: string
  /** A copy of the same figure (no rounding allowed) rather than a sum of rounded parts. */
  copy: boolean
  /** The parts may be incomplete (a child row's code is unreadable): the identity cannot be checked. */
  incomplete: string | null
}

/** Every identity among the document's tables. */
export function tableIdentities(tables: readonly Table[]): Identity[] {
  const identities: Identity[] = []
  for (const table of tables) {
    if (table.status !== 'data' || !table.reconstructed) continue
    identities.push(...columnSums(table), ...childrenSums(table), ...totalRows(table), ...summaryIdentities(table))
  }
  identities.push(...summaryVsTables(tables), ...summaryCategoryRows(tables), ...statedColumns(tables), ...sameRows(tables), ...basicDetailRows(tables))
  return identities
}

/** An identity that two cells print the same figure (no rounding allowed). */
function copyOf(rule: string, key: string, left: CellRef, leftLabel: string, right: CellRef, rightLabel: string): Identity {
  return {
    rule,
    table: left.table,
    key,
    where: where(left.row),
    total: left,
    totalLabel: leftLabel,
    parts: [right],
    partsLabel: rightLabel,
    copy: true,
    incomplete: null,
  }
}

const rowLabel = (row: TableRow) => row.item ?? row.code ?? `第${row.line}行`
const where = (row: TableRow) => `「${row.code ? `${row.code} ` : ''}${rowLabel(row)}」行`

interface HeaderNode {
  label: string
  column: TableColumn | null
  children: HeaderNode[]
}

/** Header tree of the amount columns of one side. */
function headerTree(columns: readonly TableColumn[]): HeaderNode[] {
  const roots: HeaderNode[] = []
  for (const column of columns) {
    let level = roots
    column.path.forEach((label, depth) => {
      let node = level.find((candidate) => candidate.label === label && candidate.column === null)
      if (!node || depth === column.path.length - 1) {
        node = { label, column: depth === column.path.length - 1 ? column : null, children: [] }
        level.push(node)
      }
      level = node.children
    })
  }
  return roots
}

/** The column a node contributes to a sum: itself, or its own total column. */
function contribution(node: HeaderNode): TableColumn | null {
  if (node.column) return node.column
  const total = node.children.find((child) => child.column && isTotalLabel(child.label))
  return total?.column ?? null
}

/** 合计 column = Σ its sibling columns, at every level of the header tree, on every row. */
function columnSums(table: Table): Identity[] {
  const identities: Identity[] = []
  const sides = new Set(amountColumns(table).map((column) => column.side))
  for (const sideName of sides) {
    const columns = amountColumns(table).filter((column) => column.side === sideName)
    const groups: { total: TableColumn; parts: TableColumn[] }[] = []
    const visit = (siblings: HeaderNode[]) => {
      const totals = siblings.filter((node) => node.column && isTotalLabel(node.label))
      const others = siblings.filter((node) => !totals.includes(node) && !node.label.startsWith('其中'))
      if (totals.length === 1 && others.length > 0) {
        const parts = others.map(contribution)
        if (parts.every((part) => part !== null)) groups.push({ total: totals[0]!.column!, parts: parts as TableColumn[] })
      }
      for (const node of siblings) visit(node.children)
    }
    visit(headerTree(columns))
    for (const group of groups)
      for (const row of table.rows) {
        if (row.side !== sideName && sideName !== null) continue
        if (!row.cells.some((cell) => cell.column === group.total.key)) continue
        identities.push({
          rule: 'column-sum',
          table,
          key: `${row.code ?? row.item}|${group.total.key}`,
          where: where(row),
          total: { table, row, column: group.total.key },
          totalLabel: group.total.key,
          parts: group.parts.map((part) => ({ table, row, column: part.key })),
          partsLabel: group.parts.map((part) => part.key).join(' + '),
          copy: false,
          incomplete: null,
        })
      }
  }
  return identities
}

/** Amount columns by key: side-by-side groups repeat a key, and a row holds it once. */
function distinctColumns(table: Table): TableColumn[] {
  const seen = new Set<string>()
  return amountColumns(table).filter((column) => !seen.has(column.key) && seen.add(column.key))
}

/** 类 = Σ 款, 款 = Σ 项 (and 经济分类 类 = Σ 款), column by column. */
function childrenSums(table: Table): Identity[] {
  const identities: Identity[] = []
  const columns = distinctColumns(table)
  for (const rows of rowGroups(table)) {
    // Children by parent code, and rows whose code is unreadable: one pass each, so a long table stays linear.
    const children = new Map<string, TableRow[]>()
    for (const row of rows) {
      if (row.parentCode === null || row.code === null || row.code === row.parentCode) continue
      const list = children.get(row.parentCode)
      if (list) list.push(row)
      else children.set(row.parentCode, [row])
    }
    const unreadable = rows.filter((row) => row.code === null && row.codeDamaged !== null)
    for (const parent of rows) {
      const own = parent.code !== null ? children.get(parent.code) : undefined
      if (!own) continue
      const code = parent.code!
      // A row whose code cannot be read could be one of the children.
      const missing = unreadable.find((row) => row.codeDamaged!.startsWith(code) || code.startsWith(row.codeDamaged!))
      for (const column of columns) {
        if (!parent.cells.some((cell) => cell.column === column.key)) continue
        identities.push({
          rule: 'children-sum',
          table,
          key: `${code}|${column.key}`,
          where: where(parent),
          total: { table, row: parent, column: column.key },
          totalLabel: `${code} ${rowLabel(parent)}（${column.key}）`,
          parts: own.map((row) => ({ table, row, column: column.key })),
          partsLabel: `Σ 下级科目（${own.map((row) => row.code).join('、')}）`,
          copy: false,
          incomplete: missing ? `下级科目编码无法读出（第 ${missing.line} 行“${missing.codeDamaged}”）` : null,
        })
      }
    }
  }
  return identities
}

/** 合计 row = Σ top-level 科目 rows. */
function totalRows(table: Table): Identity[] {
  const identities: Identity[] = []
  const columns = distinctColumns(table)
  for (const rows of rowGroups(table)) {
    const total = totalRow(rows)
    if (!total) continue
    const coded = rows.filter((row) => row.code !== null)
    if (coded.length === 0) continue
    const shortest = Math.min(...coded.map((row) => row.code!.length))
    const top = coded.filter((row) => row.code!.length === shortest)
    const unreadable = rows.find((row) => row.code === null && row.codeDamaged !== null && row.codeDamaged.length <= shortest)
    for (const column of columns) {
      if (!total.cells.some((cell) => cell.column === column.key)) continue
      identities.push({
        rule: 'total-row',
        table,
        key: `${total.item}|${column.key}`,
        where: where(total),
        total: { table, row: total, column: column.key },
        totalLabel: `${total.item ?? '合计'}（${column.key}）`,
        parts: top.map((row) => ({ table, row, column: column.key })),
        partsLabel: `Σ 各类（${top.map((row) => row.code).join('、')}）`,
        copy: false,
        incomplete: unreadable ? `科目编码无法读出（第 ${unreadable.line} 行“${unreadable.codeDamaged}”）` : null,
      })
    }
  }
  return identities
}

const numbered = /^(?:[一二三四五六七八九十廿]{1,3}|\d{1,2})[、.．]/

/** Summary tables: 收入总计 = 支出总计; 本年合计 = Σ numbered items; 总计 = 本年合计 + the rows between. */
function summaryIdentities(table: Table): Identity[] {
  const income = table.rows.filter((row) => row.side === '收入')
  const expenditure = table.rows.filter((row) => row.side === '支出')
  if (income.length === 0 || expenditure.length === 0) return []
  const identities: Identity[] = []
  const incomeColumn = totalColumn(table, '收入')
  const expenditureColumn = totalColumn(table, '支出')
  const incomeTotal = income[grandIndex(income)] ?? null
  const expenditureTotal = expenditure[grandIndex(expenditure)] ?? null
  if (incomeTotal && expenditureTotal && incomeColumn && expenditureColumn)
    identities.push({
      ...copyOf('summary-balance', 'balance', { table, row: incomeTotal, column: incomeColumn.key }, `收入方 ${incomeTotal.item}`, { table, row: expenditureTotal, column: expenditureColumn.key }, `支出方 ${expenditureTotal.item}`),
      where: '「总计」行',
    })
  for (const [rows, column] of [
    [income, incomeColumn],
    [expenditure, expenditureColumn],
  ] as const) {
    if (!column) continue
    const yearTotal = rows.findIndex((row) => row.item !== null && yearTotalLabel.test(row.item))
    if (yearTotal === -1) continue
    const year = rows[yearTotal]!
    // The items at the top level of numbering ("一、", not the "1." under them), in each group of the side
    // (支出 by 功能分类 and by 用途 each add up to the same total).
    const numberedRows = rows.slice(0, yearTotal).filter((row) => row.item !== null && numbered.test(row.item))
    const top = numberedRows.some((row) => /^[一二三四五六七八九十廿]/.test(row.item!)) ? numberedRows.filter((row) => /^[一二三四五六七八九十廿]/.test(row.item!)) : numberedRows
    for (const group of new Set(top.map((row) => row.group))) {
      const items = top.filter((row) => row.group === group)
      identities.push({
        rule: 'summary-side',
        table,
        key: `${year.item}${group ? `|${group}` : ''}`,
        where: where(year),
        total: { table, row: year, column: column.key },
        totalLabel: year.item!,
        parts: items.map((row) => ({ table, row, column: column.key })),
        partsLabel: `Σ ${group ?? '各项'}（${items.length} 行）`,
        copy: false,
        incomplete: null,
      })
    }
    const grand = grandIndex(rows)
    if (grand > yearTotal) {
      const between = topLevelRows(rows.slice(yearTotal + 1, grand), column.key)
      identities.push({
        rule: 'summary-total',
        table,
        key: `${rows[grand]!.item}|${rows[grand]!.side}`,
        where: where(rows[grand]!),
        total: { table, row: rows[grand]!, column: column.key },
        totalLabel: rows[grand]!.item!,
        parts: [year, ...between].map((row) => ({ table, row, column: column.key })),
        partsLabel: [year, ...between].map(rowLabel).join(' + '),
        copy: false,
        incomplete: null,
      })
    }
  }
  return identities
}

/** "本年收入合计", "当年支出小计". */
const yearTotalLabel = /^(?:本年|当年).*(?:合计|小计)$/

/** The side's grand total: its 总计 row, or else its last 合计 row after the year total ("收入合计"). */
function grandIndex(rows: readonly TableRow[]): number {
  const total = rows.findIndex((row) => row.item !== null && /总计$/.test(row.item))
  if (total !== -1) return total
  const year = rows.findIndex((row) => row.item !== null && yearTotalLabel.test(row.item))
  if (year === -1) return -1
  const later = rows.findLastIndex((row, index) => index > year && row.item !== null && /合计$/.test(row.item))
  return later
}

/**
 * The rows between 本年合计 and 总计 without the breakdowns printed under
 * them: a row followed by rows that add up to it keeps only itself.
 */
function topLevelRows(rows: readonly TableRow[], column: string): TableRow[] {
  const value = (row: TableRow) => {
    const state = cellState(row, column)
    return state.kind === 'value' ? Number(state.value) : state.kind === 'blank' ? 0 : Number.NaN
  }
  const kept: TableRow[] = []
  for (let index = 0; index < rows.length; index++) {
    kept.push(rows[index]!)
    let running = 0
    // Breakdowns are a few rows: look no further than a dozen.
    for (let next = index + 1; next < Math.min(rows.length, index + 13); next++) {
      running += value(rows[next]!)
      // Money compared to the cent: both sides are printed amounts of at most a few decimals.
      if (next > index + 1 && Math.abs(running - value(rows[index]!)) < 1e-6 && value(rows[index]!) !== 0) {
        index = next
        break
      }
    }
  }
  return kept
}

/** The summary's 本年收入/支出合计 = the 合计 row of the income/expenditure table. */
function summaryVsTables(tables: readonly Table[]): Identity[] {
  const identities: Identity[] = []
  for (const pair of summaryTotals) {
    const summary = tableById(tables, pair.summary)
    const other = tableById(tables, pair.table)
    if (!summary || !other) continue
    const row = summary.rows.find((candidate) => candidate.side === pair.side && candidate.item !== null && yearTotalLabel.test(candidate.item))
    const column = pair.column
      ? (amountColumns(summary).find((candidate) => candidate.side === pair.side && pair.column!.test(candidate.key)) ?? null)
      : totalColumn(summary, pair.side)
    const otherTotal = totalRow(other.rows)
    const otherColumn = totalColumn(other)
    if (!row || !column || !otherTotal || !otherColumn) continue
    identities.push(
      copyOf(
        'summary-vs-table',
        `${pair.side}|${other.id}`,
        { table: summary, row, column: column.key },
        `${tableName(summary)} ${row.item}`,
        { table: other, row: otherTotal, column: otherColumn.key },
        `${tableName(other)} ${otherTotal.item}`,
      ),
    )
  }
  return identities
}

/** Each 类 on the summary's 支出 side = the same 类 in the expenditure table. */
function summaryCategoryRows(tables: readonly Table[]): Identity[] {
  const identities: Identity[] = []
  for (const pair of summaryCategories) {
    const summary = tableById(tables, pair.summary)
    const other = tableById(tables, pair.table)
    if (!summary || !other) continue
    const summaryColumn = pair.column
      ? amountColumns(summary).find((column) => column.side === '支出' && pair.column!.test(column.key))
      : totalColumn(summary, '支出')
    const otherColumn = totalColumn(other)
    if (!summaryColumn || !otherColumn) continue
    const categories = new Map<string, TableRow>()
    for (const row of other.rows) if (row.code?.length === 3 && row.item) categories.set(bareName(row.item), row)
    for (const row of summary.rows) {
      if (row.side !== '支出' || row.item === null || !numbered.test(row.item)) continue
      const match = categories.get(bareName(row.item))
      if (!match) continue
      identities.push(
        copyOf(
          'summary-category',
          `${bareName(row.item)}|${other.id}`,
          { table: summary, row, column: summaryColumn.key },
          `${tableName(summary)} ${row.item}`,
          { table: other, row: match, column: otherColumn.key },
          `${tableName(other)} ${match.code} ${match.item}`,
        ),
      )
    }
  }
  return identities
}

/**
 * Each column of a table's 合计 row = the rows of another table's side that state it (grammar `columnTotals`):
 * the 收入决算表's 事业收入 is the 收入支出决算总表's "五、事业收入", its 财政拨款收入 the sum of the three
 * "…财政拨款收入" rows.
 */
function statedColumns(tables: readonly Table[]): Identity[] {
  const identities: Identity[] = []
  for (const grammar of tableGrammars) {
    if (!grammar.columnTotals) continue
    const { table: sourceId, side } = grammar.columnTotals
    const table = tableById(tables, grammar.id)
    const source = tableById(tables, sourceId)
    const total = table ? totalRow(table.rows) : null
    const sourceColumn = source ? totalColumn(source, side) : null
    if (!table || !source || !total || !sourceColumn) continue
    const sourceAmounts = new Set(amountColumns(source).filter((column) => column.side === side).map((column) => column.key))
    for (const column of amountColumns(table)) {
      const label = column.path.at(-1)!
      if (isTotalLabel(label)) continue
      const rows = rowsStating(label, source, side)
      if (rows.length === 0) continue
      // A row of a side group of its own (支出用途 beside 功能分类) prints its amount in its group's column.
      const parts = rows.map((row) => ({ table: source, row, column: row.cells.some((cell) => cell.column === sourceColumn.key) ? sourceColumn.key : (ownColumn(row, sourceAmounts) ?? sourceColumn.key) }))
      identities.push({
        rule: 'summary-columns',
        table,
        key: `${column.key}|${source.id}`,
        where: where(total),
        total: { table, row: total, column: column.key },
        totalLabel: `${tableName(table)} ${column.key}`,
        parts,
        partsLabel: `${tableName(source)} ${rows.map((row) => row.item).join(' + ')}`,
        copy: rows.length === 1,
        incomplete: null,
      })
    }
  }
  return identities
}

/** The one amount column a row prints in, or null. */
function ownColumn(row: TableRow, amounts: ReadonlySet<string>): string | null {
  const columns = row.cells.filter((cell) => amounts.has(cell.column)).map((cell) => cell.column)
  return columns.length === 1 ? columns[0]! : null
}

/**
 * A subset table (一般公共预算) whose grand total equals its whole table's
 * (all funds) holds the same money: every 科目 row and column must be equal.
 */
function sameRows(tables: readonly Table[]): Identity[] {
  const identities: Identity[] = []
  for (const pair of subsetTables) {
    const whole = tableById(tables, pair.whole)
    const part = tableById(tables, pair.part)
    if (!whole || !part || !totalsEqual(whole, part)) continue
    const wholeRows = new Map<string, TableRow>()
    for (const row of whole.rows) if (row.code !== null) wholeRows.set(row.code, row)
    const wholeTotal = totalRow(whole.rows)
    const partTotal = totalRow(part.rows)
    const columnPairs = amountColumns(part).flatMap((column) => {
      const concept = columnConcept(column)
      const match = amountColumns(whole).find((candidate) => columnConcept(candidate) === concept)
      return match ? [[match, column] as const] : []
    })
    for (const row of part.rows) {
      const other = row.code !== null ? wholeRows.get(row.code) : row === partTotal ? wholeTotal : undefined
      if (!other) continue
      for (const [wholeColumn, partColumn] of columnPairs)
        identities.push(
          copyOf(
            'same-row',
            `${row.code ?? row.item}|${columnConcept(partColumn)}|${whole.id}`,
            { table: part, row, column: partColumn.key },
            `${tableName(part)} ${partColumn.key}`,
            { table: whole, row: other, column: wholeColumn.key },
            `${tableName(whole)} ${wholeColumn.key}`,
          ),
        )
    }
  }
  return identities
}

/** Whether two tables' 合计 rows give the same grand total (both read, both equal). */
function totalsEqual(a: Table, b: Table): boolean {
  const totalA = totalRow(a.rows)
  const totalB = totalRow(b.rows)
  const columnA = totalColumn(a)
  const columnB = totalColumn(b)
  if (!totalA || !totalB || !columnA || !columnB) return false
  const stateA = cellState(totalA, columnA.key)
  const stateB = cellState(totalB, columnB.key)
  return stateA.kind === 'value' && stateB.kind === 'value' && Number(stateA.value) === Number(stateB.value)
}

/**
 * 一般公共预算 基本支出 = the 基本支出 detail table: 人员经费 and 公用经费 column
 * by column when the expenditure table has them, else their sum against its
 * 基本支出 column.
 */
function basicDetailRows(tables: readonly Table[]): Identity[] {
  const identities: Identity[] = []
  for (const pair of basicDetail) {
    const expenditure = tableById(tables, pair.expenditure)
    const detail = tableById(tables, pair.detail)
    const total = expenditure ? totalRow(expenditure.rows) : null
    if (!expenditure || !detail || !total) continue
    const concepts = ['人员经费', '公用经费'] as const
    const targets = concepts.map((concept) => detailTotal(detail, concept))
    if (targets.some((target) => target === null)) continue
    const columnOf = (concept: string) => amountColumns(expenditure).find((candidate) => columnConcept(candidate) === concept)
    const base = { table: detail, incomplete: null }
    if (concepts.every((concept) => columnOf(concept))) {
      concepts.forEach((concept, index) =>
        identities.push({
          ...base,
          rule: 'basic-detail',
          key: `${concept}|${expenditure.id}`,
          where: where(targets[index]!.row),
          total: targets[index]!,
          totalLabel: `${tableName(detail)} ${concept}`,
          parts: [{ table: expenditure, row: total, column: columnOf(concept)!.key }],
          partsLabel: `${tableName(expenditure)} 合计行 ${columnOf(concept)!.key}`,
          copy: true,
        }),
      )
      continue
    }
    const basic = columnOf('基本支出')
    if (!basic) continue
    identities.push({
      ...base,
      rule: 'basic-detail',
      key: `基本支出|${expenditure.id}`,
      where: where(total),
      total: { table: expenditure, row: total, column: basic.key },
      totalLabel: `${tableName(expenditure)} 合计行 ${basic.key}`,
      parts: targets as CellRef[],
      partsLabel: `${tableName(detail)} 人员经费 + 公用经费`,
      copy: false,
    })
  }
  return identities
}

/** The detail table's 人员经费 (公用经费) total: a group total row ("人员经费合计") or a column of its 合计 row. */
function detailTotal(detail: Table, concept: string): CellRef | null {
  const groupTotal = detail.rows.find((row) => row.code === null && row.item === `${concept}合计`)
  if (groupTotal) {
    const column = amountColumns(detail).find((candidate) => candidate.group === concept) ?? totalColumn(detail)
    return column ? { table: detail, row: groupTotal, column: column.key } : null
  }
  const column = amountColumns(detail).find((candidate) => columnConcept(candidate) === concept)
  const total = totalRow(detail.rows)
  return column && total ? { table: detail, row: total, column: column.key } : null
}
