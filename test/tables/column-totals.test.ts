/**
 * Column totals stated in another table (the 收入支出决算总表's 收入 rows for the 收入决算表's columns), and the
 * one placement of a crowded header's columns that makes the 合计 row print them.
 */
import Decimal from 'decimal.js'
import { describe, expect, it } from 'vitest'
import type { Table } from '../../schemas/index.js'
import { placeByStatedTotals, statedColumnTotals, statedFigure } from '../../src/tables/column-totals.js'

const labels = ['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '其他收入']

/** A summary's 收入 side: label and amount (null for a blank cell). */
function summary(rows: Array<[string, string | null]>): Table {
  return {
    rows: rows.map(([item, value]) => ({ side: '收入', item, cells: [{ column: '决算数', value, damaged: null }] })),
  } as unknown as Table
}

const stated = summary([
  ['一、一般公共预算财政拨款收入', '300.00'],
  ['二、政府性基金预算财政拨款收入', '20.00'],
  ['三、国有资本经营预算财政拨款收入', null],
  ['四、上级补助收入', null],
  ['五、事业收入', '80.00'],
  ['六、其他收入', '100.00'],
  ['本年收入合计', '500.00'],
])

const decimals = (values: Array<string | null>) => values.map((value) => (value === null ? null : new Decimal(value)))

describe('statedColumnTotals', () => {
  it('sums the rows whose labels end with the column’s, numbering left out, a blank row stated blank', () => {
    const totals = statedColumnTotals(labels, stated, '收入')!
    expect(labels.map((label) => totals.get(label)?.toFixed(2) ?? null)).toEqual(['500.00', '320.00', null, '80.00', '100.00'])
  })

  it('states nothing when a column has no row to say it', () => {
    expect(statedColumnTotals([...labels, '经营收入'], stated, '收入')).toBeNull()
  })
})

describe('placeByStatedTotals', () => {
  const totals = statedColumnTotals(labels, stated, '收入')!

  it('gives four columns of amounts to the labels whose stated totals the 合计 row prints, 上级补助收入 blank', () => {
    expect(placeByStatedTotals(labels, decimals(['500.00', '320.00', '80.00', '100.00']), totals)).toEqual([0, 1, 3, 4])
  })

  it('places nothing when the 合计 row prints another total', () => {
    expect(placeByStatedTotals(labels, decimals(['500.00', '320.00', '80.00', '99.00']), totals)).toBeNull()
  })

  it('places nothing when two placements print the same totals (a column whose 合计 is blank beside a blank one)', () => {
    const twoBlank = new Map(totals)
    twoBlank.set('事业收入', null)
    expect(placeByStatedTotals(labels, decimals(['420.00', '320.00', null, '100.00']), twoBlank)).toBeNull()
  })
})

describe('statedFigure', () => {
  const columnFigures = { 公务用车购置费: 'vehiclePurchase', '因公出国（境）费': 'threePublicOverseas' } as const
  const figure = (value: string, unit: string | null) => ({ value, unit, line: 12, column: 1, text: '…', tableValue: null, tableUnit: null })

  it('gives the narrative’s figure for a column by its last label, brackets of either width, in the table’s unit', () => {
    expect(statedFigure('公务用车购置及运行费/公务用车购置费', columnFigures, { vehiclePurchase: figure('12.5', '万元') }, '万元')?.toFixed(2)).toBe('12.50')
    expect(statedFigure('因公出国(境)费', columnFigures, { threePublicOverseas: figure('3000', '元') }, '万元')?.toFixed(2)).toBe('0.30')
  })

  it('gives a 决算 table’s 决算数 column the figure, and its 预算数 column nothing', () => {
    const figures = { vehiclePurchase: figure('2.00', '万元') }
    expect(statedFigure('公务用车购置及运行费/公务用车购置费/决算数', columnFigures, figures, '万元')?.toFixed(2)).toBe('2.00')
    expect(statedFigure('决算数/公务用车购置及运行维护费/公务用车购置费', columnFigures, figures, '万元')?.toFixed(2)).toBe('2.00')
    expect(statedFigure('公务用车购置及运行费/公务用车购置费/预算数', columnFigures, figures, '万元')).toBeUndefined()
  })

  it('gives nothing for a column the grammar maps to no figure, a figure not stated, or a unit it does not know', () => {
    expect(statedFigure('公务接待费', columnFigures, { vehiclePurchase: figure('12.5', '万元') }, '万元')).toBeUndefined()
    expect(statedFigure('公务用车购置费', columnFigures, {}, '万元')).toBeUndefined()
    expect(statedFigure('公务用车购置费', columnFigures, { vehiclePurchase: figure('12.5', null) }, '万元')).toBeUndefined()
  })
})
