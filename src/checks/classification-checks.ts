/**
 * Checks that need the meaning of a 科目: names against the dictionary, and
 * the “三公” items against the 经济分类 lines that pay for them.
 */
import { threePublicEconomic } from '../../grammars/identities.js'
import type { Table } from '../../schemas/table.js'
import { unitFactor } from '../meta/money-units.js'
import { Decimal, roundingAcrossUnits, show } from './amounts.js'
import { side, type Collector } from './collector.js'
import { nameAgrees, namesOf } from './dictionary.js'
import { amountColumns, cellState, tableById, tableDecimals, tableName, tableRef } from './table-view.js'

/** Each 科目 name agrees with its code in the 政府收支分类科目 (where the dictionary knows the code). */
export function checkCodeNames(tables: readonly Table[], year: number | null, collector: Collector): void {
  for (const table of tables) {
    for (const row of table.rows) {
      if (row.code === null || row.item === null || !/^[23]\d{2}(?:\d{2}){0,2}$/.test(row.code)) continue
      const names = namesOf(row.code, row.code.startsWith('3'), year)
      if (names.length === 0) continue
      if (nameAgrees(row.item, names)) {
        collector.pass('code-name')
        continue
      }
      collector.fail('code-name', {
        key: `${row.code}|${row.line}`,
        table: tableRef(table),
        message: `${tableName(table)}第 ${row.line} 行：科目 ${row.code} 印为“${row.item}”，分类科目中为“${names.join('”或“')}”`,
        left: side('表中名称', row.item, null, [row.line]),
        right: side('分类科目', names[0]!, null, []),
        difference: null,
        tolerance: null,
        line: row.line,
      })
    }
  }
}

/** A “三公” item is never smaller than the 基本支出 经济分类 line that pays for it. */
export function checkThreePublic(tables: readonly Table[], collector: Collector): void {
  for (const [threeId, detailId] of [
    ['final.threePublic', 'final.generalBudgetBasic'],
    ['budget.threePublic', 'budget.generalBudgetBasic'],
  ] as const) {
    const three = tableById(tables, threeId)
    const detail = tableById(tables, detailId)
    const row = three?.rows[0]
    if (!three || !detail || !row) continue
    // In a 决算 the 决算数 columns; a 预算 prints one set.
    const columns = amountColumns(three)
    const actual = columns.some((column) => column.path[0] === '决算数') ? columns.filter((column) => column.path[0] === '决算数') : columns
    for (const mapping of threePublicEconomic) {
      const column = actual.find((candidate) => mapping.item.test(candidate.path[candidate.path.length - 1]!))
      const economic = detail.rows.filter((candidate) => candidate.code !== null && mapping.codes.includes(candidate.code))
      if (!column || economic.length === 0) continue
      const itemState = cellState(row, column.key)
      const lineStates = economic.map((line) => ({ line, state: cellState(line, amountColumns(detail).find((candidate) => line.cells.some((cell) => cell.column === candidate.key))?.key ?? '') }))
      if (itemState.kind === 'damaged' || lineStates.some(({ state }) => state.kind === 'damaged')) continue
      const item = new Decimal(itemState.kind === 'value' ? itemState.value : 0)
      let paid = new Decimal(0)
      for (const { state } of lineStates) if (state.kind === 'value') paid = paid.plus(state.value)
      // The detail may print another unit (元 against 万元): compared in the “三公” table's, to its rounding.
      const factor = three.unit === detail.unit ? null : unitFactor(detail.unit, three.unit)
      if (factor) paid = paid.times(factor)
      const tolerance = factor ? roundingAcrossUnits(tableDecimals(three), tableDecimals(detail), factor) : new Decimal(0)
      if (item.plus(tolerance).gte(paid)) {
        collector.pass('three-public-economic')
        continue
      }
      collector.fail('three-public-economic', {
        key: `${column.key}`,
        table: tableRef(three),
        message: `${tableName(three)}“${column.key}” ${show(item)} 小于${tableName(detail)}中 ${mapping.codes.join('/')} 的 ${show(paid)}${factor ? `（折合${three.unit}）` : ''}`,
        left: side(column.key, show(item), three.unit, [row.line]),
        right: side(mapping.codes.join('/'), show(paid), three.unit, economic.map((line) => line.line)),
        difference: show(item.minus(paid)),
        tolerance: show(tolerance),
        line: row.line,
      })
    }
  }
}
