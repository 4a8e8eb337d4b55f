/**
 * Row labels cut at the column edge ("机关事业单位基本养老保险缴"): a label
 * that another table of the same document prints longer for the same code.
 * The label is kept as printed and marked in `itemDamaged`; deciding the full
 * name from a dictionary is the checks' work.
 */
import type { Table } from '../../schemas/table.js'

/**
 * @param tables the document's tables (changed in place)
 */
export function markCutNames(tables: Table[]): void {
  const longest = new Map<string, string>()
  for (const table of tables) for (const row of table.rows) {
    if (row.code === null || row.item === null) continue
    const known = longest.get(row.code)
    if (!known || row.item.length > known.length) longest.set(row.code, row.item)
  }
  for (const table of tables) for (const row of table.rows) {
    if (row.code === null || row.item === null) continue
    const full = longest.get(row.code)!
    if (full.length > row.item.length && full.startsWith(row.item)) row.itemDamaged = row.item
  }
}
