/**
 * Headline figures the seeds state in their 情况说明 (and 概况), read by hand:
 * [value, unit, line of the value]. Changes and rates are signed.
 */
import { describe, expect, it } from 'vitest'
import { readSeed } from '../helpers.js'

const outline = (id: '000' | '001' | '002' | '003' | '004') =>
  Object.fromEntries(Object.entries(readSeed(id).figures).map(([key, figure]) => [key, [figure!.value, figure!.unit, figure!.line]]))

describe('headline figures', () => {
  it('reads every figure of seed 000 (决算: the 三公 figures are the 决算数, not the budget)', () => {
    expect(outline('000')).toEqual({
      incomeExpenditureTotal: ["459.68", "万元", 106],
      totalChange: ["-228.49", "万元", 108],
      totalChangeRate: ["-49.7", "%", 108],
      totalIncome: ["452.77", "万元", 115],
      totalExpenditure: ["458.52", "万元", 130],
      fiscalAppropriationIncome: ["438.97", "万元", 121],
      generalBudgetIncome: ["438.97", "万元", 152],
      basicExpenditure: ["326.06", "万元", 136],
      projectExpenditure: ["132.45", "万元", 138],
      personnelCosts: ["300.59", "万元", 286],
      operatingCosts: ["25.47", "万元", 299],
      threePublicTotal: ["0", "万元", 319],
      threePublicOverseas: ["0", "万元", 325],
      threePublicVehicles: ["0", "万元", 329],
      vehiclePurchase: ["0", "万元", 333],
      vehicleOperation: ["0", "万元", 337],
      threePublicReception: ["0", "万元", 341],
      agencyOperatingCosts: ["25.47", "万元", 346],
      procurementTotal: ["2.98", "万元", 358],
      vehicleCount: ["0", "辆", 370],
      initialBudget: ["534.71", "万元", 198],
    })
  })

  it('reads every figure of seed 001 (预算)', () => {
    expect(outline('001')).toEqual({
      incomeExpenditureTotal: ["704.6", "万元", 473],
      totalChange: ["-211.06", "万元", 473],
      totalChangeRate: ["-23.05", "%", 473],
      totalIncome: ["704.6", "万元", 477],
      totalExpenditure: ["704.6", "万元", 483],
      generalBudgetIncome: ["704.6", "万元", 479],
      basicExpenditure: ["237.1", "万元", 483],
      projectExpenditure: ["467.5", "万元", 483],
      personnelCosts: ["208.8", "万元", 497],
      operatingCosts: ["28.3", "万元", 497],
      threePublicTotal: ["0.18", "万元", 513],
      threePublicOverseas: ["0", "万元", 515],
      threePublicVehicles: ["0", "万元", 517],
      vehiclePurchase: ["0", "万元", 519],
      vehicleOperation: ["0", "万元", 521],
      threePublicReception: ["0.18", "万元", 523],
      agencyOperatingCosts: ["28.3", "万元", 543],
      procurementTotal: ["166.15", "万元", 547],
      vehicleCount: ["0", "辆", 557],
    })
  })

  it('reads every figure of seed 002 (决算, 汇总)', () => {
    expect(outline('002')).toEqual({
      incomeExpenditureTotal: ["7991.81", "万元", 436],
      totalChange: ["1592.36", "万元", 436],
      totalChangeRate: ["24.9", "%", 436],
      totalIncome: ["7991.81", "万元", 445],
      totalExpenditure: ["7991.81", "万元", 454],
      fiscalAppropriationIncome: ["7991.81", "万元", 445],
      generalBudgetIncome: ["7991.81", "万元", 464],
      basicExpenditure: ["2165.86", "万元", 454],
      projectExpenditure: ["5825.95", "万元", 454],
      personnelCosts: ["2057.52", "万元", 550],
      operatingCosts: ["108.34", "万元", 552],
      threePublicTotal: ["1.05", "万元", 568],
      threePublicOverseas: ["0", "万元", 572],
      threePublicVehicles: ["0.95", "万元", 578],
      vehiclePurchase: ["0", "万元", 580],
      vehicleOperation: ["0.95", "万元", 582],
      threePublicReception: ["0.1", "万元", 584],
      agencyOperatingCosts: ["85.11", "万元", 590],
      procurementTotal: ["29.89", "万元", 594],
      vehicleCount: ["1", "辆", 598],
      initialBudget: ["2244.51", "万元", 496],
    })
  })

  it('reads every figure of seed 003 (决算, staff from 概况)', () => {
    expect(outline('003')).toEqual({
      incomeExpenditureTotal: ["474.49", "万元", 47],
      totalChange: ["66.74", "万元", 49],
      totalChangeRate: ["16.4", "%", 49],
      totalIncome: ["474.49", "万元", 59],
      totalExpenditure: ["474.49", "万元", 70],
      fiscalAppropriationIncome: ["474.49", "万元", 59],
      basicExpenditure: ["242.34", "万元", 70],
      projectExpenditure: ["232.15", "万元", 72],
      personnelCosts: ["208.95", "万元", 173],
      operatingCosts: ["33.39", "万元", 180],
      threePublicTotal: ["0", "万元", 200],
      threePublicOverseas: ["0", "万元", 202],
      threePublicVehicles: ["0", "万元", 212],
      vehiclePurchase: ["0", "万元", 216],
      vehicleOperation: ["0", "万元", 220],
      threePublicReception: ["0", "万元", 228],
      agencyOperatingCosts: ["33.39", "万元", 265],
      procurementTotal: ["75.00", "万元", 273],
      vehicleCount: ["0", "辆", 287],
      initialBudget: ["400.46", "万元", 116],
      staffActual: ["6", "人", 33],
      retirees: ["7", "人", 37],
    })
  })

  it('reads every figure of seed 004 (绩效自评)', () => {
    expect(outline('004')).toEqual({
      totalIncome: ["323.21", "万元", 32],
      totalExpenditure: ["323.21", "万元", 37],
      fiscalAppropriationIncome: ["323.21", "万元", 32],
      basicExpenditure: ["186.26", "万元", 37],
      projectExpenditure: ["136.95", "万元", 37],
      staffActual: ["5", "人", 4],
      retirees: ["9", "人", 4],
    })
  })

  it('keeps the sentence a figure was read from and its column', () => {
    const figure = readSeed('000').figures.threePublicTotal!
    expect(figure.text).toBe('2023 年度“三公”经费财政拨款支出预算为 0.2 万元，支出决算为 0 万元，完成预算的 0 %。')
    expect([figure.line, figure.column]).toEqual([319, 6])
  })

  it('does not take 人次 for a number of people', () => {
    expect(readSeed('002').figures.retirees).toBeUndefined()
  })
})

describe('headline figures in the corpus', () => {
  it('are the same in both renderings, and a change ("增加基本支出 844.15 万元") is not read as the figure', async () => {
    const { corpus, readPath } = await import('../helpers.js')
    const values = (name: string) => Object.fromEntries(Object.entries(readPath(corpus(name)).figures).map(([key, figure]) => [key, [figure!.value, figure!.unit]]))
    const layout = values('jiangsu-renda-bangongting-2017-yusuan.layout.txt')
    expect(values('jiangsu-renda-bangongting-2017-yusuan.raw.txt')).toEqual(layout)
    expect(layout).toEqual({
      incomeExpenditureTotal: ['13649.07', '万元'],
      totalChange: ['844.15', '万元'],
      totalChangeRate: ['6.59', '%'],
      basicExpenditure: ['7666.68', '万元'],
      projectExpenditure: ['5853.96', '万元'],
      personnelCosts: ['6080.72', '万元'],
      operatingCosts: ['1585.96', '万元'],
      threePublicOverseas: ['222.5', '万元'],
      threePublicVehicles: ['183.6', '万元'],
      vehicleOperation: ['183.6', '万元'],
      threePublicReception: ['427.5', '万元'],
      agencyOperatingCosts: ['5619.31', '万元'],
      // "政府采购预算总金额为 2247.85 万元", the 合计 of its 政府采购预算表
      procurementTotal: ['2247.85', '万元'],
    })
    expect(readPath(corpus('jiangsu-renda-bangongting-2017-yusuan.layout.txt')).figures.procurementTotal?.tableValue).toBe('2247.85')
  })
})

describe('figures the tables print too', () => {
  it('carry the table value beside the narrative one, skipping cells cut in the text', () => {
    const tableValues = (id: '001' | '002') =>
      Object.fromEntries(Object.entries(readSeed(id).figures).filter(([, figure]) => figure!.tableValue !== null).map(([key, figure]) => [key, [figure!.value, figure!.tableValue]]))
    expect(tableValues('001')).toEqual({
      incomeExpenditureTotal: ['704.6', '704.60'],
      totalIncome: ['704.6', '704.60'],
      totalExpenditure: ['704.6', '704.60'],
      basicExpenditure: ['237.1', '237.10'],
      projectExpenditure: ['467.5', '467.50'],
      personnelCosts: ['208.8', '208.80'],
      operatingCosts: ['28.3', '28.30'],
    })
    // 002 prints 基本支出 cut ("2,16") in 公开03, whole in 公开05; 人员经费合计 only cut ("2,057.5"): no table value.
    expect(tableValues('002')).toEqual({
      incomeExpenditureTotal: ['7991.81', '7991.81'],
      totalIncome: ['7991.81', '7991.81'],
      totalExpenditure: ['7991.81', '7991.81'],
      basicExpenditure: ['2165.86', '2165.86'],
      projectExpenditure: ['5825.95', '5825.95'],
      operatingCosts: ['108.34', '108.34'],
    })
  })
})
