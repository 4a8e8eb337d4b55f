/**
 * 重点工作完成情况 as records. Two forms: a goal with its 指标要求 and
 * 完成情况 ("目标二：…" / "指标要求：…" / "完成情况：完成目标任务。…"), read
 * anywhere in the body; and the numbered items of the 重点工作 part, each
 * with the text under it as its result. The status is read from the result
 * only where it says so (完成 / 未完成); otherwise null.
 */
import type { SourceLine } from '../ingest/normalize.js'
import type { Structure } from '../structure/build-structure.js'
import { lineKinds } from '../structure/build-structure.js'

export interface KeyWorkItem {
  item: string
  target: string | null
  result: string | null
  status: '完成' | '未完成' | '部分完成' | null
  line: number
}

const goal = /^目标[一二三四五六七八九十\d]+\s*[:：]\s*(.+)$/
const requirement = /^(?:指标要求|工作目标|目标要求)\s*[:：]\s*(.+)$/
const outcome = /^完成情况\s*[:：]\s*(.+)$/
const narrative = lineKinds.indexOf('narrative')
const headingKind = lineKinds.indexOf('heading')
const tableKind = lineKinds.indexOf('table')

export function readKeyWork(lines: readonly SourceLine[], structure: Structure): KeyWorkItem[] {
  const items = readGoals(lines, structure)
  for (const section of structure.sections) {
    if (section.kind !== '重点工作') continue
    const body: { line: number; text: string }[] = []
    for (let index = section.start; index <= section.end; index++) {
      const kind = structure.kinds[index]
      if (section.headingLines.includes(index)) continue
      const text = structure.info[index]!.trimmed
      // A table of the part (序号 / 重要事项 / 完成情况) ends the running items.
      if ((kind === tableKind || /^序号\s*重要事项|^序号$/.test(text)) && body.length > 0) break
      if (kind === narrative || kind === headingKind) body.push({ line: lines[index]!.line, text })
    }
    for (const item of numberedItems(body)) if (!items.some((known) => known.line === item.line)) items.push(item)
  }
  return items.sort((a, b) => a.line - b.line)
}

const markers = [/^[一二三四五六七八九十廿]{1,3}[、.．]\s*/, /^[（(][一二三四五六七八九十廿]{1,3}[)）]\s*/]
const deeper = /^(?:[（(]\d{1,2}[)）]|\d{1,2}[.、．](?!\d)|[（(][一二三四五六七八九十廿]{1,3}[)）])/

/**
 * The part's numbered items at its top level ("一、" or "（一）"; the level
 * below when the top has a single item, a title like "重点工作事项标题"). An
 * item is its heading line when sub-items follow, else its first sentence;
 * the rest is its result.
 */
function numberedItems(body: readonly { line: number; text: string }[]): KeyWorkItem[] {
  const counts = markers.map((marker) => body.filter((entry) => marker.test(entry.text)).length)
  let level = counts.findIndex((count) => count > 0)
  if (level === -1) return []
  if (counts[level] === 1 && counts[1 - level]! > 1) level = 1 - level
  const marker = markers[level]!
  const items: KeyWorkItem[] = []
  let chunk: { line: number; text: string }[] = []
  const flush = () => {
    if (chunk.length === 0) return
    const first = chunk[0]!.text.replace(marker, '')
    const restLines = chunk.slice(1).map((entry) => entry.text)
    // A heading with a body under it (sub-items, or several lines of text), or a one-sentence goal wrapped over lines.
    const headed = !/。/.test(first) && restLines.length > 0 && (deeper.test(restLines[0]!) || restLines.length > 2)
    const joined = first + restLines.join('')
    const stop = joined.indexOf('。')
    const item = headed ? first : stop === -1 ? joined : joined.slice(0, stop + 1)
    // Stray punctuation ("。。。") is no result.
    const result = (headed ? restLines.join('') : stop === -1 ? '' : joined.slice(stop + 1)).trim().replace(/^[。，,.\s]+$/, '')
    items.push({ item: item.trim(), target: null, result: result || null, status: statusOf(result), line: chunk[0]!.line })
    chunk = []
  }
  for (const entry of body) {
    if (marker.test(entry.text)) flush()
    if (marker.test(entry.text) || chunk.length > 0) chunk.push(entry)
  }
  flush()
  return items
}

function readGoals(lines: readonly SourceLine[], structure: Structure): KeyWorkItem[] {
  const items: KeyWorkItem[] = []
  let current: KeyWorkItem | null = null
  structure.kinds.forEach((kind, index) => {
    if (kind !== narrative && kind !== headingKind) return
    const text = structure.info[index]!.trimmed
    const started = goal.exec(text)
    if (started) {
      current = { item: started[1]!.trim(), target: null, result: null, status: null, line: lines[index]!.line }
      items.push(current)
      return
    }
    if (!current) return
    const target = requirement.exec(text)
    if (target) {
      current.target = target[1]!.trim()
      return
    }
    const result = outcome.exec(text)
    if (result) {
      current.result = result[1]!.trim()
      current.status = statusOf(current.result)
      current = null
    }
  })
  return items
}

/** What the result says of itself, in its first sentence. */
function statusOf(result: string | null): KeyWorkItem['status'] {
  if (!result) return null
  const first = result.split('。')[0]!
  if (/未完成|未能完成|没有完成/.test(first)) return '未完成'
  if (/部分完成|基本完成/.test(first)) return '部分完成'
  if (/完成|已实现|达到预期|超额/.test(first)) return '完成'
  return null
}
