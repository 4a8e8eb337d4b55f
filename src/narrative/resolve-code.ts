/**
 * Resolve the 支出功能分类 code of a 类 / 款 / 项 named in the text from the
 * codes the document's tables print. A name may drop "支出" ("科学技术" for
 * "科学技术支出"). Only a single match counts.
 */
import type { Table } from '../../schemas/table.js'

export type CodeNames = Map<string, Set<string>>

/** Every code the tables print, with the names printed for it. */
export function codeNames(tables: readonly Table[]): CodeNames {
  const names: CodeNames = new Map()
  for (const table of tables) for (const row of table.rows) {
    if (row.code === null || row.item === null) continue
    const known = names.get(row.code)
    if (known) known.add(row.item)
    else names.set(row.code, new Set([row.item]))
  }
  return names
}

/**
 * @param names from `codeNames`
 * @param category the 类 name
 * @param section the 款 name, or null for a 类 alone
 * @param item the 项 name, or null for a 款
 * @returns the code, or null when none or several match
 */
export function resolveCode(names: CodeNames, category: string, section: string | null, item: string | null): string | null {
  const length = item !== null ? 7 : section !== null ? 5 : 3
  const matches = (code: string, name: string) => [...(names.get(code) ?? [])].some((printed) => printed === name || printed === `${name}支出` || `${printed}支出` === name)
  const found = [...names.keys()].filter(
    (code) =>
      code.length === length &&
      matches(code.slice(0, 3), category) &&
      (section === null || matches(code.slice(0, 5), section)) &&
      (item === null || matches(code, item)),
  )
  return found.length === 1 ? found[0]! : null
}
