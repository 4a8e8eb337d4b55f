/**
 * Batch mode runs the built CLI (dist/, made by `npm ci`), since worker
 * threads load the built worker.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'
import { root, seeds } from '../helpers.js'

const cli = join(root, 'dist/cli.js')
const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' })

describe('yujuesuan extract --jobs', () => {
  it('gives the same output, in input order, with 2 worker threads as with 1', () => {
    const files = Object.values(seeds).map((seed) => join(root, seed))
    const one = run(['extract', '--format', 'ndjson', ...files])
    const two = run(['extract', '--format', 'ndjson', '--jobs', '2', ...files])
    expect(two.status).toBe(0)
    expect(two.stdout).toBe(one.stdout)
    expect(two.stdout.trimEnd().split('\n').map((line) => JSON.parse(line).source)).toEqual(files)
  })

  it('reports a failing file, counts it in the summary, and goes on', () => {
    const folder = mkdtempSync(join(tmpdir(), 'yujuesuan-batch-'))
    const bad = join(folder, 'b-scan.txt')
    writeFileSync(bad, new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]))
    const result = run(['extract', '--format', 'ndjson', '--jobs', '2', join(root, seeds['001']), bad, join(root, seeds['004'])])
    expect(result.status).toBe(1)
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(2)
    const lines = result.stderr.trimEnd().split('\n')
    expect(lines[0]).toBe(`yujuesuan: ${bad}: cannot read the text: binary data (NUL bytes), not a text document`)
    expect(lines[1]).toMatch(/^yujuesuan: 2 documents, 13 tables, \d+ cells, \d+ findings \(\d+ documents with errors\), 1 unreadable inputs, [\d.]+ s, peak memory \d+ MB$/)
  })

  it('rejects a job count that is not a whole number', () => {
    const result = run(['extract', '--jobs', 'many', join(root, seeds['004'])])
    expect([result.status, result.stderr]).toEqual([2, 'yujuesuan: --jobs: "many" is not a whole number from 1 to 256\n'])
  })
})

describe('the progress bar', () => {
  it('is drawn on a terminal and cleared before any line is printed', async () => {
    let stderr = ''
    await main(['extract', '--format', 'ndjson', join(root, seeds['001']), join(root, seeds['004'])], {
      stdout: () => undefined,
      stderr: (text) => void (stderr += text),
      readStdin: () => new Uint8Array(),
      progress: true,
    })
    expect(stderr).toContain('\r[###############               ] 1/2 documents')
    expect(stderr).toContain('\r[##############################] 2/2 documents')
    expect(stderr.split('\r\u001b[K').at(-1)).toMatch(/^yujuesuan: 2 documents/)
  })

  it('is not drawn when stderr is not a terminal', async () => {
    let stderr = ''
    await main(['extract', '--format', 'ndjson', join(root, seeds['001']), join(root, seeds['004'])], {
      stdout: () => undefined,
      stderr: (text) => void (stderr += text),
      readStdin: () => new Uint8Array(),
    })
    expect(stderr).not.toContain('\r')
  })
})
