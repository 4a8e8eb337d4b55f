/**
 * Per-科目 explanations of the 情况说明 as records: "教育支出（类）普通教育（款）
 * 小学教育（项）年初预算为 100.00 万元，支出决算为 95.00 万元，完成年初
 * 预算的 95.0%。…主要原因：…" → the 类/款/项 names, the code when the tables
 * resolve it, the initial budget, the final amount, the completion rate as
 * printed, and the reason. A value the sentence does not state is null.
 */
import type { Table } from '../../schemas/table.js'
import type { SourceLine } from '../ingest/normalize.js'
import { exactDecimal } from '../tables/parse-amount.js'
import type { Structure } from '../structure/build-structure.js'
import { codeNames, resolveCode } from './resolve-code.js'
import { runningText, sourceOf } from './running-text.js'

export interface SubjectStatement {
  category: string
  section: string | null
  item: string | null
  code: string | null
  initialBudget: string | null
  final: string | null
  /** 完成年初预算的 X%: X as printed. */
  completionRate: string | null
  reason: string | null
  line: number
  text: string
}

/** "X（类）", then optionally "Y（款）" and "Z（项）"; brackets of either width. Names hold no punctuation. */
const subject = /([^\s。；，,：:、（）()\d.]{2,24}?)\s*[（(]\s*类\s*[）)]\s*(?:([^\s。；，,：:、（）()]{2,24}?)\s*[（(]\s*款\s*[）)]\s*(?:([^\s。；，,：:、（）()]{2,30}?)\s*[（(]\s*项\s*[）)])?)?/g
const initialBudget = /(?<!追加|调整|全年)(?:年初预算|预算)数?为\s*(\d[\d,]*(?:\.\d+)?)\s*万元/
const finalAmount = /(?:支出决算数?|决算数)为?\s*(\d[\d,]*(?:\.\d+)?)\s*万元/
const completion = /完成(?:年初|全年)?预算的\s*(\d+(?:\.\d+)?)\s*[%％]/
const reason = /主要原因(?:是|为|：|:)\s*([^。]+)/
/** Longest stretch a statement's figures are looked for in. */
const statementLengthMax = 400

/**
 * @param lines normalized lines
 * @param structure the document's structure
 * @param tables the document's tables, to resolve codes
 */
export function readStatements(lines: readonly SourceLine[], structure: Structure, tables: readonly Table[]): SubjectStatement[] {
  const running = runningText(lines, structure, ['情况说明'], { joinHeadings: true })
  const text = running.text
  const names = codeNames(tables)
  const found: Array<{ match: RegExpExecArray; start: number }> = []
  for (const match of text.matchAll(subject)) found.push({ match, start: match.index })
  const statements: SubjectStatement[] = []
  found.forEach(({ match, start }, position) => {
    // A statement runs to the next one, the next numbered line, or the length limit.
    const next = found[position + 1]?.start ?? text.length
    const end = Math.min(next, nextNumberedLine(text, start), start + statementLengthMax)
    const body = text.slice(start + match[0].length, end)
    // A name that goes on past what was matched ("（款）机关事业单位基本养老…" with its
    // "（项）" lines away, in a scrambled rendering) would pin the figures on the
    // parent: leave such a statement out.
    if (/^\s*[\u4e00-\u9fff]/.test(body) && !/^\s*(?:年初|预算|支出|决算|追加|调整|主要|全年|完成|本年)/.test(body)) return
    const budget = initialBudget.exec(body)
    const final = finalAmount.exec(body)
    // A 类 named in passing ("教育支出（类）支出 95.00 万元，占 60.5%") is a share, not an explanation.
    if (!budget && !final) return
    const category = match[1]!
    const section = match[2] ?? null
    const item = match[3] ?? null
    statements.push({
      category,
      section,
      item,
      code: resolveCode(names, category, section, item),
      initialBudget: budget ? exactDecimal(budget[1]!) : null,
      final: final ? exactDecimal(final[1]!) : null,
      completionRate: completion.exec(body)?.[1] ?? null,
      reason: reason.exec(body)?.[1]?.trim() ?? null,
      line: sourceOf(running, lines, start).line,
      text: text.slice(start, end).trim(),
    })
  })
  return statements
}

/** Where the next line that starts with a numbering marker begins in the running text. */
const numberedStart = /^\s*(?:[一二三四五六七八九十廿]{1,3}、|[（(][一二三四五六七八九十廿]{1,3}[）)]|\d{1,2}[.、．](?!\d))/

function nextNumberedLine(text: string, from: number): number {
  for (let at = text.indexOf('\n', from); at >= 0; at = text.indexOf('\n', at + 1)) {
    if (numberedStart.test(text.slice(at + 1, at + 12))) return at
  }
  return text.length
}

