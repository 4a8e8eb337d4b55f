/**
 * What a document states elsewhere for a table's columns. In another table:
 * the 收入决算表's 财政拨款收入 | 上级补助收入 | 事业收入 … are the 收入 rows of
 * the 收入支出决算总表 ("七、附属单位上缴收入", and for 财政拨款收入 the sum of
 * the three "…财政拨款收入" rows); a 合计 row must print them, so where a
 * crowded header leaves unknown which of its columns are blank in every row,
 * only the placement that prints them can be right. In its narrative: the
 * figures of the 情况说明 ("公务用车购置费0万元") for a one-row table's columns.
 */
import Decimal from 'decimal.js'
import type { Table, TableRow } from '../../schemas/table.js'
import type { Figure } from '../../schemas/figures.js'
import type { FigureKey } from '../../grammars/figures.js'
import { unitFactor } from '../meta/money-units.js'
import { ignored } from './header-by-template.js'
import { itemNumber } from './item-number.js'

/**
 * @param labels the columns' labels
 * @param source the table that states them
 * @param side the side of `source` whose rows do
 * @returns each label's stated total (null: stated blank), or null when a label has no row to say it, or a row
 *   prints more than one amount
 */
export function statedColumnTotals(labels: readonly string[], source: Table | undefined, side: '收入' | '支出'): Map<string, Decimal | null> | null {
  if (!source || source.rows.length === 0) return null
  const totals = new Map<string, Decimal | null>()
  for (const label of labels) {
    const matching = rowsStating(label, source, side)
    if (matching.length === 0) return null
    let total: Decimal | null = null
    for (const row of matching) {
      const printed = row.cells.filter((cell) => cell.value !== null)
      if (printed.length > 1 || row.cells.some((cell) => cell.damaged !== null)) return null
      if (printed.length === 1) total = (total ?? new Decimal(0)).plus(printed[0]!.value!)
    }
    totals.set(label, total)
  }
  return totals
}

/**
 * The rows of one side of `source` that state a column's total: those whose label, its numbering left out, ends
 * with the column's ("七、附属单位上缴收入"; "一、一般公共预算财政拨款收入" … for 财政拨款收入); "其中" rows are parts
 * of another.
 */
export function rowsStating(label: string, source: Table, side: '收入' | '支出'): TableRow[] {
  return source.rows.filter((row) => row.side === side && row.item !== null && !row.item.startsWith('其中') && row.item.replace(itemNumber, '').endsWith(label))
}

/**
 * The one way of giving `count` columns (left to right) to the labels in order, the rest blank, that makes
 * the total row print every stated total (a blank and a zero are alike); null when none or several do.
 *
 * @param labels the template's labels, left to right
 * @param totalRow the total row's amounts, by column (null where it prints none)
 * @param stated each label's stated total
 * @returns for each column, the label (index) it is
 */
export function placeByStatedTotals(labels: readonly string[], totalRow: ReadonlyArray<Decimal | null>, stated: ReadonlyMap<string, Decimal | null>): number[] | null {
  const fitting: number[][] = []
  const same = (a: Decimal | null, b: Decimal | null) => (a ?? new Decimal(0)).equals(b ?? new Decimal(0))
  const walk = (chosen: number[]) => {
    if (fitting.length > 1) return
    if (chosen.length === totalRow.length) {
      const fits = labels.every((label, at) => {
        const column = chosen.indexOf(at)
        return same(column < 0 ? null : totalRow[column]!, stated.get(label) ?? null)
      })
      if (fits) fitting.push([...chosen])
      return
    }
    const from = chosen.length === 0 ? 0 : chosen.at(-1)! + 1
    for (let label = from; label <= labels.length - (totalRow.length - chosen.length); label++) walk([...chosen, label])
  }
  walk([])
  return fitting.length === 1 ? fitting[0]! : null
}

/** The label of a column's period. */
const periodLabel = /^(?:预算数|决算数)$/

/**
 * The value the narrative states for a column, by the column's last label, in the table's unit; undefined when
 * it states none, or in a unit that is not known.
 *
 * @param key the column's key ("公务用车购置及运行费/公务用车购置费")
 * @param columnFigures the grammar's figures by label
 * @param figures the figures the narrative states
 * @param unit the table's unit
 */
export function statedFigure(key: string, columnFigures: Readonly<Record<string, FigureKey>>, figures: Partial<Record<FigureKey, Figure>>, unit: string | null): Decimal | undefined {
  // In a table of 预算数 | 决算数 the narrative's figure is the 决算数 (a 决算 states what was spent).
  const labels = key.split('/').map((part) => part.replace(ignored, ''))
  const period = labels.find((part) => periodLabel.test(part))
  if (period !== undefined && period !== '决算数') return undefined
  const label = labels.filter((part) => !periodLabel.test(part)).at(-1) ?? ''
  const figureKey = Object.entries(columnFigures).find(([name]) => name.replace(ignored, '') === label)?.[1]
  const figure = figureKey === undefined ? undefined : figures[figureKey]
  const factor = figure ? unitFactor(figure.unit, unit) : null
  return factor === null ? undefined : new Decimal(figure!.value).times(factor)
}
