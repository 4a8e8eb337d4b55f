/**
 * The text the audit reads besides the JSON: narrative lines (for template
 * residue) and the sentences of the 情况说明 (for contradictions).
 */
import type { SourceLine } from '../ingest/normalize.js'
import { runningText, sourceOf } from '../narrative/running-text.js'
import { lineKinds, type Structure } from '../structure/build-structure.js'
import type { AuditText } from './audit.js'

const narrative = lineKinds.indexOf('narrative')

export function auditText(lines: readonly SourceLine[], structure: Structure): AuditText {
  const narrativeLines: AuditText['narrative'][number][] = []
  structure.kinds.forEach((kind, index) => {
    if (kind === narrative) narrativeLines.push({ line: lines[index]!.line, text: structure.info[index]!.trimmed })
  })
  const running = runningText(lines, structure, ['情况说明'])
  const sentences: AuditText['sentences'][number][] = []
  let start = 0
  const text = running.text
  for (let index = 0; index <= text.length; index++) {
    if (index < text.length && text[index] !== '。' && text[index] !== '\n') continue
    const sentence = text.slice(start, index).trim()
    if (sentence.length > 0) sentences.push({ line: sourceOf(running, lines, start).line, text: sentence })
    start = index + 1
  }
  return { narrative: narrativeLines, sentences }
}
