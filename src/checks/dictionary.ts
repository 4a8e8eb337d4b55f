/**
 * Look-ups in the 政府收支分类 dictionary (grammars/classification.ts), by
 * code and by the budget year the document covers.
 */
import { economicEditions, functionCodes } from '../../grammars/classification.js'

/** A name without spaces and with half-width brackets. */
export function plainName(name: string): string {
  return name.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')')
}

/** Names compared loosely: also without a trailing 费/费用/支出 (documents print both forms). */
export function comparableName(name: string): string {
  return plainName(name).replace(/(?:费用|费|支出)$/, '')
}

/** The 经济分类 edition in force in a year (the newest when the year is unknown). */
export function economicCodes(year: number | null): Readonly<Record<string, string>> {
  const edition =
    economicEditions.find((candidate) => year !== null && year >= candidate.from && (candidate.to === null || year <= candidate.to)) ??
    economicEditions[economicEditions.length - 1]!
  return edition.codes
}

/** Names a code may carry: the 经济分类 name in that year, or the 功能分类 names met. */
export function namesOf(code: string, economic: boolean, year: number | null): readonly string[] {
  if (economic) {
    const name = economicCodes(year)[code]
    return name ? [name] : []
  }
  return functionCodes[code] ?? []
}

/**
 * Every name a code has in the classification, whatever the year: each 经济分类 edition's and the 功能分类 names
 * met — for telling which of two printed readings is a code's name.
 */
export function namesInAnyEdition(code: string, codes: 'functional' | 'economic' | undefined): string[] {
  const economic = codes !== 'functional' ? economicEditions.flatMap((edition) => edition.codes[code] ?? []) : []
  const functional = codes !== 'economic' ? (functionCodes[code] ?? []) : []
  return [...economic, ...functional]
}

const functionEntries: readonly [string, string][] = Object.entries(functionCodes).flatMap(([code, names]) => names.map((name): [string, string] => [code, name]))
const economicEntryCache = new WeakMap<object, [string, string][]>()

function economicEntries(codes: Readonly<Record<string, string>>): readonly [string, string][] {
  let entries = economicEntryCache.get(codes)
  if (!entries) economicEntryCache.set(codes, (entries = Object.entries(codes)))
  return entries
}

/** Whether a printed name is a name of the code (loosely: brackets, 费/费用, 支出). */
export function nameAgrees(printed: string, names: readonly string[]): boolean {
  const wanted = comparableName(printed)
  return names.some((name) => {
    const known = comparableName(name)
    return known === wanted || known.includes(wanted) || wanted.includes(known)
  })
}

/**
 * Codes that start with a printed (cut) code and whose name is the printed
 * name, or begins with it when the name is cut too.
 */
export function codesFor(prefix: string, item: string, length: number, economic: boolean, year: number | null): { code: string; name: string }[] {
  const entries = economic ? economicEntries(economicCodes(year)) : functionEntries
  const wanted = comparableName(item)
  return entries
    .filter(([code, name]) => code.length === length && code.startsWith(prefix) && (comparableName(name) === wanted || name.startsWith(item)))
    .map(([code, name]) => ({ code, name }))
}
