// A corpus for the benchmark, made from the seeds: departments and regions
// renamed, every amount multiplied by a whole number (so every sum still
// holds), some numbers split by a stray space as PDF converters do, and some
// tab-separated tables turned into space-aligned ones.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const cities = ['南京市', '杭州市', '成都市', '西安市', '长沙市', '郑州市', '合肥市', '南昌市', '福州市', '昆明市']
const districts = ['江宁区', '西湖区', '锦江区', '雁塔区', '岳麓区', '金水区', '蜀山区', '东湖区', '鼓楼区', '五华区']
const offices = ['教育局', '财政局', '卫生健康委员会', '自然资源和规划局', '文化和旅游局', '民政局', '司法局', '审计局', '统计局', '档案馆']

/** A deterministic generator, so that every run measures the same corpus. */
function random(seed) {
  let state = seed >>> 0 || 1
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state / 2 ** 31
  }
}

// An amount, also one the seeds print split by a stray space ("704 .60", "0. 00"): the split is kept.
const money = /(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d+)( ?)\.( ?)(\d{2})(?![\d.%％])/g

function scaleAmounts(text, factor) {
  return text.replace(money, (whole, integer, before, after, decimals) => {
    const cents = BigInt(integer.replace(/,/g, '') + decimals) * BigInt(factor)
    const digits = cents.toString().padStart(3, '0')
    let head = digits.slice(0, -2)
    if (integer.includes(',')) head = head.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
    return `${head}${before}.${after}${digits.slice(-2)}`
  })
}

function splitSomeNumbers(text, next) {
  return text
    .split('\n')
    .map((line) => (line.includes('\t') ? line.replace(/(\d)\.(\d\d)(?=\t|$)/g, (match, a, b) => (next() < 0.15 ? `${a} .${b}` : match)) : line))
    .join('\n')
}

function alignTables(text) {
  const lines = text.split('\n')
  const result = []
  for (let index = 0; index < lines.length; ) {
    if (!lines[index].includes('\t')) {
      result.push(lines[index++])
      continue
    }
    const block = []
    while (index < lines.length && lines[index].includes('\t')) block.push(lines[index++].split('\t'))
    const widths = []
    for (const cells of block) cells.forEach((cell, column) => (widths[column] = Math.max(widths[column] ?? 0, cell.length)))
    for (const cells of block) result.push(cells.map((cell, column) => cell.padStart(widths[column])).join('    ').trimEnd())
  }
  return result.join('\n')
}

/**
 * @param {number} count how many documents
 * @param {string} folder where to write them
 * @returns {{ files: string[], bytes: number }}
 */
export function generateCorpus(count, folder) {
  mkdirSync(folder, { recursive: true })
  const seeds = readdirSync('seeds')
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join('seeds', name), 'utf8'))
  const files = []
  let bytes = 0
  for (let index = 0; index < count; index++) {
    const next = random(index + 1)
    const pick = (list) => list[Math.floor(next() * list.length)]
    let text = seeds[index % seeds.length]
    text = text.replace(/武汉市/g, pick(cities)).replace(/(?:武昌|东西湖|洪山)区/g, pick(districts))
    text = text.replace(/科学技术和经济信息化局|科学技术协会/g, pick(offices))
    text = scaleAmounts(text, 1 + Math.floor(next() * 3))
    text = splitSomeNumbers(text, next)
    if (index % 3 === 2) text = alignTables(text)
    const file = join(folder, `doc-${String(index).padStart(4, '0')}.txt`)
    writeFileSync(file, text)
    files.push(file)
    bytes += Buffer.byteLength(text)
  }
  return { files, bytes }
}
