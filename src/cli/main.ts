/**
 * The yujuesuan command-line tool: arguments to exit code.
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { UserError } from './errors.js'
import { runExtract, type Format, type Io } from './run-extract.js'

const usage = `Usage: yujuesuan extract <files, folders or globs…> [--format json|ndjson|cells|csv] [--unit 万元|元] [--out DIR]
       yujuesuan check <files, folders or globs…> [--format text|json|ndjson] [--out DIR]

Reads budget / final-account disclosures (text from pdftotext or similar) and
prints one JSON document per input: metadata, sections, tables, coverage and
diagnostics, every value with its source line.

  -                 read standard input
  --format json     one object, or an array for several inputs (default)
  --format ndjson   one document per line
  --format cells    one table cell per line (NDJSON): source, department, year,
                    kind, table, tableNumber, side, code, item, column, value,
                    unit, line, damaged, repair
  --format csv      the same cells as CSV (UTF-8 with BOM, RFC 4180)
  --unit 万元|元     convert amounts in cells/csv exactly to this unit
  --out DIR         write DIR/<name>.json per input instead of printing
  --jobs N          read N files at once in worker threads (default 1); results
                    still come out in input order

check audits each document (勾稽关系: sums within and across tables, the
narrative against the tables, its rates and shares, template residue) and
prints what failed, what could not be checked and what was repaired; it exits
1 when any error-severity finding fails.

  --format text     a readable report per document (default)
  --format json     findings, repairs and coverage as JSON (ndjson: one line each)

  -h, --help        show this help
  -v, --version     show the version`

const formats: readonly Format[] = ['json', 'ndjson', 'cells', 'csv']
const units = ['万元', '元'] as const

/**
 * Run the CLI.
 * @param argv arguments after the program name
 * @param io where output goes and where standard input comes from
 * @returns the exit code
 */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        unit: { type: 'string', short: 'u' },
        jobs: { type: 'string', short: 'j' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    })
    if (values.help) {
      await io.stdout(`${usage}\n`)
      return 0
    }
    if (values.version) {
      await io.stdout(`${version()}\n`)
      return 0
    }
    const [command, ...inputs] = positionals
    if (command === undefined) throw new UserError(`no command given\n${usage}`, 2)
    if (command !== 'extract' && command !== 'check') throw new UserError(`unknown command "${command}" (expected: extract or check)`, 2)
    if (inputs.length === 0) throw new UserError(`${command}: no input given (a file, a folder, a glob, or - for standard input)`, 2)
    const format = command === 'check' ? checkFormat(values.format) : ((values.format ?? 'json') as Format)
    if (command === 'extract' && !formats.includes(format)) throw new UserError(`--format: "${values.format}" is not one of ${formats.join(', ')}`, 2)
    if (command === 'check' && values.unit !== undefined) throw new UserError('check: --unit applies to extract --format cells|csv only', 2)
    const unit = values.unit ?? null
    if (unit !== null && !(units as readonly string[]).includes(unit)) throw new UserError(`--unit: "${unit}" is not one of ${units.join(', ')}`, 2)
    const jobs = values.jobs === undefined ? 1 : Number(values.jobs)
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new UserError(`--jobs: "${values.jobs}" is not a whole number from 1 to 256`, 2)
    return await runExtract({ inputs, format, out: values.out ?? null, unit: unit as (typeof units)[number] | null, jobs }, io)
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr(`yujuesuan: ${error.message}\n`)
      return error.exitCode
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`yujuesuan: ${error.message}\n`)
      return 2
    }
    throw error
  }
}

const checkFormats: Record<string, Format> = { text: 'report', json: 'check-json', ndjson: 'check-ndjson' }

function checkFormat(format: string | undefined): Format {
  const mapped = checkFormats[format ?? 'text']
  if (!mapped) throw new UserError(`--format: "${format}" is not one of ${Object.keys(checkFormats).join(', ')} for check`, 2)
  return mapped
}

function version(): string {
  try {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
    return manifest.version
  } catch {
    return 'unknown'
  }
}
