/**
 * Restores 科目 codes and names that PDF conversion cut short: a code cut to
 * its first digits ("3010" of 30101) is completed when exactly one code of the
 * dictionary, or of another table, starts with it and carries the row's name;
 * a name cut short ("商品和服务支") is completed from the dictionary entry of
 * its code when that entry begins with it. Anything ambiguous stays damaged.
 */
import type { Repair } from '../../schemas/findings.js'
import type { Table, TableRow } from '../../schemas/table.js'
import { codesFor, namesOf, plainName } from './dictionary.js'
import { fingerprint } from './fingerprint.js'

/** Expected code length for a cut code: the 5-digit 款 of 经济分类, the 7-digit 项 of 功能分类 (or the next level up). */
function lengthsFor(printed: string, economic: boolean): number[] {
  if (economic) return printed.length < 5 ? [5] : []
  return [3, 5, 7].filter((length) => length > printed.length)
}

export function repairCodes(tables: readonly Table[], year: number | null): Repair[] {
  const repairs: Repair[] = []
  const printedCodes = new Map<string, Set<string>>()
  for (const table of tables)
    for (const row of table.rows)
      if (row.code && row.item && !row.itemDamaged) {
        const names = printedCodes.get(row.code) ?? new Set()
        names.add(row.item)
        printedCodes.set(row.code, names)
      }
  for (const table of tables) {
    for (const row of table.rows) {
      if (row.code === null && row.codeDamaged !== null && row.item) repairCode(table, row, year, printedCodes, repairs)
      if (row.code !== null && row.item) repairName(table, row, year, printedCodes, repairs)
    }
  }
  return repairs
}

function repairCode(table: Table, row: TableRow, year: number | null, printedCodes: Map<string, Set<string>>, repairs: Repair[]): void {
  const printed = row.codeDamaged!
  if (!/^\d+$/.test(printed)) return
  const economic = printed.startsWith('3')
  const item = row.itemDamaged ?? row.item!
  for (const length of lengthsFor(printed, economic)) {
    const fromDictionary = codesFor(printed, item, length, economic, year)
    const fromTables = [...printedCodes]
      .filter(([code, names]) => code.length === length && code.startsWith(printed) && [...names].some((name) => name === item || name.startsWith(item)))
      .map(([code, names]) => ({ code, name: [...names].find((name) => name.startsWith(item))! }))
    const codes = new Set([...fromDictionary, ...fromTables].map((entry) => entry.code))
    if (codes.size !== 1) continue
    const code = [...codes][0]!
    // Siblings already printed with this code: the cut code would be a duplicate, not a restoration.
    if (table.rows.some((other) => other !== row && other.code === code && other.group === row.group)) return
    const evidence = [
      ...fromDictionary.map((entry) => ({ label: `政府收支分类科目 ${entry.code} ${entry.name}`, value: entry.code, line: null, table: null })),
      ...fromTables.map((entry) => ({ label: `其他表 ${entry.code} ${entry.name}`, value: entry.code, line: null, table: null })),
    ]
    const id = fingerprint('code', table.id, table.number, row.line, row.group, printed)
    repairs.push({ id, field: 'code', table: table.id, tableNumber: table.number, line: row.line, column: null, printed, value: code, rule: 'code-name', evidence })
    row.code = code
    row.parentCode = parentOf(code, table)
    row.repair = id
    return
  }
}

/** The parent code a row would have: the 类 of a 款, the 款 of a 项, when the table prints it. */
function parentOf(code: string, table: Table): string | null {
  const parent = code.length === 7 ? code.slice(0, 5) : code.length === 5 ? code.slice(0, 3) : null
  return parent && table.rows.some((row) => row.code === parent) ? parent : null
}

function repairName(table: Table, row: TableRow, year: number | null, printedCodes: Map<string, Set<string>>, repairs: Repair[]): void {
  const printed = row.itemDamaged ?? row.item!
  const dictionary = namesOf(row.code!, row.code!.startsWith('3'), year)
  if (dictionary.some((name) => plainName(name) === plainName(printed))) return
  const elsewhere = [...(printedCodes.get(row.code!) ?? [])]
  const longer = [...new Set([...dictionary, ...elsewhere])].filter((name) => name.length > printed.length && plainName(name).startsWith(plainName(printed)))
  if (longer.length !== 1) return
  const source = dictionary.includes(longer[0]!) ? `政府收支分类科目 ${row.code} ${longer[0]}` : `其他表同一科目 ${row.code} ${longer[0]}`
  const id = fingerprint('item', table.id, table.number, row.line, row.group, printed)
  repairs.push({
    id,
    field: 'item',
    table: table.id,
    tableNumber: table.number,
    line: row.line,
    column: null,
    printed,
    value: longer[0]!,
    rule: 'code-name',
    evidence: [{ label: source, value: longer[0]!, line: null, table: null }],
  })
  row.itemDamaged = printed
  row.item = longer[0]!
  row.repair ??= id
}
