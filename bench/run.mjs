// yujuesuan's benchmark: figures printed, nothing asserted. Run after
// `npm ci` (which builds dist/):   npm run bench
// BENCH_DOCUMENTS (default 2000) sets the size of the generated corpus,
// BENCH_RUNS (default 3) how many runs a median is taken over.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import { extract } from '../dist/index.js'
import { generateCorpus } from './generate-corpus.mjs'

const runs = Number(process.env.BENCH_RUNS ?? 3)
const documents = Number(process.env.BENCH_DOCUMENTS ?? 2000)
const parser = unified().use(remarkParse)

function median(task) {
  const times = []
  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    task()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]
}
const mb = (bytes) => bytes / 1e6
const rate = (bytes, ms) => (mb(bytes) / (ms / 1000)).toFixed(2)

const folder = mkdtempSync(join(tmpdir(), 'yujuesuan-bench-'))
try {
  const corpus = generateCorpus(documents, folder)
  const texts = corpus.files.map((file) => readFileSync(file, 'utf8'))
  console.log(`generated corpus: ${documents} documents, ${mb(corpus.bytes).toFixed(1)} MB (median of ${runs} runs below)`)

  const seeds = readdirSync('seeds').filter((name) => name.endsWith('.txt')).map((name) => readFileSync(join('seeds', name), 'utf8'))
  const seedBytes = seeds.reduce((sum, text) => sum + Buffer.byteLength(text), 0)
  const seedTime = median(() => seeds.forEach((text) => extract(text)))
  console.log(`extract, the ${seeds.length} seeds (${mb(seedBytes).toFixed(2)} MB): ${(seeds.length / (seedTime / 1000)).toFixed(1)} documents/s, ${rate(seedBytes, seedTime)} MB/s`)

  const full = median(() => texts.forEach((text) => extract(text)))
  const floor = median(() => texts.forEach((text) => parser.parse(text)))
  console.log(`extract (json, in one thread): ${(documents / (full / 1000)).toFixed(1)} documents/s, ${rate(corpus.bytes, full)} MB/s`)
  console.log(`remark-parse alone, same text:  ${rate(corpus.bytes, floor)} MB/s  (extract takes ${(full / floor).toFixed(2)}× its time)`)

  const seed = readFileSync('seeds/002_0ec3931ecbe387d8.txt', 'utf8')
  const sizes = [1, 10, 100, Math.ceil(10e6 / Buffer.byteLength(seed))]
  const perMb = []
  for (const times of sizes) {
    const text = Array.from({ length: times }, () => seed).join('\n')
    const time = median(() => extract(text))
    perMb.push(time / mb(Buffer.byteLength(text)))
    console.log(`one document ×${String(times).padEnd(4)} ${mb(Buffer.byteLength(text)).toFixed(2).padStart(6)} MB: ${(time / mb(Buffer.byteLength(text))).toFixed(0)} ms/MB`)
  }
  console.log(`linearity: time for 100× the input = ${((perMb[2] / perMb[0]) * 100).toFixed(0)}× the time for 1× (target ≤ 110×)`)

  for (const [name, line] of [
    ['digits and spaces', '1 '.repeat(50_000)],
    ['tabs', '\t'.repeat(100_000)],
    ['"一、" repeated', '一、'.repeat(50_000)],
    ['"（" without "）"', '（'.repeat(100_000)],
  ]) {
    const time = median(() => extract(`目录\n${line}\n第一部分 概况\n${line}`))
    console.log(`adversarial 100,000-character line, ${name}: ${time.toFixed(1)} ms`)
  }

  // A table whose amounts stand at a different place on every line: every column-grouping step meets thousands
  // of right edges; its cost must stay linear in the rows.
  const drifting = (rows, width) => {
    const amounts = (count, shift) => Array.from({ length: count }, (_, at) => ' '.repeat(2 + ((at * 7 + shift) % 5)) + `${1000 + at + shift}.00`).join('')
    const lines = ['部门支出总表', '单位：万元', '科目编码  科目名称  合计  基本支出  项目支出']
    for (let row = 0; row < rows; row++) lines.push(`201${String(row).padStart(4, '0')}  行政运行${amounts(width, row)}`)
    return [...lines, `合计${amounts(rows * 12, 3)}`].join('\n')
  }
  const [small, large] = [drifting(100, 60), drifting(400, 60)]
  const [smallTime, largeTime] = [median(() => extract(small)), median(() => extract(large))]
  console.log(`adversarial table, amounts at drifting places: ${mb(Buffer.byteLength(small)).toFixed(2)} MB ${smallTime.toFixed(0)} ms, ${mb(Buffer.byteLength(large)).toFixed(2)} MB ${largeTime.toFixed(0)} ms (${(largeTime / smallTime).toFixed(1)}× the time for ${(large.length / small.length).toFixed(1)}× the text)`)

  const cli = join(process.cwd(), 'dist/cli.js')
  const batch = {}
  for (const jobs of [1, 2]) {
    const start = performance.now()
    const child = spawnSync(process.execPath, [cli, 'extract', folder, '--format', 'ndjson', '--jobs', String(jobs)], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] })
    batch[jobs] = performance.now() - start
    const summary = child.stderr.trim().split('\n').at(-1)
    console.log(`batch, --jobs ${jobs}: ${(documents / (batch[jobs] / 1000)).toFixed(1)} documents/s, ${rate(corpus.bytes, batch[jobs])} MB/s, ndjson to /dev/null`)
    console.log(`  ${summary}`)
  }
  console.log(`speed-up with 2 jobs: ${(batch[1] / batch[2]).toFixed(2)}×`)
} finally {
  rmSync(folder, { recursive: true, force: true })
}
