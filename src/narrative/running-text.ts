/**
 * The running text of some parts as one string, lines wrapped inside a
 * sentence joined back, with a map from every position to its input line
 * and column — so that a figure read anywhere in it points at its source.
 */
import type { PartKind } from '../../grammars/types.js'
import { originalColumn } from '../ingest/column-map.js'
import type { SourceLine } from '../ingest/normalize.js'
import { lineKinds, type Structure } from '../structure/build-structure.js'

export interface RunningText {
  text: string
  /** Where each line's text starts in `text`, and which line it is. */
  segments: Array<{ offset: number; index: number; start: number }>
}

const narrative = lineKinds.indexOf('narrative')
const heading = lineKinds.indexOf('heading')
/** A line ending in one of these ends its sentence; otherwise the next line goes on with it. */
const endsSentence = /[。；：！？]$/

/**
 * @param lines normalized lines
 * @param structure the document's structure
 * @param parts the kinds of part to take the text of, in document order
 * @param options joinHeadings: join a numbered line without closing punctuation to the line below
 */
export function runningText(lines: readonly SourceLine[], structure: Structure, parts: readonly PartKind[], options: { joinHeadings?: boolean } = {}): RunningText {
  let text = ''
  const segments: RunningText['segments'] = []
  let previousEnded = true
  for (const section of structure.sections) {
    if (!parts.includes(section.kind)) continue
    for (let index = section.start; index <= section.end; index++) {
      const kind = structure.kinds[index]
      if (kind !== narrative && kind !== heading) continue
      const info = structure.info[index]!
      const isHeading = kind === heading
      // A line that goes on with the sentence above joins it without a break.
      if (previousEnded || isHeading) text += '\n'
      segments.push({ offset: text.length, index, start: info.indent })
      text += info.trimmed
      // With joinHeadings, a numbered line that does not end its sentence
      // ("2.科学技术（类）…（项）年初") goes on below; otherwise a heading ends its paragraph.
      previousEnded = (isHeading && !options.joinHeadings) || endsSentence.test(info.trimmed)
    }
    text += '\n'
    previousEnded = true
  }
  return { text, segments }
}

/**
 * The input line and column of a position in the running text.
 * @param running from `runningText`
 * @param lines normalized lines
 * @param offset position in `running.text`
 */
export function sourceOf(running: RunningText, lines: readonly SourceLine[], offset: number): { line: number; column: number } {
  let low = 0
  let high = running.segments.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (running.segments[middle]!.offset <= offset) low = middle
    else high = middle - 1
  }
  const segment = running.segments[low]!
  const line = lines[segment.index]!
  return { line: line.line, column: originalColumn(line.map, segment.start + (offset - segment.offset)) }
}

/** Where the sentence holding `at` begins (after "。" or a paragraph break). */
export function sentenceStart(text: string, at: number): number {
  let start = at
  while (start > 0 && text[start - 1] !== '。' && text[start - 1] !== '\n') start--
  return start
}

/** Where the sentence holding `at` ends (its "。", or the paragraph break). */
export function sentenceEnd(text: string, at: number): number {
  let end = at
  while (end < text.length && text[end] !== '。' && text[end] !== '\n') end++
  return end
}
