/**
 * `yujuesuan extract`: read each input, print JSON (an object for one input,
 * an array for several), NDJSON, cells or CSV — or write one file per input
 * with `--out`. Results stream in input order, one document at a time; with
 * `--jobs N` worker threads read N files at once. A file that cannot be read
 * is reported in one line and counted; the batch goes on. Several inputs end
 * with a summary line on stderr.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { basename, extname, join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { cellRecordFields, type ExportUnit } from '../export/cell-records.js'
import { csvByteOrderMark, toCsv } from '../export/csv.js'
import { UserError } from './errors.js'
import { expandArgument, type Input } from './inputs.js'
import { readAndExtract } from './read-input.js'
import { documentStats, renderDocument, type DocumentStats, type Format } from './render.js'
import type { WorkerResult, WorkerTask } from './worker.js'

export type { Format } from './render.js'

export interface ExtractCommand {
  inputs: string[]
  format: Format
  out: string | null
  /** Convert amounts to this unit in the cell exports. */
  unit: ExportUnit | null
  /** Files read at once (worker threads when more than 1). */
  jobs: number
}

export interface Io {
  /** May return a promise when the stream is full, to be awaited (back-pressure). */
  stdout: (text: string) => void | Promise<void>
  stderr: (text: string) => void
  readStdin: () => Uint8Array
  /** Whether stderr is a terminal a progress bar can be drawn on. */
  progress?: boolean
}

type Outcome = { ok: true; text: string; stats: DocumentStats } | { ok: false; message: string }

/**
 * @returns the exit code: 0 when every input was read, 1 otherwise
 */
export async function runExtract(command: ExtractCommand, io: Io): Promise<number> {
  const started = performance.now()
  let progressShown = false
  const clearProgress = () => {
    if (progressShown) io.stderr('\r\u001b[K')
    progressShown = false
  }
  const showProgress = (done: number) => {
    if (!io.progress) return
    const width = 30
    const filled = Math.round((done / Math.max(total(), 1)) * width)
    io.stderr(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total()} documents`)
    progressShown = true
  }

  let errors = 0
  let failedChecks = 0
  const report = (message: string) => {
    errors++
    clearProgress()
    io.stderr(`yujuesuan: ${message}\n`)
  }
  const inputs: Input[] = []
  const total = () => inputs.length
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
  const totals = { documents: 0, tables: 0, cells: 0, findings: 0 }
  const usedNames = new Set<string>()
  if (command.format === 'csv' && command.out === null) await io.stdout(csvByteOrderMark + toCsv(cellRecordFields, []))
  let printed = 0
  let done = 0
  const useWorkers = command.jobs > 1 && inputs.length > 1 && inputs.every((input) => input.kind === 'file')
  const outcomes = useWorkers ? pooled(inputs, command) : inProcess(inputs, command, io)
  for await (const [input, outcome] of outcomes) {
    showProgress(++done)
    if (!outcome.ok) {
      report(outcome.message)
      continue
    }
    totals.documents++
    totals.tables += outcome.stats.tables
    totals.cells += outcome.stats.cells
    totals.findings += outcome.stats.findings
    if (outcome.stats.errors) failedChecks++
    if ((command.format === 'cells' || command.format === 'csv') && outcome.stats.unread.length > 0) {
      clearProgress()
      io.stderr(`yujuesuan: ${input.name}: ${outcome.stats.unread.length} of ${outcome.stats.tables} tables have no cells yet (${[...new Set(outcome.stats.unread)].join(', ')} layout); see diagnostics\n`)
    }
    if (command.out !== null) {
      const file = join(command.out, outputName(input.name, usedNames, command.format))
      writeFileSync(file, command.format === 'csv' ? csvByteOrderMark + toCsv(cellRecordFields, []) + outcome.text : outcome.text)
      continue
    }
    clearProgress()
    if (isJsonArray(command.format) && several) await io.stdout(`${printed === 0 ? '[\n' : ',\n'}${outcome.text.trimEnd()}`)
    else await io.stdout(outcome.text)
    printed++
  }
  clearProgress()
  if (command.out === null && isJsonArray(command.format) && several) await io.stdout(printed === 0 ? '[]\n' : '\n]\n')
  if (several || command.jobs > 1) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    const memory = Math.round(process.resourceUsage().maxRSS / 1024)
    io.stderr(
      `yujuesuan: ${totals.documents} documents, ${totals.tables} tables, ${totals.cells} cells, ${totals.findings} findings (${failedChecks} documents with errors), ${errors} unreadable inputs, ${seconds} s, peak memory ${memory} MB\n`,
    )
  }
  // The check command fails on an inconsistency as it does on an unreadable file.
  const checking = command.format === 'report' || command.format === 'check-json' || command.format === 'check-ndjson'
  return errors > 0 || (checking && failedChecks > 0) ? 1 : 0
}

/** Formats printed as one value per document, wrapped in an array for several. */
function isJsonArray(format: Format): boolean {
  return format === 'json' || format === 'check-json'
}

/** Read the inputs one after the other in this thread. */
async function* inProcess(inputs: readonly Input[], command: ExtractCommand, io: Io): AsyncGenerator<[Input, Outcome]> {
  for (const input of inputs) {
    let read
    try {
      read = input.kind === 'stdin' ? readAndExtract('-', io.readStdin()) : readAndExtract(input.name)
    } catch (error) {
      if (input.kind === 'stdin') read = { ok: false as const, message: `-: cannot read standard input (${(error as NodeJS.ErrnoException).code ?? 'error'})` }
      else throw error
    }
    yield [input, read.ok ? { ok: true, text: renderDocument(read.document, command.format, command.unit), stats: documentStats(read.document) } : read]
  }
}

/**
 * Read the inputs in worker threads, `jobs` at a time, and give the results
 * back in input order. At most a few results per worker wait for their turn,
 * so memory stays bounded by the largest documents, not by the batch.
 */
async function* pooled(inputs: readonly Input[], command: ExtractCommand): AsyncGenerator<[Input, Outcome]> {
  const count = Math.min(command.jobs, inputs.length)
  const window = count * 4
  const workers = Array.from({ length: count }, () => new Worker(new URL('./worker.js', import.meta.url)))
  const idle = [...workers]
  const ready = new Map<number, Outcome>()
  let dispatched = 0
  let emitted = 0
  let wake: (() => void) | null = null
  let failure: Error | null = null
  const dispatch = () => {
    while (idle.length > 0 && dispatched < inputs.length && dispatched - emitted < window) {
      const worker = idle.pop()!
      const task: WorkerTask = { id: dispatched, name: inputs[dispatched]!.name, format: command.format, unit: command.unit }
      dispatched++
      worker.postMessage(task)
    }
  }
  for (const worker of workers) {
    worker.on('message', (result: WorkerResult) => {
      ready.set(result.id, result.ok ? { ok: true, text: result.text, stats: result.stats } : { ok: false, message: result.message })
      idle.push(worker)
      dispatch()
      wake?.()
    })
    worker.on('error', (error) => {
      failure = error
      wake?.()
    })
  }
  try {
    dispatch()
    while (emitted < inputs.length) {
      if (failure) throw failure
      const outcome = ready.get(emitted)
      if (!outcome) {
        await new Promise<void>((resolve) => (wake = resolve))
        wake = null
        continue
      }
      ready.delete(emitted)
      yield [inputs[emitted]!, outcome]
      emitted++
      dispatch()
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
}

const extensions: Record<Format, string> = {
  json: '.json',
  ndjson: '.ndjson',
  cells: '.cells.ndjson',
  csv: '.csv',
  report: '.check.txt',
  'check-json': '.check.json',
  'check-ndjson': '.check.ndjson',
}

function outputName(name: string, used: Set<string>, format: Format): string {
  const stem = name === '-' ? 'stdin' : basename(name, extname(name))
  const extension = extensions[format]
  let candidate = `${stem}${extension}`
  for (let counter = 2; used.has(candidate); counter++) candidate = `${stem}-${counter}${extension}`
  used.add(candidate)
  return candidate
}
