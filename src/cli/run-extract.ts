/**
 * `yujuesuan extract`: read each input, print JSON (an object for one input,
 * an array for several) or NDJSON, or write one JSON file per input with
 * `--out`. A file that cannot be read is reported in one line on stderr and
 * counted; the others are still processed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, extname, join } from 'node:path'
import { extract } from '../document.js'
import type { YujuesuanDocument } from '../../schemas/document.js'
import { UserError } from './errors.js'
import { expandArgument, type Input } from './inputs.js'
import { cellRecordFields, toCellRecords, type ExportUnit } from '../export/cell-records.js'
import { csvByteOrderMark, toCsv } from '../export/csv.js'

export type Format = 'json' | 'ndjson' | 'cells' | 'csv'

export interface ExtractCommand {
  inputs: string[]
  format: Format
  out: string | null
  /** Convert amounts to this unit in the cell exports. */
  unit: ExportUnit | null
}

export interface Io {
  stdout: (text: string) => void
  stderr: (text: string) => void
  readStdin: () => Uint8Array
}

/**
 * @returns the exit code: 0 when every input was read, 1 otherwise
 */
export function runExtract(command: ExtractCommand, io: Io): number {
  let failures = 0
  const report = (message: string) => {
    failures++
    io.stderr(`yujuesuan: ${message}\n`)
  }
  const inputs: Input[] = []
  for (const argument of command.inputs) {
    try {
      inputs.push(...expandArgument(argument))
    } catch (error) {
      if (!(error instanceof UserError)) throw error
      report(error.message)
    }
  }
  if (command.out !== null) {
    try {
      mkdirSync(command.out, { recursive: true })
    } catch (error) {
      throw new UserError(`${command.out}: cannot create the output folder (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
    }
  }

  const several = inputs.length > 1 || command.inputs.length > 1
  let printed = 0
  const usedNames = new Set<string>()
  if (command.format === 'csv' && command.out === null) io.stdout(csvByteOrderMark + toCsv(cellRecordFields, []))
  for (const input of inputs) {
    const document = readInput(input, io, report)
    if (!document) continue
    const unread = document.tables.filter((table) => table.status === 'data' && !table.reconstructed && table.layout !== 'form')
    if ((command.format === 'cells' || command.format === 'csv') && unread.length > 0) {
      io.stderr(`yujuesuan: ${input.name}: ${unread.length} of ${document.tables.length} tables have no cells yet (${[...new Set(unread.map((table) => table.layout))].join(', ')} layout); see diagnostics\n`)
    }
    const text = render(document, command.format, command.unit)
    if (command.out !== null) {
      const file = join(command.out, outputName(input.name, usedNames, command.format))
      writeFileSync(file, command.format === 'csv' ? csvByteOrderMark + toCsv(cellRecordFields, []) + text : text)
      continue
    }
    if (command.format === 'json' && several) io.stdout(`${printed === 0 ? '[\n' : ',\n'}${text.trimEnd()}`)
    else io.stdout(text)
    printed++
  }
  if (command.out === null && command.format === 'json' && several) io.stdout(printed === 0 ? '[]\n' : '\n]\n')
  return failures > 0 ? 1 : 0
}

function render(document: YujuesuanDocument, format: Format, unit: ExportUnit | null): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(document, null, 2)}\n`
    case 'ndjson':
      return `${JSON.stringify(document)}\n`
    case 'cells':
      return toCellRecords(document, unit ?? undefined)
        .map((record) => `${JSON.stringify(record)}\n`)
        .join('')
    case 'csv': {
      const csv = toCsv(cellRecordFields, toCellRecords(document, unit ?? undefined))
      return csv.slice(csv.indexOf('\r\n') + 2)
    }
  }
}

function readInput(input: Input, io: Io, report: (message: string) => void): YujuesuanDocument | undefined {
  let bytes: Uint8Array
  try {
    bytes = input.kind === 'stdin' ? io.readStdin() : readFileSync(input.name)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    report(`${input.name}: cannot read the file (${code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : code ?? 'read error'})`)
    return undefined
  }
  const document = extract(bytes, { source: input.name })
  const fatal = document.diagnostics.find((diagnostic) => diagnostic.code === 'undecodable-input')
  if (fatal) {
    report(`${input.name}: cannot read the text: ${fatal.message}`)
    return undefined
  }
  return document
}

const extensions: Record<Format, string> = { json: '.json', ndjson: '.ndjson', cells: '.cells.ndjson', csv: '.csv' }

function outputName(name: string, used: Set<string>, format: Format): string {
  const stem = name === '-' ? 'stdin' : basename(name, extname(name))
  const extension = extensions[format]
  let candidate = `${stem}${extension}`
  for (let counter = 2; used.has(candidate); counter++) candidate = `${stem}-${counter}${extension}`
  used.add(candidate)
  return candidate
}
