/**
 * The glossary (名词解释): numbered entries "term：definition", wrapped lines
 * joined back, and the list of 支出功能分类 items the department used
 * ("科学技术（类）科学技术普及（款）科普活动（项）"), each with its code when
 * the document's tables name the same 类, 款 and 项.
 */
import type { Table } from '../../schemas/table.js'
import { codeNames, resolveCode } from './resolve-code.js'
import type { SourceLine } from '../ingest/normalize.js'
import { lineKinds, type Structure } from '../structure/build-structure.js'

export interface GlossaryEntry {
  term: string
  definition: string | null
  /** "classification" for a 类/款/项 item of the 支出功能分类, else "term". */
  kind: 'term' | 'classification'
  /** The 7-digit code of a classification item, when the tables resolve it. */
  code: string | null
  line: number
}

const narrative = lineKinds.indexOf('narrative')
const heading = lineKinds.indexOf('heading')
/** "X（类）Y（款）Z（项）" with either bracket width. */
const classification = /^(.+?)[（(]类[）)](.+?)[（(]款[）)](.+?)[（(]项[）)]/
/** Longest term before its colon. */
const termLengthMax = 60

/**
 * @param lines normalized lines
 * @param structure the document's structure
 * @param tables the document's tables, to resolve classification codes
 */
export function readGlossary(lines: readonly SourceLine[], structure: Structure, tables: readonly Table[]): GlossaryEntry[] {
  const entries: Array<{ text: string; index: number }> = []
  for (const section of structure.sections) {
    if (section.kind !== '名词解释') continue
    let open: { text: string; index: number } | null = null
    for (let index = section.start; index <= section.end; index++) {
      if (section.headingLines.includes(index)) continue
      const kind = structure.kinds[index]
      if (kind !== narrative && kind !== heading) continue
      const info = structure.info[index]!
      if (info.numbered) {
        open = { text: info.numbered.title, index }
        entries.push(open)
      } else if (open && !/[。；]$/.test(open.text)) {
        open.text += info.trimmed
      } else {
        open = null
      }
    }
  }
  const names = codeNames(tables)
  return entries.map(({ text, index }) => {
    const colon = text.search(/[:：]/)
    const hasDefinition = colon > 0 && colon <= termLengthMax
    const term = (hasDefinition ? text.slice(0, colon) : text).replace(/[。；]$/, '').trim()
    const definition = hasDefinition ? text.slice(colon + 1).trim() || null : null
    // "科学技术支出 科学技术管理事务 行政运行：反映…": the three names without （类）（款）（项）.
    const spaced = definition?.startsWith('反映') ? term.split(/\s+/) : []
    const item = classification.exec(term.replace(/\s+/g, '')) ?? (spaced.length === 3 ? [term, ...spaced] : null)
    return {
      term,
      definition,
      kind: item ? ('classification' as const) : ('term' as const),
      code: item ? resolveCode(names, item[1]!, item[2]!, item[3]!) : null,
      line: lines[index]!.line,
    }
  })
}
