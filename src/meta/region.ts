/**
 * The region: the province / city / district prefix of the department's name
 * ("某某市某某区", "某某省"), where it is printed.
 */
import type { Evidence } from './evidence.js'

/** Province, city, district or county, in that order, each optional. */
const regionPrefix = /^(?:中共)?((?:[^省市区县\s]{1,8}省)?(?:[^省市区县\s]{1,8}市)?(?:[^省市区县\s]{1,8}(?:区|县|旗))?)/

/**
 * @param department the department evidence
 * @returns the region prefix, at the department's place, or null
 */
export function readRegion(department: Evidence<string>): Evidence<string> {
  const name = department.value
  if (name === null) return { value: null, line: null, column: null }
  const match = regionPrefix.exec(name)
  const region = match?.[1] ?? ''
  // A region is never the whole name, and a lone "区" or "县" is not one.
  if (region.length < 2 || region.length >= name.length) return { value: null, line: null, column: null }
  const offset = name.startsWith('中共') ? 2 : 0
  return { value: region, line: department.line, column: department.column === null ? null : department.column + offset }
}
