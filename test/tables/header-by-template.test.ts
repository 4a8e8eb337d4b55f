/**
 * Naming a crowded header by a template the grammar knows: the header's pieces must hold exactly the template's
 * characters, each label's start must be one piece of its own, and those starts must stand in the template's order.
 */
import { describe, expect, it } from 'vitest'
import { nameByTemplate, templateFragment } from '../../src/tables/header-by-template.js'

const income = ['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']
/** Pieces as pdftotext -layout cut a seven-column 收入决算表 header, with where each piece's centre stands. */
const scattered = [
  { text: '本年收入合', at: 26 },
  { text: '财政拨款', at: 42 },
  { text: '上级补助', at: 52 },
  { text: '附属单位', at: 84 },
  { text: '其他', at: 98 },
  { text: '事业收入', at: 63 },
  { text: '经营收入', at: 74 },
  { text: '计', at: 26 },
  { text: '收入', at: 42 },
  { text: '收入', at: 52 },
  { text: '上缴收入', at: 84 },
  { text: '收入', at: 98 },
]

describe('nameByTemplate', () => {
  it('names the columns when the pieces are exactly the template labels’ characters, their starts in order', () => {
    expect(nameByTemplate(scattered, [income], 7)).toEqual(income)
  })

  it('names nothing when the rows show another number of columns (a blank column the rows do not show)', () => {
    expect(nameByTemplate(scattered, [income], 6)).toBeNull()
  })

  it('names nothing when a character is missing or added', () => {
    expect(nameByTemplate(scattered.slice(0, -1), [income], 7)).toBeNull()
    expect(nameByTemplate([...scattered, { text: '数', at: 100 }], [income], 7)).toBeNull()
  })

  it('names nothing when two labels’ starts stand the other way round', () => {
    const swapped = scattered.map((piece) => (piece.text === '事业收入' ? { ...piece, at: 76 } : piece))
    expect(nameByTemplate(swapped, [income], 7)).toBeNull()
  })

  it('names nothing when a label’s start is not printed as a piece of its own', () => {
    // "事" / "业收入": no piece of two characters or more begins 事业收入 (one character is never taken for a start).
    const cut = scattered.flatMap((piece) => (piece.text === '事业收入' ? [{ text: '事', at: 61 }, { text: '业收入', at: 64 }] : [piece]))
    expect(nameByTemplate(cut, [income], 7)).toBeNull()
  })
})

describe('templateFragment', () => {
  const expenditure = [['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']]
  it('finds a column named by a piece of a template label', () => {
    expect(templateFragment(['本年支出合计', '基本支出', '项目支出', '支出'], expenditure)).toBe('支出')
    expect(templateFragment(['本年支出合计', '附属单位补助支出'], expenditure)).toBe('附属单位补助支出')
  })
  it('takes whole labels, totals and labels of other words as they are', () => {
    expect(templateFragment(['合计', '基本支出', '项目支出'], expenditure)).toBeNull()
    expect(templateFragment(['本年支出合计', '事业单位经营支出'], expenditure)).toBeNull()
    expect(templateFragment(['本年支出合计', '对附属单位补助支出'], expenditure)).toBeNull()
  })
})
