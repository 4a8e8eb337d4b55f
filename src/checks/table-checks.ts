/**
 * Checks of the tables as a whole: that each table with data was read (or
 * said not to be), and that a table stated to be empty is stated so for its
 * own subject.
 */
import { emptyTableSubjects } from '../../grammars/identities.js'
import type { Table } from '../../schemas/table.js'
import { side, type Collector } from './collector.js'
import { tableName, tableRef } from './table-view.js'

/** A table whose cells could not be read, or whose contents are not in the text: every identity it takes part in is unchecked — said, not skipped. */
export function checkTablesRead(tables: readonly Table[], collector: Collector): void {
  for (const table of tables) {
    if (table.status === 'empty' || table.layout === 'form') continue
    if (table.status === 'data' && table.reconstructed) {
      collector.pass('table-read')
      continue
    }
    collector.insufficient('table-read', {
      key: `${table.id}|${table.number ?? ''}|${table.line}`,
      table: tableRef(table),
      message:
        table.status === 'missing'
          ? `${tableName(table)}（第 ${table.line} 行）只有标题，内容不在文本中（原文可能是图片），涉及它的勾稽关系无法核对`
          : `${tableName(table)}（第 ${table.line} 行）未能逐格读出（见 diagnostics），涉及它的勾稽关系无法核对`,
      left: side(table.title, null, table.unit, [table.line]),
      right: side('勾稽关系', null, null, []),
      difference: null,
      tolerance: null,
      line: table.line,
    })
  }
}

/** The statement that a table is empty names that table's subject, not another table's. */
export function checkEmptyStatements(tables: readonly Table[], collector: Collector): void {
  for (const table of tables) {
    const own = emptyTableSubjects[table.id]
    if (table.status !== 'empty' || table.statement === null || !own) continue
    const others = [...new Set(Object.values(emptyTableSubjects).map((subject) => subject.source))].filter(
      (source) => source !== own.source && new RegExp(source).test(table.statement!),
    )
    if (own.test(table.statement) || others.length === 0) {
      collector.pass('empty-statement')
      continue
    }
    collector.fail('empty-statement', {
      key: table.id,
      table: tableRef(table),
      message: `${tableName(table)}的空表说明“${table.statement}”说的是${others.join('、')}，不是本表的内容`,
      left: side('空表说明', table.statement, null, [table.line]),
      right: side('本表', table.title, null, [table.line]),
      difference: null,
      tolerance: null,
      line: table.line,
    })
  }
}
