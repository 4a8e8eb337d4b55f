/**
 * Rebuild a table laid out by `pdftotext -layout`: columns are found from the
 * right edges of the amounts (numbers are right-aligned), header fragments are
 * put over the column they stand above, codes printed in 类 / 款 / 项 columns
 * are joined, and names wrapped onto the next line are joined back.
 *
 * Conservative on purpose: a table whose amounts stand apart from their row
 * label (the converter moved them a line up or down), or whose numbers do not
 * line up, is not read — the caller reports it — rather than read wrong.
 */
import Decimal from 'decimal.js'
import type { TableGrammar } from '../../grammars/types.js'
import type { SourceLine } from '../ingest/normalize.js'
import type { Grid, GridCell, GridColumn, GridRow } from './grid.js'
import { namesInAnyEdition, plainName } from '../checks/dictionary.js'
import { completeLabel, layoutTokens, repeatsHeader, spaceWords, type LayoutToken } from './layout-tokens.js'
import { markCutCells, markRepeatedCodes } from './mark-damage.js'
import { parseAmount } from './parse-amount.js'
import { placeDrifting, type DriftingRow } from './place-drifting.js'
import { headerByOrder, headerPieces, stackedLabels } from './header-by-order.js'
import { nameByTemplate } from './header-by-template.js'
import { placeByStatedTotals } from './column-totals.js'
import { clusterAt, fullestLine, keepsRowsWhole, regroupClusters, showsTotalFirst } from './regroup-columns.js'
import { addsUp, holdsTogether, rowValues, totalFirst } from './row-total.js'
import { parentCode, readCode } from './read-code.js'
import { joinLabel } from './split-cells.js'
import { chineseNumber } from './item-number.js'

export type ColumnsResult = { ok: true; grid: Grid } | { ok: false; reason: string; index: number }

interface LineTokens {
  index: number
  code: { text: string; start: number } | null
  labels: LayoutToken[]
  amounts: LayoutToken[]
  /** Every token of the line, in order. */
  tokens: LayoutToken[]
}

/** A label that starts a row: numbered ("二、", "（三）", "2.") or a total. */
const rowLabel = /^(?:[一二三四五六七八九十廿]{1,3}、|[（(][一二三四五六七八九十廿]{1,3}[）)]|\d{1,2}[.．、](?!\d)|(?:本年)?(?:收入|支出)?(?:合计|总计|小计)$)/

/** A column name that says it is a total. */
const totalName = /合计|小计|总计/

/** The header of a column that numbers the rows or the columns. */
const numberingLabel = /^(?:行次|栏次)$/
/** Headers of the row-label columns, left of the amounts. */
const rowLabelHeader = /(?:编码|代码|名称|^项目$|^科目$)$/
/** Header words that name no amount column: the row labels', the code parts', a 部门/单位 line's. */
const notColumnWord = /(?:编码|代码|名称|^项目$|^科目$|^[类款项]$|[:：])/

/** A header label that reads whole: it ends as a column's name does (合计, 收入, 支出, 经费 …). */
const completeHeader = /^\S{2,}(?:合计|小计|总计|收入|支出|经费|费|数)$/

/** How far (in characters) right edges of one column may wander. */
const edgeSlack = 2
/** How far apart two lines of one column's header label may stand and still be one above the other. */
const stackSlack = 2
/** A label that ends as a total does: never the first line of a wrapped one. */
const wholeTotal = /(?:合计|总计)$/
/** How far (in characters) a column may move on a later page and still be the same column. */
const pageShiftMax = 6
/** How far (in characters) a word of a header line set wider or narrower may stand from where the factor puts it. */
const scaleSlack = 3
/** How far a header fragment may stand outside its column. */
const headerSlack = 3

/** Where the document states its columns' totals elsewhere, and the totals it states for columns of these labels (null when none for some). */
export interface StatedTotals {
  source: string
  of: (labels: readonly string[]) => ReadonlyMap<string, Decimal | null> | null
}

/**
 * @param indexes the table's content lines (0-based), titles and notes left out
 * @param lines normalized lines
 * @param table the grammar entry
 * @param statedTotals where the document states the totals of the table's columns elsewhere
 */
export function reconstructColumns(indexes: readonly number[], lines: readonly SourceLine[], table: TableGrammar, statedTotals?: StatedTotals): ColumnsResult {
  // The 栏次 line numbers the columns: it is neither a row nor, by itself, where the amounts stand.
  const allLines = indexes.map((index) => splitLine(index, lines[index]!.text))
  const numbering = allLines.find((line) => isNumberingLine(line) && line.labels.length <= 1)
  const parsed = allLines.filter((line) => !isNumberingLine(line))
  const firstRow = parsed.findIndex((line) => line.amounts.length > 0 || line.code !== null)
  if (firstRow < 0) return { ok: false, reason: 'no row with amounts', index: indexes[0] ?? 0 }
  // The first row printed with its code only, its name centred round it ("一般公共服务支" / "201 …" / "出"):
  // the line right above is its name's first line, not the header's last.
  // So is a numbered label right above it ("一、一般公共预算拨款收" / "6,141.61 一、一般公共服务支出 …" / "入"): no
  // header word is numbered.
  const numberedAbove = firstRow > 0 && parsed[firstRow - 1]!.index === parsed[firstRow]!.index - 1 && parsed[firstRow - 1]!.labels.some((label) => chineseNumber.test(joinLabel(label.text)))
  const firstData = firstRow - (nameRoundFirstRow(parsed, firstRow) || numberedAbove ? 1 : 0)
  const header = parsed.slice(0, firstData)
  // Unit codes (单位编码 410, 410002) have any length and no parent; 科目 codes are 3/5/7 (经济分类 3/5) digits.
  const headerText = header.map((line) => line.tokens.map((token) => joinLabel(token.text)).join(' ')).join(' ')
  const unitCodes = /(?:单位|部门)\S{0,4}(?:编码|代码)/.test(headerText)
  const body = unitCodes ? parsed.slice(firstData).map((line) => splitLine(line.index, lines[line.index]!.text, true)) : parsed.slice(firstData)

  // Amount columns from the right edges of the numbers, on the page the table starts on:
  // a page break can move every column, and later pages must line up with these.
  const breakAt = body.findIndex((line, position) => position > 0 && lines[line.index]!.pageBreak)
  const firstPage = breakAt < 0 ? body : body.slice(0, breakAt)
  // One-sided (no label after an amount): clusters set apart by blocks of rows printed at other positions
  // are grouped into the columns the fullest row shows, where only one grouping keeps each row whole.
  const oneSided = body.every((line) => line.labels.every((label) => !line.amounts[0] || label.start <= line.amounts[0].end))
  const edges = edgeClusters(firstPage)
  const opensWithTotal = oneSided && showsTotalFirst(body.map((line) => line.amounts))
  const regrouped = withBlankColumns((oneSided ? regroupClusters(edges, firstPage.map((line) => line.amounts), fullestLine(body.map((line) => line.amounts)), opensWithTotal) : null) ?? edges, numbering)
  // Where the row-label headers (科目编码, 科目名称 …) end: header words left of it are theirs.
  const labelsEnd = Math.max(0, ...header.flatMap((line) => line.tokens.filter((token) => rowLabelHeader.test(joinLabel(token.text))).map((token) => token.end)))
  const amountsStart = Math.min(...body.flatMap((line) => line.amounts.map((token) => token.start)))
  const labelsFrom = labelsEnd > 0 ? labelsEnd : amountsStart - headerSlack
  const headerTokens = header.map((line) => line.tokens)
  const pieces = headerPieces(headerTokens, labelsFrom, notColumnWord).map((piece) => ({ text: piece.text, at: (piece.start + piece.end) / 2 }))
  // Whether the header's labels (stacked, or a template's) are this many.
  const headerNames = (count: number) =>
    stackedLabels(headerTokens, labelsFrom, notColumnWord)?.length === count || (table.columnTemplates !== undefined && nameByTemplate(pieces, table.columnTemplates, count) !== null)
  // Every row printing every cell (zeros or dashes in the blank ones), each line spaced its own way, as many as
  // the header has labels: the amounts go to the columns in order, whatever their places. Not with a 栏次 line
  // (it shows blank columns), nor when the header names more columns (a blank cell left no trace).
  const fullest = fullestLine(body.map((line) => line.amounts))
  const inOrder = oneSided && !numbering && regrouped.length !== fullest && headerNames(fullest) ? columnsInOrder(body) : null
  const clusters = inOrder?.clusters ?? regrouped
  const widths = clusters.map(() => 0)
  // A later page whose amounts fall into as many columns as the first page's keeps them in that order.
  const laterPages = new Map<LayoutToken, number>(inOrder?.columnOf)
  let pageStart = inOrder ? -1 : breakAt
  while (pageStart > 0) {
    const next = body.findIndex((line, position) => position > pageStart && lines[line.index]!.pageBreak)
    const page = body.slice(pageStart, next < 0 ? undefined : next)
    const pageEdges = edgeClusters(page)
    const pageAmounts = page.map((line) => line.amounts)
    const pageClusters = (oneSided ? regroupClusters(pageEdges, pageAmounts, clusters.length, opensWithTotal) : null) ?? pageEdges
    // The same columns, each moved a few characters at most (not a missing column and a split one), or moved
    // further but keeping every row's total equal to the sum of the rest when read in order.
    const same =
      pageClusters.length === clusters.length &&
      (pageClusters.every((cluster, column) => Math.abs(cluster.right - clusters[column]!.right) <= pageShiftMax) || (opensWithTotal && keepsRowsWhole(pageClusters, pageAmounts, true)))
    if (same)
      for (const line of page) for (const token of line.amounts) laterPages.set(token, clusterAt(pageClusters, token.end))
    pageStart = next
  }
  // The grid column of each cluster: the same, but where the header names blank columns between them.
  let columnAt = clusters.map((_, column) => column)
  const clusterOf = (token: LayoutToken) => laterPages.get(token) ?? clusterAt(clusters, token.end)
  const columnOf = (token: LayoutToken) => {
    const cluster = clusterOf(token)
    return cluster < 0 ? cluster : columnAt[cluster]!
  }
  for (const line of firstPage) for (const token of line.amounts) {
    const column = columnOf(token)
    widths[column] = Math.max(widths[column]!, token.end - token.start)
  }
  // A column no amount stands in (known from the 栏次 line) is as wide as the others, for its header to be found.
  const typicalWidth = Math.max(0, ...widths)
  widths.forEach((width, column) => (widths[column] = width || typicalWidth))

  // Two sides when labels follow amounts on one line (收入 … | 支出 …). A label
  // belongs to the side whose labels start nearest to it: positions drift by a
  // character or two.
  const laterStarts: number[] = []
  const firstStarts: number[] = []
  for (const line of body) {
    const firstAmount = line.amounts[0]
    // Only lines with amounts tell the sides apart; a text-only line may hold either side.
    if (!firstAmount) continue
    for (const label of line.labels) (label.start > firstAmount.end ? laterStarts : firstStarts).push(label.start)
  }
  // The sides split at the widest gap between label starts that leaves the
  // labels printed after amounts on the right. An amount belongs to the side
  // of the label before it on its line.
  let split: number | null = null
  // Where the 支出 labels start: an amount with no label before it on its line is 支出 from there on.
  let expenditureStart = Infinity
  if (laterStarts.length > 0) {
    const starts = [...new Set([...firstStarts, ...laterStarts])].sort((a, b) => a - b)
    const rightmost = Math.min(...laterStarts)
    expenditureStart = rightmost
    let gap = 0
    for (let position = 1; position < starts.length; position++) {
      const [a, b] = [starts[position - 1]!, starts[position]!]
      if (b <= rightmost && b - a > gap) {
        gap = b - a
        split = (a + b) / 2
      }
    }
  }
  const sideOfLabel = (start: number) => (split === null ? null : start < split ? ('收入' as const) : ('支出' as const))
  const sideOfAmount = (line: LineTokens, token: LayoutToken) => {
    if (split === null) return null
    const before = line.labels.filter((label) => label.end <= token.start).at(-1)
    // With no label before it on its line, its place says the side: right of where the 支出 labels start, 支出.
    // A 收入 label before it but standing right of where the 支出 labels start: the 支出 label is blank there.
    const byPlace = token.start >= expenditureStart - edgeSlack ? ('支出' as const) : ('收入' as const)
    return before && !(sideOfLabel(before.start) === '收入' && byPlace === '支出') ? sideOfLabel(before.start) : byPlace
  }
  // A summary the grammar knows to be two-sided needs no side words ("项目 预算数 项目 预算数").
  if (split !== null && !(headerText.includes('收入') && headerText.includes('支出')) && !table.twoSided) {
    return { ok: false, reason: 'labels stand after amounts in a table without 收入/支出 sides', index: indexes[firstData]! }
  }

  const columnSides: Array<'收入' | '支出' | null | undefined> = clusters.map(() => undefined)
  for (const line of firstPage) for (const token of line.amounts) {
    const column = columnOf(token)
    const side = sideOfAmount(line, token)
    if (columnSides[column] !== undefined && columnSides[column] !== side) return { ok: false, reason: 'a column holds amounts of both sides', index: line.index }
    columnSides[column] = side
  }
  let columns = headerColumns(header, clusters, widths, columnSides.map((side) => side ?? null))
  // What outside the table decided its columns, if anything.
  const decidedBy: string[] = []
  // Whether the header's labels were given to the columns by their order rather than their places.
  let namedByOrder = false
  // One side: named in order where the header's stacking and places allow it and the columns the positions
  // named keep their names (a header word the positions left out may name a blank column).
  if (split === null) {
    const starts = clusters.map(() => Infinity)
    for (const line of body)
      for (const token of line.amounts) {
        const cluster = clusterOf(token)
        if (cluster >= 0) starts[cluster] = Math.min(starts[cluster]!, token.start)
      }
    const byOrder = headerByOrder(header.map((line) => line.tokens), clusters, labelsFrom, notColumnWord, columns, starts, fullest === clusters.length)
    if (byOrder === 'conflict') return { ok: false, reason: 'the header names the columns one way by its words’ places and another by their order', index: indexes[0]! }
    if (byOrder) {
      columns = byOrder.columns
      columnAt = columns.flatMap((_, column) => (byOrder.blanks.includes(column) ? [] : [column]))
      namedByOrder = true
    }
    // A crowded header the grammar knows, its labels cut anywhere: named by the template, in order, over what
    // the positions made of its pieces ("对附属单", "附属单/经营收入位上缴收入") — unless the positions put one
    // of the template's labels, whole, over another column: then which is right is not known.
    if (table.columnTemplates) {
      const named = nameByTemplate(pieces, table.columnTemplates, clusters.length)
      if (named) {
        const contradicts = (columns ?? []).some((column, position) => named.includes(column.key) && named[position] !== column.key)
        if (contradicts) return { ok: false, reason: "the header's labels stand over other columns than its template puts them", index: indexes[0]! }
        columns = named.map((label) => ({ key: label, path: [label], role: 'amount', side: null, group: null }))
        columnAt = clusters.map((_, column) => column)
      }
      // Fewer columns with amounts than the template names: which are blank in every row, the totals the document
      // states elsewhere decide — the 合计 row must print them.
      // So too over positions that made a template's word head two columns or left one unnamed, when the columns
      // they named whole keep their names.
      const doubtful = columns === null || columns.some((column) => column.path.length > 1 || column.key.startsWith('(第'))
      const whole = named === null && doubtful && statedTotals ? nameByTemplate(pieces, table.columnTemplates) : null
      if (whole && whole.length > clusters.length) {
        const totalLines = body.filter((line) => line.code === null && line.labels.length === 1 && /^(?:合计|总计)$/.test(joinLabel(line.labels[0]!.text)) && line.amounts.length > 0)
        const stated = totalLines.length === 1 ? statedTotals!.of(whole) : null
        if (stated) {
          const totalRow: (Decimal | null)[] = clusters.map(() => null)
          for (const token of totalLines[0]!.amounts) {
            const cluster = clusterOf(token)
            const amount = parseAmount(token.text).value
            if (cluster >= 0 && amount !== null) totalRow[cluster] = new Decimal(amount)
          }
          const placement = placeByStatedTotals(whole, totalRow, stated)
          const keeps = (positions: readonly number[]) => (columns ?? []).every((column, cluster) => !whole.includes(column.key) || whole[positions[cluster]!] === column.key)
          if (placement && keeps(placement)) {
            columns = whole.map((label) => ({ key: label, path: [label], role: 'amount', side: null, group: null }))
            columnAt = placement
            decidedBy.push(`the totals the ${statedTotals!.source} states for its columns`)
          }
        }
      }
    }
  }
  if (columns === null) return { ok: false, reason: 'header labels do not line up with the columns', index: indexes[0]! }
  // Amounts read in order are every cell of their rows: no column may be blank.
  if (inOrder && (columnAt.some((column, cluster) => column !== cluster) || columns.length !== clusters.length))
    return { ok: false, reason: 'every row prints as many amounts as the header has labels, but they were named otherwise', index: indexes[0]! }
  // The column that is the sum of the others must have a total's name: labels given in order may count as many
  // as the columns by accident (one lost to the row-label headers, another split in two), and positions may put
  // a name over the wrong numbers (a 合计 row set further right than the rows); every name is then a column off.
  // (With two columns, "the sum of the others" is only their being equal.)
  if (opensWithTotal && (inOrder || namedByOrder || fullest >= 3) && !totalName.test(columns[0]?.key ?? ''))
    return { ok: false, reason: `the first column adds up the others but is named "${columns[0]?.key ?? ''}"`, index: indexes[0]! }
  // Text columns left of the amounts (项目名称 | 项目单位): a row's labels go to the nearest of them.
  const texts = split === null ? textColumns(header, Math.min(...clusters.map((cluster, column) => cluster.left - widths[column]!)) - headerSlack) : []

  // 行次 / 栏次 columns number the rows: never amounts.
  for (const column of columns) if (numberingLabel.test(column.path.at(-1) ?? '')) column.role = 'rowNumber'
  const grid: Grid = { columns, rows: [], problems: [], decidedBy }
  const codeLengths = unitCodes ? null : table.codes === 'economic' ? [3, 5] : [3, 5, 7]
  let previous: { row: GridRow; labelStart: number }[] = []
  // Amounts printed on a line of their own above their row's label (a tall
  // row's cells on other baselines): they join the next row, column by column,
  // and only where the row's own identity then holds.
  let floating: LineTokens[] = []
  // Rows of a one-column side that took an amount printed apart: kept only if the side's totals hold.
  const unverified: GridRow[] = []
  const drifting: DriftingRow[] = []
  const settle = (row: GridRow): string | null => {
    if (floating.length === 0) return null
    const lines = floating
    floating = []
    return mergeFloating(row, lines, columns, columnOf)
  }
  // A table continued on the next page prints its header lines again: they are not rows.
  // A header line of one word ("款") may also end a wrapped name: that one is skipped only at the top of a page.
  const repeatsHeaderLine = repeatsHeader(header)
  let pageTop = false
  // A row printed with its code and no name takes the name lines below it. But when the line just above it
  // went on the name of a row that has its own, the name may stand around the row instead (centred in its
  // cell): that is told apart only when the table shows a code-only row right after a whole row elsewhere.
  const ownName = new Set<GridRow>()
  let last: 'row' | 'tail' | 'other' = 'other'
  let belowShown = false
  let aroundOrBelow: number | null = null
  // The lines that went on a whole row's name just before a code-only row, and the rows they may belong to.
  // The last line each side printed something on: a wrapped label's second line may come after a line of the other side's.
  const sideLine = new Map<'收入' | '支出' | null, number>()
  let tail: Tail | null = null
  const around: Around[] = []
  let lineBefore = -1
  // The first line of a name printed round its code line, above a row printed with its code only.
  let nameAbove: { text: string; start: number; index: number } | null = null
  // The row that took such a first line, and the line it stands on.
  let roundName: { row: GridRow; line: number } | null = null
  for (const [position, line] of body.entries()) {
    const before = lineBefore
    lineBefore = line.index
    if (lines[line.index]!.pageBreak) pageTop = true
    const repeated = line.amounts.length === 0 && line.code === null && grid.rows.length > 0 && repeatsHeaderLine(line.tokens)
    if (repeated && (pageTop || line.tokens.length > 1)) continue
    pageTop &&= line.amounts.length === 0 && line.code === null
    if (line.amounts.length === 0 && line.code === null) {
      // "类 款 项" printed between the header's lines and the first row.
      // Only before the first row: later, a lone "款" is the end of a wrapped name ("…财政拨" / "款").
      if (grid.rows.length === 0 && line.labels.every((label) => /^[类款项]$/.test(joinLabel(label.text)))) continue
      for (const label of line.labels) {
        const side = sideOfLabel(label.start)
        // A numbered or total label opens a row of its own with no amounts.
        if (rowLabel.test(joinLabel(label.text))) {
          const row = blankRow(line.index, side, joinLabel(label.text), columns)
          const refused = split !== null && floating.length > 0 ? 'amounts printed apart from their row label' : settle(row)
          if (refused) return { ok: false, reason: refused, index: line.index }
          grid.rows.push(row)
          previous = [...previous.filter((entry) => entry.row.side !== side), { row, labelStart: label.start }]
          sideLine.set(side, line.index)
          continue
        }
        // The rest of a text column's cell wrapped onto the next line (项目单位): it goes on the row above.
        const textColumn = texts.length > 1 && split === null ? nearestText(texts, label) : 0
        const holder = textColumn > 0 ? grid.rows.at(-1) : undefined
        if (holder && holder.attributes[texts[textColumn]!.label] !== undefined) {
          holder.attributes[texts[textColumn]!.label] += joinLabel(label.text)
          continue
        }
        // Otherwise a wrapped name: the name of a row printed with its code only, or the rest of the label above it.
        // A total's label ("本年支出合计") is whole: what stands under it is a row of its own.
        // A 科目's name may be centred in its cell: its next line stands within the line above, not at its start.
        const within = (entry: { row: GridRow; labelStart: number }) =>
          (entry.row.code !== null || entry.row.codeDamaged !== null) &&
          entry.row.item !== null &&
          label.start >= entry.labelStart - edgeSlack &&
          label.start + joinLabel(label.text).length <= entry.labelStart + entry.row.item.length + edgeSlack
        // The line right under a row whose name's first line stood above it ends that name, wherever it starts.
        const round = roundName !== null && roundName.line === line.index - 1 && line.labels.length === 1 ? previous.find((entry) => entry.row === roundName!.row) : undefined
        const owner =
          round ??
          previous.find((entry) => entry.row.side === side && entry.row.item === null) ??
          previous.find((entry) => entry.row.side === side && Math.abs(entry.labelStart - label.start) <= edgeSlack && !wholeTotal.test(entry.row.item ?? '')) ??
          previous.find((entry) => entry.row.side === side && within(entry))
        if (!owner) {
          // Right above a row printed with its code only ("社会保障和就业支" / "208  …amounts" / "出"): its name's
          // first line.
          const next = body[position + 1]
          // Or a name of three lines centred on its row's ("机关事业单位" / "2080505 基本养老保险缴费 …" / "支出"), set
          // apart from the row above by a blank line.
          const after = body[position + 2]
          const centred = next?.labels.length === 1 && after?.index === line.index + 2 && after.code === null && after.amounts.length === 0 && after.labels.length === 1 && lines[line.index - 1]?.text.trim() === ''
          if (split === null && line.labels.length === 1 && next && next.index === line.index + 1 && next.code !== null && (next.labels.length === 0 || centred)) {
            nameAbove = { text: joinLabel(label.text), start: label.start, index: line.index }
            continue
          }
          // The end of the name of the 科目 on the line above, set apart from its start ("机关事业单位职业年金缴费支" /
          // "出"): when the classification names the code so, it is.
          const above = grid.rows.at(-1)
          if (above && above.side === side && above.code !== null && above.item !== null && line.index - above.index <= 2 && namesInAnyEdition(above.code, table.codes).map(plainName).includes(plainName(above.item + joinLabel(label.text)))) {
            above.item += joinLabel(label.text)
            sideLine.set(side, line.index)
            continue
          }
          // Not under any label: a row printed without amounts. No amount moves either way.
          const row = blankRow(line.index, side, joinLabel(label.text), columns)
          grid.rows.push(row)
          previous = [...previous.filter((entry) => entry.row.side !== side), { row, labelStart: label.start }]
          sideLine.set(side, line.index)
          continue
        }
        if (ownName.has(owner.row)) {
          if (last !== 'tail' || tail?.owner !== owner.row) tail = { owner: owner.row, text: '', pieces: [], pieceLines: [], first: line.index, last: line.index, ownerLast: before }
          tail.text += joinLabel(label.text)
          tail.pieces.push(joinLabel(label.text))
          tail.pieceLines.push(line.index)
          tail.last = line.index
          last = 'tail'
        }
        // Amounts without a label on a side, between a numbered label printed without amounts right above them and
        // the rest of that label right below ("一、一般公共预算拨款收" / "6,141.61 一、一般公共服务支出 …" / "入"):
        // they and the rest are the numbered row's.
        const cut = split !== null && owner.row.item === null && owner.row.code === null && !rowLabel.test(joinLabel(label.text)) ? numberedRowAbove(grid.rows, owner.row) : null
        if (cut) {
          cut.item += joinLabel(label.text)
          cut.cells = owner.row.cells
          grid.rows.splice(grid.rows.indexOf(owner.row), 1)
          previous = [...previous.filter((entry) => entry.row.side !== side), { row: cut, labelStart: label.start }]
          sideLine.set(side, line.index)
          continue
        }
        owner.row.item = (owner.row.item ?? '') + joinLabel(label.text)
        sideLine.set(side, line.index)
        if (owner.labelStart < 0) owner.labelStart = label.start
      }
      if (last !== 'tail') last = 'other'
      continue
    }
    if (line.labels.length === 0 && line.code === null) {
      // Only 行次 numbers: a row with nothing in it (the tab reader keeps none either).
      if (line.amounts.every((token) => columns[columnOf(token)]?.role === 'rowNumber')) continue
      floating.push(line)
      last = 'other'
      continue
    }
    const codeOnly = split === null && line.code !== null && line.labels.length === 0
    if (codeOnly) {
      if (last === 'row') belowShown = true
      if (last === 'tail') aroundOrBelow ??= line.index
    }
    const rows = readLine(line, columns, columnOf, split === null ? null : { label: sideOfLabel, amount: (token) => sideOfAmount(line, token) }, codeLengths, drifting, texts)
    if (!rows.ok) return { ok: false, reason: rows.reason, index: line.index }
    if (nameAbove !== null && nameAbove.index === line.index - 1 && rows.rows.length === 1) {
      rows.rows[0]!.row.item = nameAbove.text + (codeOnly ? '' : (rows.rows[0]!.row.item ?? ''))
      if (codeOnly) rows.rows[0]!.labelStart = nameAbove.start
      roundName = { row: rows.rows[0]!.row, line: line.index }
    }
    nameAbove = null
    // The line above a code row ended the row before it, or began this one's name: decided at the end.
    if (split === null && line.code !== null && last === 'tail' && tail !== null && rows.rows.length === 1) {
      around.push({ ...tail, row: rows.rows[0]!.row, rowLine: line.index, codeOnly })
    }
    // A line of amounts alone above the first row, which has every one of those cells filled: a row of its own
    // whose label the text lost (the tabs print it with an empty label too).
    const first = rows.rows[0]?.row
    if (split === null && grid.rows.length === 0 && floating.length === 1 && rows.rows.length === 1 && first && floating[0]!.amounts.every((token) => first.cells.some((cell) => cell.column === columns[columnOf(token)]?.key && cell.printed !== ''))) {
      const own = readLine(floating[0]!, columns, columnOf, null, codeLengths, drifting, texts)
      if (!own.ok || own.rows.length !== 1 || (totalFirst(columns) !== null && !rowHoldsTogether(own.rows[0]!.row, columns))) return { ok: false, reason: 'a line of amounts without a label above the first row', index: floating[0]!.index }
      grid.rows.push(own.rows[0]!.row)
      floating = []
    }
    if (floating.length > 0) {
      let refused: string | null
      if (split === null) refused = rows.rows.length === 1 ? settle(rows.rows[0]!.row) : 'amounts printed apart from their row label'
      else {
        // Two sides: each amount joins its side's row on the line below; checked row by row, or by the side's totals.
        const lines = floating
        floating = []
        refused = mergeFloatingSides(rows.rows.map((entry) => entry.row), lines, columns, columnOf, unverified)
      }
      if (refused) return { ok: false, reason: refused, index: line.index }
    }
    // A numbered label or a 科目 name wrapped onto the next line, the row's amounts printed beside its second
    // line ("七、文化旅游体育与传媒支" / "出   50.00"): the rest of the label and the amounts go to the row above.
    const own = rows.rows.filter((entry) => {
      const above = previous.find((candidate) => candidate.row.side === entry.row.side)
      const wrapped =
        above !== undefined &&
        entry.row.code === null &&
        entry.row.item !== null &&
        !rowLabel.test(entry.row.item) &&
        sideLine.get(entry.row.side) === above.row.index &&
        line.index - above.row.index <= 2 &&
        (rowLabel.test(above.row.item ?? '') || above.row.code !== null) &&
        above.row.cells.every((cell) => cell.printed === '') &&
        Math.abs(above.labelStart - entry.labelStart) <= edgeSlack
      if (!wrapped) return true
      above.row.item += entry.row.item!
      above.row.cells = entry.row.cells
      return false
    })
    previous = [...previous.filter((entry) => !own.some((kept) => kept.row.side === entry.row.side)), ...own]
    for (const entry of rows.rows) sideLine.set(entry.row.side, line.index)
    for (const entry of own) if (entry.row.item !== null) ownName.add(entry.row)
    last = 'row'
    grid.rows.push(...own.map((entry) => entry.row))
  }
  // Names wrapped round their code rows are told apart where the classification knows the code's name, or
  // blank lines set the line above apart from one row and not the other; a code-only row's otherwise only
  // when the table shows names below such rows elsewhere.
  const undecided = around.filter((entry) => !placeByDictionary(entry, table.codes) && !placeBySpacing(entry) && entry.codeOnly)
  if (around.some((entry) => entry.codeOnly)) aroundOrBelow = undecided[0]?.row.index ?? null
  if (aroundOrBelow !== null && !belowShown) {
    return { ok: false, reason: 'a name wrapped round a row printed without one: whether its first line ends the row above cannot be told', index: aroundOrBelow }
  }
  if (floating.length > 0) return { ok: false, reason: 'amounts printed apart from their row label', index: floating[0]!.index }
  if (nameAbove !== null) return { ok: false, reason: 'a name above a row printed with its code only, the row never read', index: nameAbove.index }
  splitByDictionary(grid.rows, table.codes)
  for (const row of unverified) {
    if (!sideTotalHolds(grid.rows, row)) return { ok: false, reason: `an amount printed apart from "${row.item ?? ''}" is not borne out by its side's 合计`, index: row.index }
  }
  const unplaced = placeDrifting(grid.rows, drifting, columns)
  if (unplaced !== null) {
    const entry = drifting.find((candidate) => candidate.tokens.some((token) => token.text === unplaced))
    return { ok: false, reason: `"${unplaced}" lines up with no column of its own`, index: entry?.index ?? indexes[0]! }
  }
  for (const row of grid.rows) if (row.item !== null) row.item = row.item.length > 0 ? row.item : null
  // A column without a header that holds one value is a value that slid out of its column; one that holds none
  // (a blank column the 栏次 line told of) carries nothing and is left out.
  // (A leaf without a word under a head that spans it — "金额/(第3列)" — has no header of its own either.)
  const headerless = (column: GridColumn) => (column.path.at(-1) ?? '').startsWith('(第')
  for (const column of [...columns]) {
    if (!headerless(column)) continue
    const filled = grid.rows.filter((row) => row.cells.some((cell) => cell.column === column.key && cell.printed !== '')).length
    if (filled === 0 && numbering) {
      columns.splice(columns.indexOf(column), 1)
      for (const row of grid.rows) row.cells = row.cells.filter((cell) => cell.column !== column.key)
      continue
    }
    if (filled < 2) return { ok: false, reason: `a column without a header holds ${filled} value`, index: indexes[0]! }
    // A side of a summary always names its columns: its header word stands too far to be placed.
    if (column.side !== null) return { ok: false, reason: `a column of the ${column.side} side without a header holds ${filled} values`, index: indexes[0]! }
    // A column of amounts without a header next to a headed one whose rows it never shares may be one column
    // drawn in two by uneven alignment (its header over the other half): which half is whose is not known.
    const at = columns.indexOf(column)
    const halves = [columns[at - 1], columns[at + 1]].some(
      (other) =>
        other !== undefined &&
        other.role === 'amount' &&
        other.side === column.side &&
        !headerless(other) &&
        !grid.rows.some((row) => [column.key, other.key].every((key) => row.cells.some((cell) => cell.column === key && cell.printed !== ''))),
    )
    if (halves) return { ok: false, reason: `a column without a header holds ${filled} values in rows where the headed column beside it holds none`, index: indexes[0]! }
  }
  moveRowNumbers(grid)
  markCutCells(grid)
  markRepeatedCodes(grid)
  if (grid.rows.some((row) => Object.keys(row.attributes).length > 0)) {
    grid.columns = [...texts.map((text, position): GridColumn => ({ key: text.label, path: [text.label], role: position === 0 ? 'name' : 'text', side: null, group: null })), ...grid.columns]
  }
  return { ok: true, grid }
}

interface TextColumn {
  label: string
  start: number
  end: number
}

/**
 * The header's text columns left of the amounts (项目名称, 项目单位 …), left to
 * right; fragments of one header stacked over lines are one. Code columns
 * (科目编码, 单位代码) are not among them: codes are read apart.
 */
function textColumns(header: readonly LineTokens[], amountsFrom: number): TextColumn[] {
  const found: TextColumn[] = []
  for (const line of header)
    for (const token of line.tokens) {
      if (token.end > amountsFrom) continue
      const label = joinLabel(token.text)
      const same = found.find((other) => token.start <= other.end && other.start <= token.end)
      if (same) {
        same.label += label
        same.start = Math.min(same.start, token.start)
        same.end = Math.max(same.end, token.end)
      } else found.push({ label, start: token.start, end: token.end })
    }
  // Not codes, sides, nor the end of a unit line wrapped into the header ("单位：万" / "元").
  return found.filter((text) => !/编码|代码|编号|^收入$|^支出$|^万?元$/.test(text.label)).sort((a, b) => a.start - b.start)
}

/** The text column whose header is centred nearest the label. */
function nearestText(texts: readonly TextColumn[], label: LayoutToken): number {
  const centre = (label.start + label.end) / 2
  const distances = texts.map((text) => Math.abs((text.start + text.end) / 2 - centre))
  return distances.indexOf(Math.min(...distances))
}

/**
 * A 栏次 line: the word on each side ("栏次 1 2 3", "栏次 1 栏次 2") and small whole numbers, or with no word
 * the whole numbers 1, 2, 3 … in order.
 */
function isNumberingLine(line: LineTokens): boolean {
  const labels = line.labels.map((token) => joinLabel(token.text))
  const numbers = line.amounts.map((token) => token.text)
  if (labels.length > 0) return labels.every((label) => numberingLabel.test(label)) && numbers.length > 0 && numbers.every((text) => /^\d{1,3}$/.test(text))
  return numbers.length >= 3 && numbers.every((text, position) => text === String(position + 1))
}

/** The values of 行次 columns become the rows' numbers, not cells. */
function moveRowNumbers(grid: Grid): void {
  const numbering = new Set(grid.columns.filter((column) => column.role === 'rowNumber').map((column) => column.key))
  if (numbering.size === 0) return
  for (const row of grid.rows) {
    for (const cell of row.cells) if (numbering.has(cell.column) && cell.printed !== '') row.rowNumber = cell.printed
    row.cells = row.cells.filter((cell) => !numbering.has(cell.column))
  }
}

/**
 * A one-sided 栏次 line ("栏次 1 2 3 4 5 6 7") stands over every amount column, blank ones too. Its numbers'
 * right edges become the columns when every column found from the amounts lines up with exactly one of them;
 * otherwise the columns stay as the amounts show them.
 */
function withBlankColumns(clusters: Array<{ left: number; right: number }>, numbering: LineTokens | undefined): Array<{ left: number; right: number }> {
  if (!numbering || numbering.amounts.length <= clusters.length) return clusters
  const edges = numbering.amounts.map((token) => token.end)
  const matches = clusters.map((cluster) => edges.flatMap((edge, position) => (edge >= cluster.left - edgeSlack && edge <= cluster.right + edgeSlack ? [position] : [])))
  if (matches.some((found) => found.length !== 1) || new Set(matches.map((found) => found[0])).size !== clusters.length) return clusters
  return edges.map((edge, position) => {
    const cluster = clusters[matches.findIndex((found) => found[0] === position)]
    return cluster ? { left: Math.min(edge, cluster.left), right: Math.max(edge, cluster.right) } : { left: edge, right: edge }
  })
}

/** The row of the side's numbered label printed without amounts on the line right above `row`'s, if any. */
function numberedRowAbove(rows: readonly GridRow[], row: GridRow): GridRow | null {
  const above = rows.slice(0, rows.indexOf(row)).findLast((candidate) => candidate.side === row.side)
  if (!above || above.index !== row.index - 1 || !chineseNumber.test(above.item ?? '') || above.cells.some((cell) => cell.printed !== '')) return null
  return above
}

/** Whether the line above the first row and the line below it are one label each, standing one over the other, round a row with a code only. */
function nameRoundFirstRow(parsed: readonly LineTokens[], firstRow: number): boolean {
  const [above, row, below] = [parsed[firstRow - 1], parsed[firstRow]!, parsed[firstRow + 1]]
  if (!above || !below || row.code === null || row.labels.length > 1) return false
  const lone = (line: LineTokens) => line.code === null && line.amounts.length === 0 && line.labels.length === 1
  // A name of three lines, its middle one on the code line, all three starting alike.
  const middle = row.labels[0]
  return (
    lone(above) &&
    lone(below) &&
    above.index === row.index - 1 &&
    below.index === row.index + 1 &&
    Math.abs(above.labels[0]!.start - below.labels[0]!.start) <= edgeSlack &&
    (middle === undefined || Math.abs(middle.start - above.labels[0]!.start) <= edgeSlack)
  )
}

/**
 * When every line with amounts prints the same number of them (two or more), each line's amounts in order are
 * the columns: the columns stand where their amounts' right edges do on the middle line, when that keeps them
 * in order. Null when the lines print different numbers of amounts, or the columns would not stay in order.
 */
function columnsInOrder(body: readonly LineTokens[]): { clusters: Array<{ left: number; right: number }>; columnOf: Map<LayoutToken, number> } | null {
  const full = body.filter((line) => line.amounts.length > 0)
  const count = full[0]?.amounts.length ?? 0
  if (count < 2 || full.some((line) => line.amounts.length !== count)) return null
  const clusters = Array.from({ length: count }, (_, column) => {
    const ends = full.map((line) => line.amounts[column]!.end).sort((a, b) => a - b)
    const middle = ends[ends.length >> 1]!
    return { left: middle, right: middle }
  })
  if (clusters.some((cluster, column) => column > 0 && cluster.left <= clusters[column - 1]!.right)) return null
  const columnOf = new Map<LayoutToken, number>()
  for (const line of full) line.amounts.forEach((token, column) => columnOf.set(token, column))
  return { clusters, columnOf }
}

/** Amount columns from the right edges of the numbers (they are right-aligned): edges within the slack are one column. */
function edgeClusters(body: readonly LineTokens[]): Array<{ left: number; right: number }> {
  const edges = [...new Set(body.flatMap((line) => line.amounts.map((token) => token.end)))].sort((a, b) => a - b)
  const clusters: Array<{ left: number; right: number }> = []
  for (const edge of edges) {
    const last = clusters.at(-1)
    if (last && edge - last.right <= edgeSlack) last.right = edge
    else clusters.push({ left: edge, right: edge })
  }
  return mergeOverlapping(clusters, body)
}

/**
 * Two columns never overlap: amounts whose right edges wandered further than the slack (pdftotext places a
 * shorter number a few characters right of a longer one in the same cell) but which stand over the amounts of
 * the cluster beside them are that cluster's column — when no line prints an amount in both.
 */
function mergeOverlapping(clusters: Array<{ left: number; right: number }>, body: readonly LineTokens[]): Array<{ left: number; right: number }> {
  // Each cluster's leftmost start and the lines it holds an amount on, gathered once (clusters are sorted).
  const groups = clusters.map((cluster) => ({ ...cluster, start: Infinity, lines: new Set<number>() }))
  for (const line of body)
    for (const token of line.amounts) {
      const group = groups[clusterAt(groups, token.end)]
      if (!group) continue
      group.start = Math.min(group.start, token.start)
      group.lines.add(line.index)
    }
  const merged: typeof groups = []
  for (const group of groups) {
    const last = merged.at(-1)
    if (last && group.start < last.right && ![...group.lines].some((line) => last.lines.has(line))) {
      last.right = group.right
      last.start = Math.min(last.start, group.start)
      for (const line of group.lines) last.lines.add(line)
    } else merged.push(group)
  }
  return merged.map(({ left, right }) => ({ left, right }))
}

/** @param unitCodes whether the table's codes are unit codes: then a code of any length opens a row */
function splitLine(index: number, text: string, unitCodes = false): LineTokens {
  const tokens = layoutTokens(text)
  let position = 0
  let code: LineTokens['code'] = null
  // 科目 codes: "2060701", or 类 / 款 / 项 printed in columns of their own ("201   06   01").
  const first = tokens[0]
  if (first && /^\d{3}(?:\d{2}){0,2}$/.test(first.text)) {
    let joined = first.text
    position = 1
    while (joined.length < 7 && tokens[position] && /^\d{2}$/.test(tokens[position]!.text)) joined += tokens[position++]!.text
    const next = tokens[position]
    // A code is followed by its name, by more code parts, or by an amount with
    // decimals; a lone integer before plain integers is an amount.
    const isCode = position > 1 || (next !== undefined && (!next.numeric || /[.,]/.test(next.text)))
    if (isCode) code = { text: joined, start: first.start }
    else position = 0
  }
  // A unit code (any length) before its name, a stray space maybe inside it ("41000 2" → 410002).
  if (unitCodes && code === null && first && /^\d{3,12}$/.test(first.text)) {
    const second = tokens[1]
    const split = second !== undefined && /^\d{1,9}$/.test(second.text) && second.start - first.end === 1 && first.text.length + second.text.length <= 12
    const name = tokens[split ? 2 : 1]
    if (name !== undefined && !name.numeric) {
      code = { text: split ? first.text + second!.text : first.text, start: first.start }
      position = split ? 2 : 1
    }
  }
  const rest = tokens.slice(position)
  return { index, code, labels: rest.filter((token) => !token.numeric), amounts: rest.filter((token) => token.numeric), tokens }
}

/** Column headers from the header lines; null when two labels of one line claim the same column. */
function headerColumns(header: readonly LineTokens[], clusters: ReadonlyArray<{ left: number; right: number }>, widths: readonly number[], sides: ReadonlyArray<'收入' | '支出' | null>): GridColumn[] | null {
  // Each column's own labels, with the header line they stand on.
  const own: Array<Array<{ line: number; label: string; start: number; end: number }>> = clusters.map(() => [])
  // Words over the amounts that name no column (a blank column's, or one set off from its column).
  const unplaced: string[] = []
  // Whether a line's words named the columns in order rather than by their places.
  let namedInOrder = false
  // Where the words that name no column stand (over amounts, or over none).
  const leftOver: Array<{ start: number; end: number }> = []
  const outside: Array<{ start: number; end: number }> = []
  const groups: string[][] = clusters.map(() => [])
  /** The header line of each column's first group word. */
  const groupLine: Array<number | undefined> = clusters.map(() => undefined)
  const extents = clusters.map((cluster, column) => ({ from: cluster.left - widths[column]! - headerSlack, to: cluster.right + headerSlack, centre: cluster.right - widths[column]! / 2 }))
  // "收入" / "支出" name a side only in a table that has sides; elsewhere they end a wrapped label ("事业收" / "入").
  const twoSided = sides.some((side) => side !== null)
  const isSideWord = (word: string) => twoSided && (word === '收入' || word === '支出')
  const inColumn = (position: number) => extents.findIndex((extent) => position >= extent.from && position <= extent.to)
  const labelHeadersEnd = Math.max(0, ...header.flatMap((line) => line.tokens.filter((token) => rowLabelHeader.test(joinLabel(token.text))).map((token) => token.end)))
  for (const [lineNumber, line] of header.entries()) {
    // Where cells set one space apart start: a header crowded so, its words no longer stand where their columns do.
    const crowded = new Set<number>()
    // "基本支出 项目支出": words over different columns are different headers.
    const tokens = line.tokens.flatMap((token) => {
      const parts = spaceWords(token)
      if (parts.length < 2) return [token]
      const columnsOfParts = parts.map((part) => inColumn((part.start + part.end) / 2))
      if (columnsOfParts.every((column) => column >= 0) && new Set(columnsOfParts).size === parts.length) return parts
      // "一般公共预算拨 政府性基金预算" over "款收入   拨款收入": two labels set one space apart, each wrapped onto
      // the lines below, not one label over two columns.
      // Two whole labels one space apart ("本年收入合计 财政拨款收入"): a label never prints a space inside but
      // between single characters (小 计).
      if (!wrappedApart(parts, header.slice(lineNumber + 1, lineNumber + 3)) && !parts.every((part) => completeHeader.test(part.text))) return [token]
      for (const part of parts) crowded.add(part.start)
      return parts
    })
    const placed = tokens.filter((token) => !isSideWord(joinLabel(token.text)) && inColumn((token.start + token.end) / 2) >= 0)
    const byPosition = placeByPosition(placed, extents, clusters)
    if (byPosition !== null)
      for (const token of placed)
        if (!byPosition.own.some((entry) => entry.start === token.start) && !byPosition.groups.some((entry) => entry.label === joinLabel(token.text))) {
          unplaced.push(joinLabel(token.text))
          leftOver.push({ start: token.start, end: token.end })
        }
    // As many labels as columns on one line — those in the amount area, or those after the row-label headers
    // (科目编码, 科目名称, 项目) — name the columns in order when their positions do not place each of them:
    // header lines are often printed narrower than the rows.
    const lastLabelHeader = tokens.findLastIndex((token) => rowLabelHeader.test(joinLabel(token.text)))
    // On a line without them, the words right of where the row-label headers of the other lines end (a word
    // centred over a wide cell may stand left of its numbers).
    const afterLabels = lastLabelHeader >= 0 ? tokens.slice(lastLabelHeader + 1) : labelHeadersEnd > 0 ? tokens.filter((token) => token.start >= labelHeadersEnd) : placed
    const wordTokens = afterLabels
      .flatMap(spaceWords)
      .map((word) => ({ label: joinLabel(word.text), start: word.start, end: word.end }))
      .filter((word) => !isSideWord(word.label))
    const words = wordTokens.map((word) => word.label)
    const placedByPosition = byPosition !== null && byPosition.words === words.length
    // A narrower header shifts its words left of their columns, never wholly right of them: a word right of the
    // column it would name in order belongs to a column further on (a blank one), and the order is not the columns'.
    // Or the whole line set wider or narrower than the rows (pdftotext spaces each line by its own characters'
    // widths): each word's place is its column's times one factor, give or take a character or two.
    const inOrder = scaledAlike(wordTokens, clusters, widths) || wordTokens.every((word, column) => column >= clusters.length || word.start <= clusters[column]!.right)
    // Two sides each have their row-label headers: the words after the last one name only the last side.
    if (!placedByPosition && inOrder && words.length === clusters.length && (clusters.length > 1 || lastLabelHeader >= 0) && sides.every((side) => side === null)) {
      wordTokens.forEach((word, column) => own[column]!.push({ line: lineNumber, label: word.label, start: word.start, end: word.end }))
      namedInOrder = true
      continue
    }
    if (byPosition === null) return null
    // A word left over between two words that name neighbouring columns: one of the three names a blank column,
    // and which one the positions cannot tell ("财政拨款收入 上级补助收入 事业收入" crowded over two columns);
    // one left over before them all ("本年支出合" beside "基本支", both over 合计's amounts) as little.
    for (const token of placed) {
      if (byPosition.own.some((entry) => entry.start === token.start) || byPosition.groups.some((entry) => entry.label === joinLabel(token.text))) continue
      const left = byPosition.own.filter((entry) => entry.start < token.start).sort((a, b) => b.start - a.start)[0]
      const right = byPosition.own.filter((entry) => entry.start > token.start).sort((a, b) => a.start - b.start)[0]
      if (left && right && right.column === left.column + 1) return null
      // Left of every word the line names a column with: the words after it may each be a column off.
      if (!left && right) return null
      // Two cells of a crowded header over one column's amounts ("经营收 附属单位上 其他收" over one column):
      // which of them is the blank column's, their places cannot tell.
      const column = inColumn((token.start + token.end) / 2)
      if (crowded.has(token.start) && byPosition.own.some((entry) => entry.column === column && crowded.has(entry.start))) return null
    }
    // A word over no column's amounts, right of the row-label headers, may name a column too far from it.
    for (const token of tokens) {
      const word = joinLabel(token.text)
      if (!placed.includes(token) && !isSideWord(word) && token.start >= labelHeadersEnd && !notColumnWord.test(word)) outside.push({ start: token.start, end: token.end })
    }
    for (const { column, label } of byPosition.groups) {
      groups[column]!.push(label)
      groupLine[column] ??= lineNumber
    }
    for (const { column, label, start, end } of byPosition.own) own[column]!.push({ line: lineNumber, label, start, end })
  }
  // A word over several columns heads them only if it stands above each one's label: below the first line of one
  // of them ("一般公共" / "政府性基金预算" / "预算拨款" …), it is the start of the next column's label, not a head.
  if (groupLine.some((line, column) => line !== undefined && own[column]!.some((entry) => entry.line < line))) return null
  // Two sides of one amount column each mirror each other (金额 | 金额): a side whose header word stands too far
  // from its amounts to be placed takes the other side's, when the header prints that word once for each side.
  const bySide = (side: '收入' | '支出') => clusters.flatMap((_, column) => (sides[column] === side ? [column] : []))
  const [income, expenditure] = [bySide('收入'), bySide('支出')]
  if (income.length === 1 && expenditure.length === 1) {
    const [a, b] = [income[0]!, expenditure[0]!]
    const headerWords = header.flatMap((line) => line.tokens.flatMap((token) => token.text.split(' ').map(joinLabel)))
    const printedTwice = (word: string) => headerWords.filter((candidate) => candidate === word).length >= 2
    if (own[a]!.length === 0 && own[b]!.length === 1 && printedTwice(own[b]![0]!.label)) own[a] = [...own[b]!]
    if (own[b]!.length === 0 && own[a]!.length === 1 && printedTwice(own[a]![0]!.label)) own[b] = [...own[a]!]
  }
  // The lines of one column's label stand over one another: a word that stands clear beside the word above
  // it belongs to another column (header words set off from their columns by uneven alignment).
  for (const entries of own) {
    for (let next = 1; next < entries.length; next++) {
      const [above, below] = [entries[next - 1]!, entries[next]!]
      if (Math.max(above.start, below.start) - Math.min(above.end, below.end) > stackSlack) return null
      // Nor do two words side by side on neighbouring lines make one label: their middles stand apart.
      const apart = Math.abs((above.start + above.end) / 2 - (below.start + below.end) / 2)
      if (apart > Math.max(above.end - above.start, below.end - below.start) / 2 + stackSlack) return null
    }
  }
  // A label over its column and over the columns to its right that have nothing on its line or above, but labels
  // below ("基本支出" over "小计 | 人员经费 | 公用经费"), heads all of them, as a header cell spanning them would;
  // labels stacked over one column alone are one label wrapped ("本年收入" / "合计").
  const heads: Array<string | null> = clusters.map(() => null)
  for (let column = 0; column < clusters.length; column++) {
    const [top, ...below] = own[column]!
    if (!top || below.length === 0 || heads[column] !== null) continue
    let last = column
    // The columns it heads have their labels on the line of its own column's next label or below: a label
    // between (…"本年支出合" / "基本支出" / "计") stands beside a wrapped label, not under a head.
    const childLine = below[0]!.line
    for (let next = column + 1; next < clusters.length && sides[next] === sides[column]; next++) {
      const labels = own[next]!
      if (labels.length === 0 || labels.some((entry) => entry.line < childLine)) break
      last = next
    }
    if (last === column) continue
    // A head stands over the middle of what it heads; one standing over its first column's label only is that
    // label's first line, the word over the next column set off from it (the positions then tell nothing sure).
    const children = own.slice(column, last + 1).flatMap((entries, position) => (position === 0 ? below : entries))
    const [from, to] = [Math.min(...children.map((entry) => entry.start)), Math.max(...children.map((entry) => entry.end))]
    if (Math.abs((top.start + top.end) / 2 - (from + to) / 2) > (to - from) / 4) {
      // So is a word over none of the columns standing among what it would head ("政府性基金预算" beside it).
      if (unplaced.length > 0 || outside.some((word) => word.end >= from && word.start <= to)) return null
      // Standing right over its own column's next line, which goes on below: that label's first line
      // ("政府性基金" / "预算拨款收" / "入" beside 事业收入 | 其他收入), not a head over whole labels.
      const wraps = below.length >= 2 || !completeLabel.test(below[0]!.label)
      if (wraps && top.start >= below[0]!.start - stackSlack && top.end <= below[0]!.end + stackSlack) continue
    }
    for (let spanned = column; spanned <= last; spanned++) heads[spanned] = top.label
    own[column] = below
  }
  // A column of amounts with no word over it while a word over the amounts names none: that word is the
  // column's, set off by uneven alignment, and which column is whose is no longer sure.
  if ((unplaced.length > 0 || outside.length > 0) && own.some((entries, column) => entries.length === 0 && heads[column] === null && groups[column]!.length === 0)) return null
  // Nor may a word over no column stand in line with a word that names one, above or below it: the two are
  // lines of one label ("一般公共" / "预算拨款" / "收入", a blank column's), not a name and a stray word.
  if (outside.some((word) => own.some((entries) => entries.some((entry) => word.start <= entry.end && word.end >= entry.start)))) return null
  // A column's amounts standing clear of all its words, a word that names no column (a blank column's) on their
  // other side and as near: they could as well be that column's — the lines' spacing decides it, not the table.
  const unclaimed = [...leftOver, ...outside]
  const between = (column: number) => {
    const [from, to] = [clusters[column]!.left - widths[column]! + 1, clusters[column]!.right]
    const words = own[column]!
    if (words.length === 0 || heads[column] !== null || words.some((entry) => entry.end >= from && entry.start <= to)) return false
    const leftOfAmounts = words.every((entry) => entry.end < from)
    const ownGap = leftOfAmounts ? from - Math.max(...words.map((entry) => entry.end)) : Math.min(...words.map((entry) => entry.start)) - to
    return unclaimed.some((word) => {
      const gap = leftOfAmounts ? word.start - to : from - word.end
      return gap > 0 && gap <= ownGap + stackSlack
    })
  }
  if (sides.every((side) => side === null) && clusters.some((_, column) => between(column))) return null
  // A line that named the columns in order, while words of other lines name none: as many words as columns on
  // one line was a coincidence — the others are blank columns' labels, and which columns are blank is not known.
  if (namedInOrder && unclaimed.length > 0) return null
  const seen = new Map<string, number>()
  return clusters.map((cluster, column) => {
    const side = sides[column] ?? null
    const words = own[column]!.map((entry) => entry.label)
    const path = [
      ...(groups[column]!.length > 0 ? [groups[column]!.join('')] : []),
      ...(heads[column] !== null ? [heads[column]!] : []),
      words.length > 0 ? words.join('') : `(第${column + 1}列)`,
    ]
    let key = path.join('/')
    const count = seen.get(`${side}|${key}`) ?? 0
    seen.set(`${side}|${key}`, count + 1)
    if (count > 0) key = `${key}(${count + 1})`
    return { key, path, role: 'amount' as const, side, group: null }
  })
}

/**
 * Whether the words of a token set one space apart (each of two characters or more) are labels of their own,
 * each continued on the lines below or whole by itself: a word there under each part that is not whole, and
 * none under two.
 */
function wrappedApart(parts: readonly LayoutToken[], below: readonly LineTokens[]): boolean {
  if (parts.some((part) => part.text.length < 2)) return false
  const words = below.flatMap((line) => line.tokens.flatMap(spaceWords))
  const under = (word: LayoutToken) => parts.filter((part) => word.start <= part.end && word.end >= part.start)
  if (words.some((word) => under(word).length > 1)) return false
  const continued = (part: LayoutToken) => words.some((word) => under(word)[0] === part)
  // A whole label needs no continuation ("本年支出合计 基本支" over "出": the second alone wraps).
  return parts.some(continued) && parts.every((part) => continued(part) || completeHeader.test(part.text))
}

/**
 * Whether a header line's words stand where the columns' centres do, all scaled by one factor from the line's
 * start (between 0.7 and 1.4): the words then name the columns in order.
 */
function scaledAlike(words: ReadonlyArray<{ start: number; end: number }>, clusters: ReadonlyArray<{ right: number }>, widths: readonly number[]): boolean {
  if (words.length !== clusters.length || words.length < 2) return false
  const centres = clusters.map((cluster, column) => cluster.right - widths[column]! / 2)
  const places = words.map((word) => (word.start + word.end) / 2)
  const factor = places.reduce((sum, place, column) => sum + place * centres[column]!, 0) / centres.reduce((sum, centre) => sum + centre * centre, 0)
  if (factor < 0.7 || factor > 1.4) return false
  return places.every((place, column) => Math.abs(place - factor * centres[column]!) <= scaleSlack)
}

interface HeaderPlacement {
  /** Words each over one column, and words over several columns' centres (heading them all). */
  own: Array<{ column: number; label: string; start: number; end: number }>
  groups: Array<{ column: number; label: string }>
  /** How many words of the line the placement accounts for. */
  words: number
}

/**
 * Each header word of a line under the column whose amounts it stands over; null when two words stand as near
 * one column. Of two words over one column the clearly nearer names it (the other names a blank column the
 * amounts do not show), and a word wholly right of its nearest column's amounts names a column further on.
 */
function placeByPosition(
  placed: readonly LayoutToken[],
  extents: ReadonlyArray<{ from: number; to: number; centre: number }>,
  clusters: ReadonlyArray<{ left: number; right: number }>,
): HeaderPlacement | null {
  const result: HeaderPlacement = { own: [], groups: [], words: 0 }
  const taken = new Map<number, number>()
  const spanning: Array<{ token: LayoutToken; label: string; covered: number[] }> = []
  for (const token of placed) {
    const label = joinLabel(token.text)
    const covered = extents.map((extent, column) => (extent.centre >= token.start - 1 && extent.centre <= token.end + 1 ? column : -1)).filter((column) => column >= 0)
    if (covered.length > 1) {
      result.words += 1
      spanning.push({ token, label, covered })
      continue
    }
    const centre = (token.start + token.end) / 2
    let best = -1
    let distance = Infinity
    extents.forEach((extent, column) => {
      if (centre < extent.from || centre > extent.to) return
      const gap = Math.abs(centre - extent.centre)
      if (gap < distance) {
        distance = gap
        best = column
      }
    })
    if (best < 0) continue
    if (!token.text.includes(' ')) result.words += 1
    if (token.start > clusters[best]!.right + 1) continue
    const rival = taken.get(best)
    if (rival !== undefined) {
      if (Math.abs(rival - distance) < 2) return null
      if (rival < distance) continue
      result.own = result.own.filter((entry) => entry.column !== best)
    }
    taken.set(best, distance)
    result.own.push({ column: best, label, start: token.start, end: token.end })
  }
  // A word over several columns' centres heads them only when no other word of its line stands over one of them:
  // beside "一般公共预算" over the first, "政府性基金预算拨" reaching over both is the second's label, not a head.
  for (const { token, label, covered } of spanning) {
    const free = covered.filter((column) => !result.own.some((entry) => entry.column === column))
    if (free.length === covered.length) {
      for (const column of covered) result.groups.push({ column, label })
      continue
    }
    if (free.length !== 1) return null
    result.own.push({ column: free[0]!, label, start: token.start, end: token.end })
  }
  return result
}

function readLine(
  line: LineTokens,
  columns: readonly GridColumn[],
  columnOf: (token: LayoutToken) => number,
  sideOf: { label: (start: number) => '收入' | '支出' | null; amount: (token: LayoutToken) => '收入' | '支出' | null } | null,
  codeLengths: number[] | null,
  drifting: DriftingRow[],
  texts: readonly TextColumn[],
): { ok: true; rows: Array<{ row: GridRow; labelStart: number }> } | { ok: false; reason: string } {
  const sides: Array<'收入' | '支出' | null> = sideOf === null ? [null] : ['收入', '支出']
  const rows: Array<{ row: GridRow; labelStart: number }> = []
  for (const side of sides) {
    const labels = spacedOutLabels(line.labels.filter((token) => sideOf === null || sideOf.label(token.start) === side))
    const amounts = line.amounts.filter((token) => sideOf === null || sideOf.amount(token) === side)
    // Several labels: one to each text column the header names, in order; else beyond this reader.
    const attributes: Record<string, string> = {}
    if (labels.length > 1) {
      const placed = texts.length >= labels.length ? labels.map((label) => nearestText(texts, label)) : null
      if (placed === null || placed.some((column, position) => position > 0 && column <= placed[position - 1]!)) return { ok: false, reason: 'several text columns in a row' }
      for (const [position, column] of placed.entries()) if (column > 0) attributes[texts[column]!.label] = joinLabel(labels[position]!.text)
      labels.splice(0, labels.length, ...labels.filter((_, position) => placed[position] === 0))
    }
    // A label after an amount of the same side is a third group this reader does not know.
    if (labels.some((label) => amounts.some((amount) => amount.end <= label.start))) return { ok: false, reason: 'more label groups on a line than 收入 and 支出' }
    const code = side !== '支出' ? line.code : null
    // Nothing but a 行次 number on this side: no row.
    if (labels.length === 0 && code === null && amounts.every((token) => columns[columnOf(token)]?.role === 'rowNumber')) continue
    const cells: GridCell[] = []
    const sideColumns = columns.map((column, position) => (column.side === side ? position : -1)).filter((position) => position >= 0)
    let placement = amounts.map((token) => columnOf(token))
    const fits = placement.every((column, position) => column >= 0 && columns[column]!.side === side && placement.indexOf(column) === position)
    // Amounts that drifted off their columns in a one-sided table: placed later by the row's identities.
    let drifted = false
    if (!fits) {
      // After a page break the columns move: a line holding one amount per column still reads in order.
      if (amounts.length === sideColumns.length) placement = sideColumns
      else if (sideOf === null && amounts.length > 0 && amounts.length < sideColumns.length) drifted = true
      else return { ok: false, reason: `"${amounts.find((_, position) => placement[position]! < 0)?.text ?? amounts[0]?.text}" lines up with no column of its own` }
    }
    columns.forEach((column, position) => {
      if (column.side !== side) return
      const token = drifted ? undefined : amounts[placement.indexOf(position)]
      const amount = parseAmount(token?.text ?? '')
      cells.push({ column: column.key, value: amount.value, printed: amount.printed, damaged: amount.damaged, unit: amount.unit, index: line.index, start: token?.start ?? 0 })
    })
    const parsedCode = code ? readCode(code.text, codeLengths) : null
    const built = {
      row: {
        index: line.index,
        side,
        group: null,
        rowNumber: null,
        code: parsedCode?.value ?? null,
        codeDamaged: parsedCode?.damaged ?? null,
        parentCode: parsedCode?.value && codeLengths !== null ? parentCode(parsedCode.value) : null,
        item: labels.length > 0 ? labels.map((token) => joinLabel(token.text)).join('') : null,
        attributes,
        cells,
      },
      labelStart: labels[0]?.start ?? -1,
    }
    if (drifted) drifting.push({ row: built.row, tokens: amounts, index: line.index })
    rows.push(built)
  }
  return { ok: true, rows }
}

/**
 * Puts amounts printed on lines of their own into the row below them, by
 * column. Refused (a reason) when an amount lines up with no column, lands on
 * a filled cell, or when the row's total column then differs from the sum of
 * the others by more than rounding — or the table has no such total to check.
 */
function mergeFloating(row: GridRow, floating: readonly LineTokens[], columns: readonly GridColumn[], columnOf: (token: LayoutToken) => number): string | null {
  for (const line of floating)
    for (const token of line.amounts) {
      const column = columns[columnOf(token)]
      const cell = column ? row.cells.find((candidate) => candidate.column === column.key) : undefined
      if (!column || !cell) return `"${token.text}" printed apart from its row lines up with no column`
      if (cell.printed !== '') return `"${token.text}" printed apart from its row lands on a filled cell`
      const amount = parseAmount(token.text)
      Object.assign(cell, { value: amount.value, printed: amount.printed, damaged: amount.damaged, unit: amount.unit, index: line.index, start: token.start })
    }
  return rowHoldsTogether(row, columns) ? null : 'amounts printed apart from their row label do not add up with it'
}

/** The row's total equals its parts (and the table has a total column to check). */
/**
 * Amounts printed on lines of their own above a two-sided row: each joins
 * its own side's row, in its column, on an empty cell. A side with a total
 * and its parts must then hold together; a side with one amount column is
 * left to `sideTotalHolds` once the table is read.
 */
function mergeFloatingSides(rows: readonly GridRow[], floating: readonly LineTokens[], columns: readonly GridColumn[], columnOf: (token: LayoutToken) => number, unverified: GridRow[]): string | null {
  const touched = new Set<GridRow>()
  for (const line of floating)
    for (const token of line.amounts) {
      const column = columns[columnOf(token)]
      const row = column ? rows.find((candidate) => candidate.side === column.side) : undefined
      const cell = row?.cells.find((candidate) => candidate.column === column!.key)
      if (!column || !row || !cell) return `"${token.text}" printed apart from its row lines up with no column`
      if (cell.printed !== '') return `"${token.text}" printed apart from its row lands on a filled cell`
      const amount = parseAmount(token.text)
      Object.assign(cell, { value: amount.value, printed: amount.printed, damaged: amount.damaged, unit: amount.unit, index: line.index, start: token.start })
      touched.add(row)
    }
  for (const row of touched) {
    const sideColumns = columns.filter((column) => column.side === row.side)
    if (sideColumns.length === 1) unverified.push(row)
    else if (!rowHoldsTogether(row, sideColumns)) return 'amounts printed apart from their row label do not add up with it'
  }
  return null
}

/**
 * A one-column side's amount printed apart from its row is kept when the
 * side's numbered items (一、二、三、) above the next 合计 add up to it, and the
 * row is one of them or that 合计.
 */
function sideTotalHolds(rows: readonly GridRow[], row: GridRow): boolean {
  const side = rows.filter((candidate) => candidate.side === row.side)
  const value = (candidate: GridRow) => {
    const cell = candidate.cells[0]
    return cell?.damaged ? null : new Decimal(cell?.value ?? 0)
  }
  let block: GridRow[] = []
  for (const candidate of side) {
    const item = candidate.item ?? ''
    if (/^[一二三四五六七八九十廿]{1,3}、/.test(item)) {
      block.push(candidate)
      continue
    }
    if (!/合计$/.test(item)) {
      block = []
      continue
    }
    if (block.includes(row) || candidate === row) {
      const total = value(candidate)
      const parts = block.map((entry) => value(entry))
      if (total === null || block.length === 0 || parts.includes(null)) return false
      return addsUp(total, parts.map((part) => (part!.isZero() ? null : part)))
    }
    block = []
  }
  return false
}

function rowHoldsTogether(row: GridRow, columns: readonly GridColumn[]): boolean {
  const amounts = totalFirst(columns)
  const values = amounts ? rowValues(row, amounts) : null
  return values !== null && holdsTogether(values)
}

function blankRow(index: number, side: '收入' | '支出' | null, item: string, columns: readonly GridColumn[]): GridRow {
  return {
    index,
    side,
    group: null,
    rowNumber: null,
    code: null,
    codeDamaged: null,
    parentCode: null,
    item,
    attributes: {},
    cells: columns
      .filter((column) => column.side === side)
      .map((column) => ({ column: column.key, value: null, printed: '', damaged: null, unit: null, index, start: 0 })),
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

/** A label printed one character at a time ("合    计") is one label. */
function spacedOutLabels(labels: readonly LayoutToken[]): LayoutToken[] {
  const result: LayoutToken[] = []
  for (const label of labels) {
    const previous = result.at(-1)
    if (previous && (previous.text.length === 1 || label.text.length === 1)) {
      result[result.length - 1] = { ...previous, text: previous.text + label.text, end: label.end }
    } else {
      result.push(label)
    }
  }
  return result
}

/** Label lines that went on a row with its own name (`owner`), the lines they stand on and the owner's line before. */
interface Tail {
  owner: GridRow
  text: string
  /** The tail's lines, each as joined. */
  pieces: string[]
  /** The line (0-based) each piece stands on. */
  pieceLines: number[]
  first: number
  last: number
  ownerLast: number
}

/** A tail followed by a code row: it ended the owner's name, or it begins the row's (a name centred on it). */
interface Around extends Tail {
  row: GridRow
  rowLine: number
  codeOnly: boolean
}

/** Moves the tail from the end of the row above to the start of the row's name. */
function moveTail(entry: Around): void {
  entry.owner.item = entry.owner.item!.slice(0, -entry.text.length)
  entry.row.item = entry.text + (entry.row.item ?? '')
}

/**
 * The 政府收支分类 name of the row's code decides, printed whole one way and not the other (checked on the row
 * above too). Moves the tail when that makes the name; false when the names cannot tell.
 */
function placeByDictionary(entry: Around, codes: TableGrammar['codes']): boolean {
  const { row, owner, text } = entry
  if (row.code === null || row.item === null || owner.item === null || !owner.item.endsWith(text)) return false
  const names = new Set(namesInAnyEdition(row.code, codes).map(plainName))
  const ownerNames = new Set(owner.code === null ? [] : namesInAnyEdition(owner.code, codes).map(plainName))
  // A tail of several lines may split between the two: where exactly one split makes both names whole, it does.
  const splits = entry.pieces.flatMap((_, first) => {
    const moving = entry.pieces.slice(first).join('')
    return names.has(plainName(moving + row.item)) && ownerNames.has(plainName(owner.item!.slice(0, -moving.length))) ? [moving] : []
  })
  if (entry.pieces.length > 1 && splits.length === 1) {
    moveTail({ ...entry, text: splits[0]! })
    return true
  }
  const moved = names.has(plainName(text + row.item)) || ownerNames.has(plainName(owner.item.slice(0, -text.length)))
  const kept = names.has(plainName(row.item)) || ownerNames.has(plainName(owner.item))
  if (moved === kept) return false
  if (moved) moveTail(entry)
  return true
}

/**
 * Two 科目 rows one after the other, the first's name running on past its classification name and the rest
 * making the second's whole ("社会保障和就业支出行政事业单位养老" / "支出"): the rest is the second's first line.
 */
function splitByDictionary(rows: readonly GridRow[], codes: TableGrammar['codes']): void {
  for (let at = 1; at < rows.length; at++) {
    const [first, second] = [rows[at - 1]!, rows[at]!]
    if (first.code === null || second.code === null || first.item === null || second.item === null || first.side !== second.side) continue
    const item = plainName(first.item)
    const own = namesInAnyEdition(first.code, codes).map(plainName).find((name) => item.startsWith(name) && item.length > name.length)
    if (!own || namesInAnyEdition(first.code, codes).map(plainName).includes(item)) continue
    const rest = item.slice(own.length)
    // The rest and the second's name make its name whole, or begin with it (the rest of it then the third's, the
    // next pair tells).
    const joined = plainName(rest + second.item)
    if (!namesInAnyEdition(second.code, codes).map(plainName).some((name) => joined === name || (joined.startsWith(name) && at + 1 < rows.length))) continue
    first.item = own
    second.item = rest + second.item
  }
}

/** Blank lines between the tail and one of the two rows, none between it and the other: it is the other's. */
function placeBySpacing(entry: Around): boolean {
  const apartFromOwner = entry.first - entry.ownerLast > 1
  const apartFromRow = entry.rowLine - entry.last > 1
  // Lines of two names, a blank line between them and none at either end: the owner's end, the row's start.
  const gaps = entry.pieceLines.flatMap((line, at) => (at > 0 && line - entry.pieceLines[at - 1]! > 1 ? [at] : []))
  if (gaps.length > 0) {
    if (gaps.length > 1 || apartFromOwner || apartFromRow) return false
    moveTail({ ...entry, text: entry.pieces.slice(gaps[0]!).join('') })
    return true
  }
  if (apartFromOwner === apartFromRow) return false
  if (apartFromOwner) moveTail(entry)
  return true
}
