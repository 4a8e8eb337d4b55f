import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { extract } from '../src/index.js'

export const root = fileURLToPath(new URL('..', import.meta.url))

/** The five seed documents, by their number. */
export const seeds = {
  '000': 'seeds/000_73f30f9dc5d31156.txt',
  '001': 'seeds/001_ebd255e6f0607298.txt',
  '002': 'seeds/002_0ec3931ecbe387d8.txt',
  '003': 'seeds/003_1c711c4a17857b2b.txt',
  '004': 'seeds/004_430cf536df473595.txt',
} as const

/** The development corpus from other regions (../shared/corpus). */
export const corpus = (name: string) => `${root}../shared/corpus/${name}`

export function readSeed(id: keyof typeof seeds) {
  return extract(readFileSync(`${root}${seeds[id]}`), { source: seeds[id] })
}

export function readPath(path: string) {
  return extract(readFileSync(path), { source: path })
}

/** A compact view of the sections: [kind, part, line, endLine]. */
export function sectionOutline(document: ReturnType<typeof extract>) {
  return document.sections.map((section) => [section.kind, section.part, section.line, section.endLine])
}

/** Metadata values and lines: {field: [value, line]}. */
export function metaOutline(document: ReturnType<typeof extract>) {
  return Object.fromEntries(Object.entries(document.meta).map(([field, evidence]) => [field, [evidence.value, evidence.line]]))
}

/** A line with cells at character columns, as pdftotext -layout prints them; 'r' ends the text at its column. */
export const placeCells = (cells: Array<[number, string, 'r'?]>) =>
  cells.reduce((line, [column, text, align]) => line.padEnd(align === 'r' ? column - text.length : column) + text, '')

/**
 * Lines `from`–`to` (1-based) of a corpus file with amounts written in, as another department's document of the
 * same template would print them: each edit puts `text` so that it ends at character column `end`, replacing
 * the number already there. The synthetic variant keeps the template's layout and changes only the data.
 */
export function editedCorpus(name: string, from: number, to: number, edits: Array<[line: number, end: number, text: string]>) {
  const lines = readFileSync(corpus(name), 'utf8').split('\n')
  for (const [line, end, text] of edits) {
    const chars = [...lines[line - 1]!].concat(Array.from({ length: Math.max(0, end - lines[line - 1]!.length) }, () => ' '))
    let [first, last] = [end - text.length, end - 1]
    while (first > 0 && /[0-9.,]/.test(chars[first - 1]!)) first--
    while (last + 1 < chars.length && /[0-9.,]/.test(chars[last + 1]!)) last++
    for (let at = first; at <= last; at++) chars[at] = ' '
    ;[...text].forEach((char, offset) => (chars[end - text.length + offset] = char))
    lines[line - 1] = chars.join('').trimEnd()
  }
  return lines.slice(from - 1, to).join('\n') + '\n'
}
