import { describe, expect, it } from 'vitest'
import { readSeed } from '../helpers.js'

const counts = (id: '000' | '001' | '002' | '003' | '004') => {
  const glossary = readSeed(id).glossary
  return [glossary.length, glossary.filter((entry) => entry.kind === 'classification').length, glossary.filter((entry) => entry.code !== null).length]
}

describe('the glossary (名词解释)', () => {
  it('reads every entry of each seed: [entries, classification items, items with a code]', () => {
    expect(counts('000')).toEqual([31, 14, 0])
    expect(counts('001')).toEqual([9, 0, 0])
    expect(counts('002')).toEqual([28, 22, 22])
    expect(counts('003')).toEqual([26, 8, 0])
    expect(counts('004')).toEqual([0, 0, 0])
  })

  it('joins a definition wrapped over lines and keeps the line of the term', () => {
    const entry = readSeed('000').glossary.find((candidate) => candidate.term === '上级补助收入')!
    expect(entry).toEqual({ term: '上级补助收入', definition: '指从事业单位主管部门和上级单位取得的非财政补助收入。', kind: 'term', code: null, line: 1421 })
  })

  it('resolves a 支出功能分类 item to its code from the tables', () => {
    const entry = readSeed('002').glossary.find((candidate) => candidate.line === 696)!
    expect([entry.term, entry.kind, entry.code]).toEqual(['一般公共服务支出（类）其他共产党事务支出（款）一般行政管理事务（项）', 'classification', '2013602'])
  })

  it('takes "类 款 项" names printed without markers for an item when the definition reads 反映…', () => {
    const entry = readSeed('003').glossary.find((candidate) => candidate.line === 617)!
    expect([entry.term, entry.kind]).toEqual(['科学技术支出 科学技术管理事务 行政运行', 'classification'])
  })
})
