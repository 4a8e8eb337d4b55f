/**
 * Per-科目 explanations of the 情况说明, read by hand from the seeds:
 * "line code 类/款/项 | 年初预算 决算 完成率" ("-" where the text states none).
 */
import { describe, expect, it } from 'vitest'
import type { SubjectStatement } from '../../schemas/index.js'
import { readSeed } from '../helpers.js'

const line = (statement: SubjectStatement) =>
  `${statement.line} ${statement.code ?? '-'} ${[statement.category, statement.section, statement.item].filter(Boolean).join('/')} | ${statement.initialBudget ?? '-'} ${statement.final ?? '-'} ${statement.completionRate ?? '-'}`

describe('per-科目 statements', () => {

  it('reads the per-科目 explanations of seed 000', () => {
    expect(readSeed('000').statements.subjects.map(line)).toEqual([
      '204 - 一般公共服务支出/财政事务/行政运行 | - 5.47 -',
      '210 - 科学技术/科学技术普及/机构运行 | 208.60 189.74 91.0',
      '217 - 科学技术/科学技术普及/科普活动 | 157.03 120.02 76.43',
      '225 - 社会保障和就业支出/行政事业单位养老/事业单位离退休 | 27.36 18.73 68.5',
      '233 - 社会保障和就业支出/行政事业单位养老/机关事业单位基本养老保险缴费 | 16.67 51.86 311.1',
      '241 - 社会保障和就业支出/行政事业单位养老/机关事业单位职业年金缴费 | 5 5 100',
      '247 - 社会保障和就业支出/抚恤/死亡抚恤 | - 19.91 100',
      '253 - 卫生健康/行政事业单位医疗/行政单位医疗 | 8.56 8.56 100',
      '258 - 卫生健康/行政事业单位医疗/公务员医疗补助 | 11.87 11.55 97.3',
      '264 - 卫生健康/其他卫生健康/其他卫生健康 | 0.89 0.26 29.2',
      '272 - 住房保障/住房改革/住房公积金 | 22.9 22.9 100',
      '276 - 住房保障/住房改革/提租补贴 | 4.67 4.51 96.6',
    ])
  })

  it('reads the per-科目 explanations of seed 002', () => {
    expect(readSeed('002').statements.subjects.map(line)).toEqual([
      '498 2013602 一般公共服务支出/其他共产党事务支出/一般行政管理事务 | 0 2.85 -',
      '500 2013699 一般公共服务支出/其他共产党事务支出/其他共产党事务支出 | 0 14.84 -',
      '504 2030699 国防支出/国防动员/其他国防动员支出 | 0 550 -',
      '506 2060101 科学技术支出/科学技术管理事务/行政运行 | 482.66 478.69 99.2',
      '508 2060102 科学技术支出/科学技术管理事务/一般行政管理事务 | 100 99.62 99.6',
      '510 2060199 科学技术支出/科学技术管理事务/其他科学技术管理事务支出 | 206.73 189.74 91.8',
      '512 2060499 科学技术支出/技术研究与开发/其他技术研究与开发支出 | 200 206 103',
      '514 2060901 科学技术支出/科技重大项目/科技重大专项 | 0 557 -',
      '516 2069999 科学技术支出/其他科学技术支出/其他科学技术支出 | 0 4000 -',
      '518 2080501 社会保障和就业支出/行政事业单位养老支出/行政单位离退休 | 120.09 120.09 100',
      '520 2080502 社会保障和就业支出/行政事业单位养老支出/事业单位离退休 | 589.87 532.11 90.2',
      '522 2080505 社会保障和就业支出/行政事业单位养老支出/机关事业单位基本养老保险缴费支出 | 68.85 122.09 177.3',
      '524 2080801 社会保障和就业支出/抚恤/死亡抚恤 | 0 279.52 -',
      '526 2100410 卫生健康支出/公共卫生/突发公共卫生事件应急处理 | 0 363.64 -',
      '530 2101101 卫生健康支出/行政事业单位医疗/行政单位医疗 | 21.23 16.08 75.7',
      '532 2101102 卫生健康支出/行政事业单位医疗/事业单位医疗 | 13.19 9.88 75',
      '534 2101103 卫生健康支出/行政事业单位医疗/公务员医疗补助 | 220.11 247.17 112.3',
      '536 2101199 卫生健康支出/行政事业单位医疗/其他行政事业单位医疗支出 | 0 0.55 -',
      '538 2160299 商业服务业等支出/商业流通事务/其他商业流通事务支出 | 82.63 75.08 90.9',
      '540 2210201 住房保障支出/住房改革支出/住房公积金 | 96.78 87.16 90.1',
      '542 2210202 住房保障支出/住房改革支出/提租补贴 | 23.41 20.73 88.6',
      '544 2210203 住房保障支出/住房改革支出/购房补贴 | 18.96 18.96 100',
    ])
  })

  it('reads the per-科目 explanations of seed 003', () => {
    expect(readSeed('003').statements.subjects.map(line)).toEqual([
      '146 - 一般公共服务支出 | 6.38 6.38 100.0',
      '150 - 科学技术支出 | 355.25 425.72 119.8',
      '155 - 社会保障和就业支出 | 10.44 10 95.8',
      '159 - 卫生健康支出 | 8.09 8.09 100.0',
      '163 - 住房保障支出 | 33.10 24.3 73.4',
    ])
  })

  it('keeps the reason, and does not take an additional budget (追加预算) for the initial one', () => {
    const statements = readSeed('000').statements.subjects
    expect(statements.find((statement) => statement.item === '机构运行')?.reason).toBe('按政策要求，压减公用经费')
    expect(statements.find((statement) => statement.item === '死亡抚恤')).toMatchObject({ initialBudget: null, final: '19.91' })
  })

  it('reads none in a 预算 that explains no 科目, and not a share ("科学技术支出（类）支出 309.76 万元，占 67.6%")', () => {
    expect(readSeed('001').statements.subjects).toEqual([])
    expect(readSeed('000').statements.subjects.some((statement) => statement.final === '309.76')).toBe(false)
  })
})

const shareLine = (share: { line: number; subject: string; amount: string; share: string; of: string | null }) => `${share.line} ${share.subject} ${share.amount} ${share.share}%${share.of ? ` of ${share.of}` : ''}`
const changeLine = (change: { line: number; subject: string; direction: string; amount: string | null; rate: string | null }) =>
  `${change.line} ${change.subject} ${change.direction} ${change.amount ?? '-'} ${change.rate ?? '-'}`

describe('shares and changes', () => {
  it('reads the structure shares of seed 000', () => {
    expect(readSeed('000').statements.shares.map(shareLine)).toEqual([
      '121 财政拨款收入 438.97 97% of 本年收入',
      '123 其他收入 13.80 3% of 本年收入',
      '136 基本支出 326.06 71.11% of 本年支出',
      '138 项目支出 132.45 28.89% of 本年支出',
      '163 一般公共预算财政拨款支出 458.52 100% of 本年支出',
      '176 一般公共服务（类）支出 5.47 1.2%',
      '180 科学技术支出（类）支出 309.76 67.6%',
      '184 社会保障和就业支出（类） 95.50 20.8%',
      '188 卫生健康支出（类） 20.38 4.4%',
      '192 住房保障支出（类） 27.41 6.0%',
    ])
  })

  it('reads the changes of seed 000, the template residue 增长(下降) as ambiguous', () => {
    expect(readSeed('000').statements.changes.map(changeLine)).toEqual([
      '108 收、支总计 减少 228.49 49.7',
      '117 收入合计 减少 235.4 51.8',
      '132 支出合计 减少 227.81 48.7',
      '146 财政拨款收、支总计 减少 226.65 -',
      '152 财政拨款收入 减少 247.36 -',
      '167 一般公共预算财政拨款支出 ambiguous 227.81 33.2',
      '327 因公出国(境)费 持平 - -',
      '335 公务用车购置费 持平 - -',
      '339 公务用车运行费 持平 - -',
      '342 公务接待费 持平 - -',
      '352 机关运行经费支出 减少 7.75 30.4',
    ])
  })

  it('takes the subject from the sentence before when a sentence opens with the comparison, and the reason', () => {
    const changes = readSeed('002').statements.changes
    expect(changes.map(changeLine).slice(4, 6)).toEqual(['568 “三公”经费财政拨款支出 减少 0.46 30.5', '572 因公出国(境)费 持平 - -'])
    expect(changes[0]!.reason).toBe('科学技术项目支出增加')
  })

  it('keeps a rate as printed even when the arithmetic is wrong (003: 6.28 of 39.67 is not 93.4%)', () => {
    expect(readSeed('003').statements.changes.find((change) => change.line === 267)).toMatchObject({ subject: '机关运行经费支出', amount: '6.28', rate: '93.4' })
  })
})

describe('per-科目 statements in a scrambled rendering', () => {
  it('leaves out a statement whose 项 name is broken off, rather than pin its figures on the 款', async () => {
    const { corpus, readPath } = await import('../helpers.js')
    const subjects = readPath(corpus('shanghai-putuo-caizhengju-2024-juesuan.layout.txt')).statements.subjects
    expect(subjects.map((subject) => subject.code)).toEqual(['2010601', '2010602', '2010607', '2010608', '2080501', '2080506', '2080599', '2101101', '2210201', '2210203'])
    expect(subjects.find((subject) => subject.code === '2010608')).toMatchObject({ initialBudget: '450.52', final: null })
  })
})
