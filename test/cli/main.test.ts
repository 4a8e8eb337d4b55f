import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'
import { root, seeds } from '../helpers.js'

async function run(argv: string[], stdin: Uint8Array = new Uint8Array()) {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, { stdout: (text) => void (stdout += text), stderr: (text) => (stderr += text), readStdin: () => stdin })
  return { code, stdout, stderr }
}

const seed = (id: keyof typeof seeds) => join(root, seeds[id])

describe('yujuesuan check', () => {
  it('prints a readable report and exits 1 when an error-severity rule fails', async () => {
    const { code, stdout, stderr } = await run(['check', seed('003')])
    expect([code, stderr]).toEqual([1, ''])
    const lines = stdout.split('\n')
    expect(lines[0]).toBe(`${seed('003')}  武汉市洪山区科学技术协会 2021 决算`)
    expect(lines[1]).toBe('  规则 31 条：通过 5，未通过 1，无法核对 0，不适用 25；核对 59 处：通过 58，未通过 1，无法核对 0；修复 0 处')
    expect(lines[2]).toMatch(/^ {2}错误 {2}\[change-rate\] 情况说明第 267 行 机关运行经费支出：减少 6\.28 万元，上年数 39\.67 万元，应为 15\.8%，文中为 93\.4% {2}#[0-9a-f]{12}$/)
  })

  it('exits 0 for a document whose only findings are rounding hints', async () => {
    const { code, stdout } = await run(['check', seed('001')])
    expect(code).toBe(0)
    expect(stdout).toContain('  提示  [summary-side] 部门收支总表（表 1）「本年支出合计」行：本年支出合计 704.60 与 Σ 各项（25 行） 704.59 相差 0.01，在四舍五入误差 0.13 以内')
  })

  it('gives findings, repairs and coverage as JSON, an array for several files', async () => {
    const { code, stdout } = await run(['check', '--format', 'json', seed('001'), seed('002')])
    expect(code).toBe(1)
    const [first, second] = JSON.parse(stdout)
    expect(Object.keys(first)).toEqual(['source', 'department', 'year', 'kind', 'checks', 'findings', 'repairs'])
    expect(second.findings.filter((finding: { severity: string }) => finding.severity === 'error').map((finding: { rule: string }) => finding.rule)).toEqual(['share-table', 'performance-rate'])
    expect(second.repairs.length).toBe(32 + 47 + 15)
  })

  it('rejects a wrong call with exit code 2, and reports an unreadable file in one line', async () => {
    expect(await run(['check', '--format', 'csv', seed('001')])).toEqual({ code: 2, stdout: '', stderr: 'yujuesuan: --format: "csv" is not one of text, json, ndjson for check\n' })
    expect((await run(['check', '--unit', '元', seed('001')])).code).toBe(2)
    const missing = await run(['check', join(root, 'seeds/none.txt')])
    expect(missing.code).toBe(1)
    expect(missing.stderr.trimEnd().split('\n')).toHaveLength(1)
  })
})

describe('yujuesuan extract', () => {
  it('prints one JSON object for one file', async () => {
    const { code, stdout, stderr } = await run(['extract', seed('004')])
    expect([code, stderr]).toEqual([0, ''])
    expect(JSON.parse(stdout).meta.year.value).toBe(2025)
  })

  it('prints an array for several files, in the order given', async () => {
    const { code, stdout } = await run(['extract', seed('001'), seed('004')])
    expect(code).toBe(0)
    expect(JSON.parse(stdout).map((document: { meta: { kind: { value: string } } }) => document.meta.kind.value)).toEqual(['预算', '绩效自评'])
  })

  it('prints one document per line with --format ndjson', async () => {
    const { stdout } = await run(['extract', '--format', 'ndjson', seed('000'), seed('003')])
    const lines = stdout.trimEnd().split('\n')
    expect(lines.map((line) => JSON.parse(line).meta.department.value)).toEqual(['武汉市东西湖区科学技术协会', '武汉市洪山区科学技术协会'])
  })

  it('expands a glob and a folder', async () => {
    const glob = await run(['extract', '--format', 'ndjson', join(root, 'seeds/00[34]_*.txt')])
    expect(glob.stdout.trimEnd().split('\n')).toHaveLength(2)
    const folder = await run(['extract', '--format', 'ndjson', join(root, 'seeds')])
    expect(folder.stdout.trimEnd().split('\n')).toHaveLength(5)
  })

  it('reads standard input from "-"', async () => {
    const { code, stdout } = await run(['extract', '-'], readFileSync(seed('004')))
    expect(code).toBe(0)
    expect(JSON.parse(stdout).source).toBe('-')
  })

  it('writes one file per input with --out', async () => {
    const out = mkdtempSync(join(tmpdir(), 'yujuesuan-out-'))
    const { code, stdout } = await run(['extract', '--out', out, seed('001'), seed('004')])
    expect([code, stdout]).toEqual([0, ''])
    expect(readdirSync(out).sort()).toEqual(['001_ebd255e6f0607298.json', '004_430cf536df473595.json'])
  })

  it('reports a missing file in one line, exits 1, and still prints the others', async () => {
    const { code, stdout, stderr } = await run(['extract', '--format', 'ndjson', 'no-such-file.txt', seed('004')])
    expect(code).toBe(1)
    const [error, summary, end] = stderr.split('\n')
    expect(error).toBe('yujuesuan: no-such-file.txt: no such file or folder')
    expect(summary).toMatch(/^yujuesuan: 1 documents, 0 tables, 0 cells, \d+ findings \(\d+ documents with errors\), 1 unreadable inputs, \d+\.\d s, peak memory \d+ MB$/)
    expect(end).toBe('')
    expect(stdout.trimEnd().split('\n')).toHaveLength(1)
  })

  it('reports a folder without documents and a glob that matches nothing', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'yujuesuan-empty-'))
    expect((await run(['extract', empty])).stderr).toBe(`yujuesuan: ${empty}: no documents (.txt, .text, .md files) in this folder\n`)
    expect((await run(['extract', join(empty, '*.txt')])).stderr).toBe(`yujuesuan: ${join(empty, '*.txt')}: no file matches this pattern\n`)
  })

  it('reports binary and undecodable input in one line naming the file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'yujuesuan-bad-'))
    const binary = join(folder, 'scan.pdf.txt')
    const latin = join(folder, 'latin.txt')
    writeFileSync(binary, new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]))
    writeFileSync(latin, new Uint8Array([0x41, 0xff, 0xfe, 0xff, 0x42]))
    const { code, stdout, stderr } = await run(['extract', binary, latin])
    expect(code).toBe(1)
    expect(stderr.split('\n').slice(0, 2)).toEqual([
      `yujuesuan: ${binary}: cannot read the text: binary data (NUL bytes), not a text document`,
      `yujuesuan: ${latin}: cannot read the text: not valid UTF-8 or GB18030/GBK text`,
    ])
    expect(stderr.split('\n')[2]).toMatch(/^yujuesuan: 0 documents, 0 tables, 0 cells, 0 findings \(0 documents with errors\), 2 unreadable inputs, /)
    expect(stdout).toBe('[]\n')
  })

  it('prints one cell per line with --format cells, converted with --unit', async () => {
    const { code, stdout } = await run(['extract', '--format', 'cells', '--unit', '元', seed('001')])
    expect(code).toBe(0)
    const first = JSON.parse(stdout.split('\n')[0]!)
    expect([first.table, first.side, first.item, first.column, first.value, first.unit, first.line]).toEqual(['部门收支总表', '收入', '一、一般公共预算拨款收入', '预算数', '7046000', '元', 87])
  })

  it('prints CSV with a BOM and one header for several files, and says which tables have no cells yet', async () => {
    const { code, stdout, stderr } = await run(['extract', '--format', 'csv', seed('001'), seed('002')])
    expect(code).toBe(0)
    expect(stdout.startsWith('\ufeffsource,department,year,kind,table,tableNumber,side,code,item,column,value,unit,line,damaged,repair\r\n')).toBe(true)
    expect(stdout.split('source,department').length).toBe(2)
    expect(stderr).toMatch(/^yujuesuan: 2 documents, 30 tables, \d+ cells, 2 findings \(\d documents with errors\), 0 unreadable inputs, [\d.]+ s, peak memory \d+ MB\n$/)
    const corpusFile = join(root, '../shared/corpus/shanghai-putuo-caizhengju-2024-juesuan.raw.txt')
    expect((await run(['extract', '--format', 'csv', corpusFile])).stderr).toBe(`yujuesuan: ${corpusFile}: 5 of 9 tables have no cells yet (cells layout); see diagnostics\n`)
  })

  it('rejects a wrong call with exit code 2 and one line', async () => {
    expect(await run(['extract', '--unit', '亿元', seed('004')])).toEqual({ code: 2, stdout: '', stderr: 'yujuesuan: --unit: "亿元" is not one of 万元, 元\n' })
    expect(await run(['extract', '--format', 'xml', seed('004')])).toEqual({ code: 2, stdout: '', stderr: 'yujuesuan: --format: "xml" is not one of json, ndjson, cells, csv\n' })
    expect(await run(['convert', seed('004')])).toEqual({ code: 2, stdout: '', stderr: 'yujuesuan: unknown command "convert" (expected: extract or check)\n' })
    expect(await run(['extract'])).toMatchObject({ code: 2 })
    expect((await run(['extract', '--frobnicate', seed('004')])).stderr.split('\n')).toHaveLength(2)
  })
})
