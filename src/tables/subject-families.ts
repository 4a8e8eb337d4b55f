/**
 * The 科目 identities of a table's rows: each 科目 is the sum of the rows just
 * under it in the classification (its 款s, or its 项s where no 款 is printed),
 * and a 合计 row the sum of the rows of the shortest codes. Only classification
 * codes (3, 5, 7 digits) count: a unit's code (100001) is no child of its
 * department's (100).
 */
import type { GridRow } from './grid.js'

export interface Family {
  total: GridRow
  parts: GridRow[]
}

const classificationCode = /^\d{3}(?:\d{2}){0,2}$/
const totalLabel = /^(?:合计|总计)$/

/**
 * @param rows the rows of one side or group (or of a one-sided table)
 * @returns each total with the rows it is the sum of
 */
export function subjectFamilies(rows: readonly GridRow[]): Family[] {
  const coded = rows.filter((row) => row.code !== null && classificationCode.test(row.code))
  if (coded.length === 0) return []
  const total = rows.find((row) => row.code === null && row.codeDamaged === null && row.item !== null && totalLabel.test(row.item))
  const shortest = Math.min(...coded.map((row) => row.code!.length))
  const byCode = new Map<string, GridRow>()
  for (const row of coded) if (!byCode.has(row.code!)) byCode.set(row.code!, row)
  const families = new Map<GridRow, GridRow[]>()
  for (const child of coded) {
    const parent = child.code!.length === shortest ? total : nearestParent(byCode, child.code!)
    if (!parent) continue
    const parts = families.get(parent)
    if (parts) parts.push(child)
    else families.set(parent, [child])
  }
  return [...families].map(([parent, parts]) => ({ total: parent, parts }))
}

function nearestParent(byCode: ReadonlyMap<string, GridRow>, code: string): GridRow | null {
  for (let length = code.length - 2; length >= 3; length -= 2) {
    const parent = byCode.get(code.slice(0, length))
    if (parent) return parent
  }
  return null
}
