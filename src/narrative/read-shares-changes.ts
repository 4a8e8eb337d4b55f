/**
 * Structure shares and year-on-year changes stated in the 情况说明:
 * "教育支出（类）支出 95.00 万元，占 60.5%" → a share; "收、支总计各减少
 * 12.34 万元，下降 5.6%，主要原因是…" → a change with its direction, rate and
 * reason. The template residue "增长(下降)8.1%" is kept as an ambiguous
 * direction, never read as one of the two.
 */
import type { SourceLine } from '../ingest/normalize.js'
import { exactDecimal } from '../tables/parse-amount.js'
import type { Structure } from '../structure/build-structure.js'
import { runningText, sentenceEnd, sentenceStart, sourceOf, type RunningText } from './running-text.js'

export interface ShareStatement {
  subject: string
  amount: string
  /** The share as printed, in percent. */
  share: string
  /** What it is a share of, when printed ("本年收入", "本年支出"). */
  of: string | null
  line: number
}

export interface ChangeStatement {
  subject: string
  /** Unsigned amount of the change, exact; null when only a rate or 持平 is stated. */
  amount: string | null
  direction: '增加' | '减少' | '持平' | 'ambiguous'
  /** The rate as printed (unsigned), or null. */
  rate: string | null
  /** The current-year amount the change is measured from, when the sentence (or the one before) states it. */
  current: string | null
  reason: string | null
  line: number
  text: string
}

const number = '(\\d[\\d,]*(?:\\.\\d+)?)'
/** "X 95.00 万元，占 60.5%" / "占本年支出 71.11 %". */
const share = new RegExp(`${number}\\s*万元[，,]\\s*占(本年收入|本年支出|收入|支出|总支出|总收入)?(?:合计)?(?:的)?\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]`, 'g')
/** "减少 12.34 万元", "增加(减少)1.2万元", "持平". */
const change = new RegExp(`(增加|减少|增长|下降|降低|上升|持平)(\\s*[(（](?:增加|减少|增长|下降|降低|上升)[)）])?\\s*(?:${number}\\s*万元)?`, 'g')
const rateAfter = /^[，,]?\s*(增长|下降|降低|上升|减少|增加)?\s*([(（](?:增长|下降|降低|上升|减少|增加)[)）])?\s*(\d+(?:\.\d+)?)\s*[%％]/
const reasonAfter = /主要原因(?:是|为|：|:)?\s*([^。]+)/
const up = new Set(['增加', '增长', '上升'])

/**
 * @param lines normalized lines
 * @param structure the document's structure
 * @param department the department's name, left out of subjects ("…局机关运行经费支出" → "机关运行经费支出")
 */
export function readSharesAndChanges(
  lines: readonly SourceLine[],
  structure: Structure,
  department: string | null,
): { shares: ShareStatement[]; changes: ChangeStatement[] } {
  const running = runningText(lines, structure, ['情况说明'])
  return { shares: readShares(running, lines, department), changes: readChanges(running, lines, department) }
}

function readShares(running: RunningText, lines: readonly SourceLine[], department: string | null): ShareStatement[] {
  const text = running.text
  const shares: ShareStatement[] = []
  for (const match of text.matchAll(share)) {
    const subject = subjectBefore(text, match.index, department)
    if (!subject) continue
    shares.push({ subject, amount: exactDecimal(match[1]!), share: match[3]!, of: match[2] ?? null, line: sourceOf(running, lines, match.index).line })
  }
  return shares
}

function readChanges(running: RunningText, lines: readonly SourceLine[], department: string | null): ChangeStatement[] {
  const text = running.text
  const changes: ChangeStatement[] = []
  let consumed = 0
  for (const match of text.matchAll(change)) {
    // "减少 12.34 万元，下降 5.6%": the second verb is the first one's rate.
    if (match.index < consumed) continue
    const verb = match[1]!
    const amount = match[3] ? exactDecimal(match[3]) : null
    const afterStart = match.index + match[0].length
    const rate = rateAfter.exec(text.slice(afterStart, afterStart + 30))
    // A bare verb with neither amount nor rate ("增加就业") is no change statement; 持平 stands alone.
    if (amount === null && !rate && verb !== '持平') continue
    consumed = afterStart + (rate ? rate[0].length : 0)
    const ambiguous = match[2] !== undefined || rate?.[2] !== undefined
    const direction = ambiguous ? 'ambiguous' : verb === '持平' ? '持平' : up.has(verb) ? '增加' : '减少'
    const subject = subjectBefore(text, match.index, department)
    if (!subject) continue
    const end = sentenceEnd(text, match.index)
    changes.push({
      subject,
      amount,
      direction,
      rate: rate ? rate[3]! : null,
      current: currentAmount(text, match.index, subject),
      reason: reasonAfter.exec(text.slice(match.index, end))?.[1]?.trim() ?? null,
      line: sourceOf(running, lines, match.index).line,
      text: text.slice(sentenceStart(text, match.index), end + 1).trim(),
    })
  }
  return changes
}

/** Numbering, a leading year, 其中, the department ("本部门（单位）" or its name) and the spaces of a clause. */
function clean(clause: string, department: string | null): string {
  let result = clause
    .replace(/\s+/g, '')
    .replace(/^(?:[一二三四五六七八九十廿]{1,3}、|[（(][一二三四五六七八九十廿\d]{1,3}[）)]|\d{1,2}[.、．](?!\d))/, '')
    .replace(/^(?:截至)?\d{4}年度?/, '')
    .replace(/^其中/, '')
    .replace(/^(?:本部门|本单位|我部门|我单位)(?:[（(](?:单位|部门)[）)])?/, '')
  if (department && result.startsWith(department)) result = result.slice(department.length)
  return result.replace(/^\d{4}年度?/, '')
}

/**
 * What a share or change is of: the clause before it without the comparison
 * ("与 2022 年度相比", "比 2023 年预算", "较上年"); when nothing is left, the
 * subject of the sentence (its first clause up to its first figure).
 */
function subjectBefore(text: string, at: number, department: string | null): string | null {
  let start = at
  while (start > 0 && !'，,。；：:\n'.includes(text[start - 1]!)) start--
  const clause = clean(text.slice(start, at), department)
    .replace(/(?:与|比|较)(?:\d{4}年度?|上年|上一年|去年|年初|预算).*$/, '')
    .replace(/(?:[各均]|中|全年)+$/, '')
  // "较上年减少…": the comparison is all the clause holds.
  if (clause.length > 0 && !/^(?:较|与|比)/.test(clause)) return clause
  // The subject of the sentence — or of the sentence before, when this one
  // opens with the comparison ("较上年减少 1.23 万元").
  let sentence = sentenceStart(text, at)
  for (let step = 0; step < 2; step++) {
    let first = sentence
    while (first < text.length && !'，,；：:。'.includes(text[first]!)) first++
    const subject = clean(text.slice(sentence, first), department)
      .replace(/\d.*$/, '')
      .replace(/(?:支出决算|决算|预算)?(?:数)?为?$/, '')
      .replace(/(?:[各均]|中|全年)+$/, '')
    if (subject.length > 0 && !/^(?:较|与|比)/.test(subject)) return subject
    if (sentence === 0 || text[sentence - 1] !== '。') return null
    sentence = sentenceStart(text, sentence - 1)
  }
  return null
}




const amount = /(\d[\d,]*(?:\.\d+)?)\s*万元/g

/**
 * The amount a change is measured from: the last amount before the change
 * verb in its sentence ("机关运行经费支出 45.67 万元，比年初预算数增加…"), or,
 * when the sentence opens with the comparison ("与上年相比，…减少…"), the
 * last amount of the sentence before.
 */
function currentAmount(text: string, at: number, subject: string): string | null {
  const start = sentenceStart(text, at)
  const own = lastAmount(text.slice(start, at), subject)
  if (own !== undefined) return own
  if (start === 0 || !/^\s*(?:与|较|比|同)/.test(text.slice(start, start + 4))) return null
  return lastAmount(text.slice(sentenceStart(text, start - 1), start), subject) ?? null
}

/**
 * The last amount of a span, when the subject is named before it ("机关运行经费支出 45.67 万元"); null when
 * another subject's amount stands there ("基本支出 1 万元，项目支出 2 万元，比上年增加…" says nothing of which);
 * undefined when the span holds no amount.
 */
function lastAmount(span: string, subject: string): string | null | undefined {
  let last: RegExpMatchArray | null = null
  let previousEnd = 0
  for (const match of span.matchAll(amount)) {
    if (last) previousEnd = last.index! + last[0].length
    last = match
  }
  if (last === null) return undefined
  const plain = (text: string) => text.replace(/\s+/g, '').replace(/[“”"]/g, '')
  // The clause of the amount names the subject, or only goes on with it ("…，支出决算为 1.00 万元").
  const clause = plain(span.slice(previousEnd, last.index))
  const continues = /^[，,]?(?:其中[:：])?(?:支出)?(?:决算|预算|全年预算|年初预算)?数?(?:为|是)?$/.test(clause)
  return plain(span.slice(0, last.index)).includes(plain(subject)) && (clause.includes(plain(subject)) || continues) ? exactDecimal(last[1]!) : null
}
