/**
 * Read one table region into the JSON table: facts (number, unit, status),
 * notes, and — for the layouts the library can rebuild — columns, rows and
 * cells with their source positions.
 */
import type { Table } from '../../schemas/table.js'
import type { Diagnostic } from '../../schemas/report.js'
import { otherTableId } from '../grammars/compile.js'
import { titleKey } from '../grammars/title-key.js'
import { originalColumn } from '../ingest/column-map.js'
import type { SourceLine } from '../ingest/normalize.js'
import type { LineInfo } from '../structure/classify-lines.js'
import type { TableRegion } from '../structure/find-tables.js'
import { patterns } from '../tree/patterns.js'
import type { Grid } from './grid.js'
import { markCutCells } from './mark-damage.js'
import { splitLabelCodes } from './split-label-codes.js'
import { misplacedAmount } from './column-evidence.js'
import { markPercentColumns, rowsAfterGrandTotal } from './grid-finish.js'
import { reconstructCategories } from './reconstruct-categories.js'
import { reconstructRowTemplate } from './reconstruct-row-template.js'
import { columnByColumn, reconstructCells } from './reconstruct-cells.js'
import { reconstructColumnCells } from './reconstruct-column-cells.js'
import { reconstructColumns, type StatedTotals } from './reconstruct-columns.js'
import { statedColumnTotals, statedFigure } from './column-totals.js'
import type { Figure } from '../../schemas/figures.js'
import type { FigureKey } from '../../grammars/figures.js'
import { reconstructGroups } from './reconstruct-groups.js'
import { reconstructRowTree } from './reconstruct-row-tree.js'
import { reconstructSidesCells } from './reconstruct-sides-cells.js'
import { reconstructSidesSequence } from './reconstruct-sides-sequence.js'
import { reconstructSingleRow } from './reconstruct-single-row.js'
import { reconstructSingleRowCells } from './reconstruct-single-row-cells.js'
import { reconstructStackedSides } from './reconstruct-stacked-sides.js'
import { reconstructTabs } from './reconstruct-tabs.js'
import { templateFragment } from './header-by-template.js'
import { brokenIdentity, reconstructTemplateRow, reconstructTemplateRowAligned, misreadsTemplate } from './reconstruct-template-row.js'
import { readTableFacts } from './table-facts.js'

const noteLine = /^(?:注|说明|备注)\s*\d?\s*[:：]/
/** The next numbered point of a note: a number and a sentence, no amounts. */
const noteGoesOn = /^\d{1,2}[.．、]\s*[\u4e00-\u9fff].*[。；;]$/
/** What the rest of the document says that reading a table may need. */
export interface ReadContext {
  /** The document's department, which a header may print among its cells. */
  department?: string | null
  /** The tables read before it, which may state its columns' totals. */
  earlier?: readonly Table[]
  /** The headline figures its narrative states, which may tell a one-row table's blank columns. */
  figures?: Partial<Record<FigureKey, Figure>>
}

/** Lines with at least this many tab-separated rows make a tab layout. */
const tabRowsMin = 2
/** Lines aligned by spaces that make a table worth trying as space-aligned when single cells outnumber them. */
const alignedRowsMin = 3

/**
 * @param region where the table stands
 * @param lines normalized lines
 * @param info their classification
 * @param documentUnit the document's money unit, used when the table prints none
 * @param context what the rest of the document says that a table may need
 * @returns the table and what could not be read
 */
export function readTable(region: TableRegion, lines: readonly SourceLine[], info: readonly LineInfo[], documentUnit: string | null, context: ReadContext = {}): { table: Table; diagnostics: Diagnostic[] } {
  const { department = null, earlier = [], figures = {} } = context
  const facts = readTableFacts(region, lines, info)
  const grammar = region.match.table
  const totalsFrom = grammar.columnTotals
  const totalsTable = totalsFrom ? earlier.find((table) => table.id === totalsFrom.table) : undefined
  const statedTotals: StatedTotals | undefined = totalsFrom && totalsTable ? { source: totalsTable.title, of: (labels) => statedColumnTotals(labels, totalsTable, totalsFrom.side) } : undefined
  const columnFigures = grammar.columnFigures
  const statedValue = columnFigures ? (key: string) => statedFigure(key, columnFigures, figures, facts.unit ?? documentUnit) : undefined
  const titles = new Set([...region.titleLines, ...(region.continued ?? [])])
  const notes: Table['notes'] = []
  const tabRows: number[] = []
  const contentRows: number[] = []
  let layoutRows = 0
  let singleCells = 0
  // A note goes on over the numbered lines of text after it ("注：1. …", "2. …").
  let inNote = false
  for (let index = region.start; index <= region.end; index++) {
    const line = lines[index]!
    if (titles.has(index) || line.blank || line.furniture) continue
    const text = info[index]!.trimmed
    if (noteLine.test(text) || (inNote && noteGoesOn.test(text) && !line.text.includes('\t') && !info[index]!.tabular)) {
      notes.push({ text, line: line.line })
      inNote = true
      continue
    }
    inNote = false
    if (isLabelLine(text, facts.statement)) continue
    contentRows.push(index)
    if (line.text.includes('\t')) tabRows.push(index)
    else if (info[index]!.tabular) layoutRows++
    else if (!patterns.unitLine.test(text)) singleCells++
  }

  const unit = facts.unit ?? documentUnit
  const diagnostics: Diagnostic[] = []
  const notRead = (what: string, reason: string, index: number): Diagnostic => ({
    code: 'table-not-reconstructed',
    severity: 'warning',
    message: `${grammar.title}: ${what} not read (${reason}); its cells are left out rather than guessed`,
    line: lines[index]!.line,
    endLine: lines[region.end]!.line,
  })
  // Nothing of a two-sided summary follows its 总计 line: rows after it belong to a table whose title was
  // not recognised, and are left out rather than read as this table's.
  const endAtGrandTotal = (read: Grid): Grid => {
    const after = rowsAfterGrandTotal(read)
    if (after === null) return read
    diagnostics.push({
      code: 'table-rows-after-total',
      severity: 'warning',
      message: `${grammar.title}: the rows after its line of 收入 and 支出 总计 are not this table's (another table whose title was not recognised?); left out`,
      line: lines[after.first]!.line,
      endLine: lines[region.end]!.line,
    })
    const kept: Grid = { ...read, rows: read.rows.slice(0, after.kept), problems: read.problems.filter((problem) => problem.index < after.first) }
    // Which values are cut depends on the table's other values: judge again without the rows left out.
    markCutCells(kept)
    return kept
  }
  let layout: Table['layout'] = null
  let grid: Grid | null = null
  if (facts.status === 'data') {
    if (grammar.shape === 'form') layout = 'form'
    else if (tabRows.length >= tabRowsMin) layout = 'tabs'
    else if (layoutRows >= singleCells) layout = 'columns'
    else layout = 'cells'
  }
  if (layout === 'tabs') {
    grid = endAtGrandTotal(reconstructTabs(tabRows, lines, grammar))
    for (const problem of grid.problems) {
      diagnostics.push({ code: 'table-row-unreadable', severity: 'warning', message: `${grammar.title}: ${problem.message}`, line: lines[problem.index]!.line, endLine: lines[problem.index]!.line })
    }
    const damaged = grid.rows.flatMap((row) => row.cells.filter((cell) => cell.damaged !== null))
    const codes = grid.rows.filter((row) => row.codeDamaged !== null)
    if (damaged.length + codes.length > 0) {
      diagnostics.push({
        code: 'table-cells-damaged',
        severity: 'warning',
        message: `${grammar.title}: ${damaged.length} amounts and ${codes.length} codes cannot be read whole (cut or malformed in the text); their values are null`,
        line: lines[region.start]!.line,
        endLine: lines[region.end]!.line,
      })
    }
  }
  // A one-row reading that makes a header the grammar knows into other labels or groups is no reading.
  const knownGrouping = (single: ReturnType<typeof reconstructSingleRow>): ReturnType<typeof reconstructSingleRow> =>
    single?.ok && grammar.headerTemplates && misreadsTemplate(single.grid.columns.map((column) => column.key), grammar.headerTemplates)
      ? { ok: false, reason: 'its header, placed by position, makes other labels or groups of the header the grammar knows', index: single.grid.rows[0]!.index }
      : single
  // Row labels in two columns: a category beside the items its 小计 opens; or, the labels scattered round the
  // amounts, placed by the rows the grammar knows (a refusal of the rows it knows is kept as the reason).
  const byCategories = () => {
    const categories = reconstructCategories(contentRows, lines)
    if (categories?.ok) return categories
    return grammar.rowTemplates ? reconstructRowTemplate(contentRows, lines, grammar.rowTemplates) : null
  }
  // Rows nested by the text columns they fill (政府采购预算表), when the grammar knows the levels.
  const tree = (layout === 'columns' || (layout === 'cells' && layoutRows >= alignedRowsMin)) && grammar.rowTree ? reconstructRowTree(contentRows, lines, grammar.rowTree) : null
  if (tree?.ok) {
    grid = tree.grid
    layout = 'columns'
  } else if (tree) {
    // The tree's template (its header names every level) whose rows do not add up: no other reader gets it,
    // since rows read flat would join the texts wrapped around their amounts to the wrong rows.
    diagnostics.push(notRead('rows nested by their text columns', tree.reason, tree.index))
  } else if (layout === 'columns') {
    // A summary with three or more label groups a line (收入 | 支出 by 功能分类 | 支出 by 用途) first.
    // One row of amounts under a header (no label column) next; then rows with labels.
    const single = knownGrouping(reconstructSingleRow(contentRows, lines))
    let read = reconstructGroups(contentRows, lines) ?? (single?.ok ? single : null) ?? reconstructColumns(contentRows, lines, grammar, statedTotals)
    // 经济分类 groups side by side with their rows spread over several lines.
    const stacked = !read.ok && grammar.codes === 'economic' ? reconstructStackedSides(contentRows, lines) : null
    if (stacked) read = stacked
    const categories = read.ok ? null : byCategories()
    if (categories) read = categories
    // A summary of one amount column a side, its positions moved page by page: read by order, kept when its sums hold.
    const sequence = !read.ok && grammar.twoSided ? reconstructSidesSequence(contentRows, lines) : null
    if (sequence?.ok) read = sequence
    // One row under a header the grammar knows whole, where the header's words could not be placed.
    const templated = !read.ok && single && !single.ok && grammar.headerTemplates ? reconstructTemplateRowAligned(contentRows, lines, grammar.headerTemplates, grammar.headerOver ?? [], statedValue) : null
    if (templated?.ok) read = templated
    if (read.ok) grid = read.grid
    else if (single && !single.ok) diagnostics.push(notRead('one row of amounts', single.reason, single.index))
    else diagnostics.push(notRead('space-aligned rows', read.reason, read.index))
  }
  if (layout === 'cells' && grammar.rowTree && !tree) {
    // One cell a line, nothing tells which text column a cell stands in, nor which row a name belongs to.
    diagnostics.push(notRead('rows nested by their text columns, printed one cell per line', 'no positions tell their columns and levels apart', contentRows[0] ?? region.start))
  } else if (layout === 'cells' && !tree) {
    // A header of many short lines over one row of amounts counts as lines of single cells.
    const single = knownGrouping(reconstructSingleRow(contentRows, lines))
    // The same one row, the header's positions lost: read when the grammar knows the column names.
    const named = !single?.ok && grammar.rowColumns ? reconstructSingleRowCells(contentRows, lines, grammar.rowColumns, department) : null
    // A reader that knew the table's shape but found it ambiguous says why, rather than the readers after it.
    let refusal: Diagnostic | null = named && !named.ok ? notRead('one row of amounts printed one cell per line', named.reason, named.index) : null
    // Or under a header of several levels the grammar knows whole, its words out of order.
    const templated = !single?.ok && !named?.ok && grammar.headerTemplates ? reconstructTemplateRow(contentRows, lines, grammar.headerTemplates, department, grammar.headerOver ?? [], statedValue) : null
    if (templated && !templated.ok) refusal = notRead('one row of amounts under a known header, printed one cell per line', templated.reason, templated.index)
    let read = single?.ok ? single : named?.ok ? named : templated?.ok ? templated : reconstructCells(contentRows, lines, grammar)
    // Cells column by column: read only where the 科目 and row identities prove every place.
    if (!read.ok && read.reason === columnByColumn && grammar.codes !== 'economic') {
      const columnCells = reconstructColumnCells(contentRows, lines)
      read = columnCells.ok ? columnCells : { ...columnCells, reason: `${columnByColumn}: ${columnCells.reason}` }
    }
    // A two-sided summary without codes, its sides interleaved in reading order.
    const sides = read.ok ? null : reconstructSidesCells(contentRows, lines)
    if (sides?.ok) read = sides
    // Space-aligned rows among many lines of one label each (a summary's long list of 类 with no amounts).
    let aligned = !read.ok && layoutRows >= alignedRowsMin ? (reconstructGroups(contentRows, lines) ?? reconstructColumns(contentRows, lines, grammar, statedTotals)) : null
    if (aligned && !aligned.ok) aligned = byCategories() ?? aligned
    if (aligned && !aligned.ok && grammar.twoSided) {
      const sequence = reconstructSidesSequence(contentRows, lines)
      if (sequence?.ok) aligned = sequence
    }
    if (aligned?.ok) {
      grid = aligned.grid
      layout = 'columns'
    } else if (read.ok) grid = read.grid
    else if (refusal) diagnostics.push(refusal)
    else if (aligned && !aligned.ok) diagnostics.push(notRead('space-aligned rows among lines of one cell', aligned.reason, aligned.index))
    else if (sides && !sides.ok) diagnostics.push(notRead('a two-sided summary printed one cell per line', sides.reason, sides.index))
    else diagnostics.push(notRead('rows printed one cell per line', read.reason, read.index))
  }
  if (grid !== null && layout === 'columns') grid = endAtGrandTotal(grid)
  if (grid !== null) {
    splitLabelCodes(grid, grammar.codes)
    markPercentColumns(grid)
  }
  // Amounts placed by position or order: a parent blank over a child's amount shows one in the wrong column,
  // and a one-row table's header promises sums (in each period of a 预算数 | 决算数 table) that its row must keep.
  const misplaced = grid !== null && layout !== 'tabs' ? misplacedAmount(grid) : null
  // A column of a template the grammar knows named by a piece of one of its labels: the header was cut and
  // joined otherwise than printed, and the names beside it may be a column off.
  const fragment =
    grid !== null && layout !== 'tabs' && grammar.columnTemplates
      ? templateFragment(grid.columns.filter((column) => column.role === 'amount').map((column) => column.path.at(-1) ?? ''), grammar.columnTemplates)
      : null
  const row = grid !== null && layout !== 'tabs' && grid.rows.length === 1 && grid.rows[0]!.cells.every((cell) => cell.damaged === null) ? grid.rows[0]! : null
  const broken = row ? brokenIdentity(grid!.columns.filter((column) => column.role === 'amount').map((column) => column.key), row.cells.map((cell) => cell.value)) : null
  if (misplaced) {
    diagnostics.push(notRead('rows', `the sums under ${misplaced.parent} show an amount under "${misplaced.column}" in the wrong column`, misplaced.index))
    grid = null
  } else if (fragment !== null) {
    diagnostics.push(notRead('rows', `a column is named "${fragment}", a piece of a label the grammar knows: its header was joined otherwise than printed`, grid!.rows[0]?.index ?? region.start))
    grid = null
  } else if (broken !== null) {
    diagnostics.push(notRead('one row of amounts', `"${broken}" is not the sum its header makes it: amounts misplaced`, row!.index))
    grid = null
  }
  for (const evidence of grid?.decidedBy ?? []) {
    diagnostics.push({ code: 'table-read-by-statements', severity: 'info', message: `${grammar.title}: where its amounts stand was told by ${evidence}`, line: lines[region.start]!.line, endLine: lines[region.end]!.line })
  }
  if (grid !== null && layout !== 'tabs') {
    const damaged = grid.rows.flatMap((row) => row.cells.filter((cell) => cell.damaged !== null)).length + grid.rows.filter((row) => row.codeDamaged !== null).length
    if (damaged > 0) {
      diagnostics.push({ code: 'table-cells-damaged', severity: 'warning', message: `${grammar.title}: ${damaged} amounts or codes cannot be read whole; their values are null`, line: lines[region.start]!.line, endLine: lines[region.end]!.line })
    }
  }

  const table: Table = {
    id: grammar.id,
    title: grammar.id === otherTableId ? withoutDepartment(grammar.title, department) : grammar.title,
    printedTitle: region.titleLines.map((index) => info[index]!.trimmed).join(''),
    qualifier: region.match.qualifier,
    number: facts.number,
    status: facts.status,
    statement: facts.statement,
    unit,
    line: lines[region.start]!.line,
    endLine: lines[region.end]!.line,
    layout,
    reconstructed: grid !== null,
    columns: grid ? grid.columns.map(({ key, path, role, side, group }) => ({ key, path, role, side, group })) : [],
    rows: grid
      ? grid.rows.map((row) => ({
          line: lines[row.index]!.line,
          side: row.side,
          group: row.group,
          rowNumber: row.rowNumber,
          code: row.code,
          codeDamaged: row.codeDamaged,
          parentCode: row.parentCode,
          item: row.item,
          itemDamaged: null,
          repair: null,
          attributes: row.attributes,
          cells: row.cells.map((cell) => ({
            column: cell.column,
            value: cell.value,
            printed: cell.printed,
            damaged: cell.damaged,
            unit: cell.unit ?? unit,
            line: lines[cell.index]!.line,
            sourceColumn: originalColumn(lines[cell.index]!.map, cell.start),
            repair: null,
          })),
        }))
      : [],
    notes,
  }
  return { table, diagnostics }
}

/** "公开01表", "单位：万元", "部门：…" and the empty-table statement: not rows. */
function isLabelLine(text: string, statement: string | null): boolean {
  if (text === statement) return true
  if (patterns.unitLine.test(text) || /^(?:金额|资金)?单位\s*[:：]/.test(text)) return true
  if (/^公开\s*\d{1,2}\s*表$/.test(text) || /^表\s*\d{1,2}(?:-\d{1,2})?$/.test(text)) return true
  // "续表", "（续）", "公开03表（续）": the mark of a table continued on a new page.
  if (/^(?:公开\s*\d{1,2}\s*表|表\s*\d{1,2}(?:-\d{1,2})?)?\s*[（(]?续表?[)）]?$/.test(text)) return true
  return /^(?:部门|预算单位|填报单位|编制单位)\s*[:：]/.test(text) && !/\d\.\d/.test(text)
}

/** The title of a table the grammar does not know, without the department and year printed before it. */
function withoutDepartment(title: string, department: string | null): string {
  const key = department === null ? '' : titleKey(department)
  if (key.length === 0 || !title.startsWith(key) || title.length - key.length < 4) return title
  return title.slice(key.length).replace(/^\d{4}年度?/, '')
}
