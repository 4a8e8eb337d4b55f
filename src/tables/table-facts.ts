/**
 * What a table region says about itself before any cell is read: its printed
 * number, its unit, and whether it holds data, states it has none ("本单位无…",
 * "故本表无数据"), or is missing from the text (only its title is there).
 */
import type { SourceLine } from '../ingest/normalize.js'
import type { LineInfo } from '../structure/classify-lines.js'
import type { TableRegion } from '../structure/find-tables.js'
import { patterns } from '../tree/patterns.js'

export interface TableFacts {
  number: string | null
  unit: string | null
  status: 'data' | 'empty' | 'missing'
  statement: string | null
}

/** "公开 01 表", "表 5-1", "表 3". */
const tableNumber = /公开\s*\d{1,2}\s*表|附?表\s*(?:\d{1,2}(?:\s*[-－]\s*\d{1,2})?|[一二三四五六七八九十]{1,3})(?=\s*[.．、:：]|\s|$)/
/** A statement that the table has no data. */
const emptyStatement = /本(?:单位|部门)(?:\s*\d{4}\s*年度?)?(?:无|没有|未)|故本表无|本表无数据|无数据|为空表|不涉及|未发生|没有使用|^[（(]\s*无/
/** The total row of a printed grid ("合计", "合 计", "总计"). */
const totalRow = /^(?:合\s*计|总\s*计)$/
/** A note under a table: 注：, 说明：, 备注：. */
const noteLine = /^(?:注|说明|备注)\s*\d?\s*[:：]/
/** A "单位：" label whose unit follows on the next line. */
const unitLabelOnly = /单位\s*[:：]\s*(\S*)$/
/** How many lines after the title the number and unit are looked for in. */
const headLines = 8

/**
 * @param region the table's lines
 * @param lines normalized lines
 * @param info their classification
 */
export function readTableFacts(region: TableRegion, lines: readonly SourceLine[], info: readonly LineInfo[]): TableFacts {
  let number: string | null = null
  let unit: string | null = null
  let statement: string | null = null
  let dataLines = 0
  let gridLines = 0
  const titleLines = new Set(region.titleLines)
  let seen = 0
  for (let index = region.start; index <= region.end; index++) {
    const line = lines[index]!
    if (line.blank || line.furniture) continue
    const text = info[index]!.trimmed
    const head = seen++ < headLines + region.titleLines.length
    if (head && number === null) number = tableNumber.exec(text)?.[0].trim() ?? null
    if (head && unit === null) unit = readUnit(text, lines, info, index)
    if (titleLines.has(index)) continue
    if (statement === null && emptyStatement.test(text) && text.length <= 200) {
      statement = text
      continue
    }
    if (noteLine.test(text) || patterns.unitLine.test(text) || tableNumber.test(text) && text.length <= 12) continue
    if (/\d/.test(text) && !/^(?:栏次|行次)/.test(text)) dataLines++
    else if (totalRow.test(text)) gridLines++
  }
  // A grid printed with its 合计 row and no amount in it is empty, said so or not; only a title is missing.
  const status = statement !== null ? 'empty' : dataLines > 0 ? 'data' : gridLines > 0 ? 'empty' : 'missing'
  return { number, unit, status, statement }
}

function readUnit(text: string, lines: readonly SourceLine[], info: readonly LineInfo[], index: number): string | null {
  const match = patterns.unitLine.exec(text)
  if (match) return match[1]!
  const label = unitLabelOnly.exec(text)
  if (!label) return null
  for (let cursor = index + 1; cursor < Math.min(lines.length, index + 4); cursor++) {
    if (lines[cursor]!.blank) continue
    const joined = `单位：${label[1]}${info[cursor]!.trimmed}`
    return patterns.unitLine.exec(joined)?.[1] ?? null
  }
  return null
}
