// Throughput of the built library (npm run build first; npm ci does it).
// Prints figures; asserts nothing. Usage: npm run bench
import { readFileSync, readdirSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import { extract } from '../dist/index.js'

const runs = Number(process.env.BENCH_RUNS ?? 5)
const seeds = readdirSync('seeds').filter((name) => name.endsWith('.txt')).map((name) => readFileSync(`seeds/${name}`, 'utf8'))
const corpusFolder = '../shared/corpus'
let corpus = []
try {
  corpus = readdirSync(corpusFolder).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(`${corpusFolder}/${name}`, 'utf8'))
} catch {}
const texts = [...seeds, ...corpus]
const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0)
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

const mb = bytes / 1e6
median(() => texts.forEach((text) => extract(text)))
const full = median(() => texts.forEach((text) => extract(text)))
const floor = median(() => texts.forEach((text) => parser.parse(text)))
console.log(`documents: ${texts.length} (${seeds.length} seeds, ${corpus.length} corpus), ${mb.toFixed(2)} MB, median of ${runs} runs`)
console.log(`extract (json, no checks yet): ${(texts.length / (full / 1000)).toFixed(1)} documents/s, ${(mb / (full / 1000)).toFixed(2)} MB/s`)
console.log(`remark-parse alone (floor):    ${(mb / (floor / 1000)).toFixed(2)} MB/s`)
console.log(`ratio extract / remark-parse time: ${(full / floor).toFixed(2)}`)

const base = seeds[2] ?? seeds[0]
for (const times of [1, 10, 100]) {
  const text = Array.from({ length: times }, () => base).join('\n')
  const time = median(() => extract(text))
  console.log(`one document ×${String(times).padEnd(3)} ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB: ${(time / (Buffer.byteLength(text) / 1e6)).toFixed(0)} ms/MB`)
}
for (const [name, line] of [
  ['digits and spaces', '1 '.repeat(50_000)],
  ['tabs', '\t'.repeat(100_000)],
  ['"一、" repeated', '一、'.repeat(50_000)],
  ['"（" without ")"', '（'.repeat(100_000)],
]) {
  const time = median(() => extract(`目录\n${line}\n第一部分 概况\n${line}`))
  console.log(`adversarial 100,000-character line, ${name}: ${time.toFixed(1)} ms`)
}
console.log(`peak RSS: ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`)
