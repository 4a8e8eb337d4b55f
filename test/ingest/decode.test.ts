import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { decodeBytes, extract } from '../../src/index.js'
import { root, seeds } from '../helpers.js'

const utf8 = new TextEncoder()

describe('decodeBytes', () => {
  it('reads UTF-8 without a BOM', () => {
    const result = decodeBytes(utf8.encode('部门决算'))
    expect(result).toEqual({ ok: true, text: '部门决算', encoding: 'utf-8' })
  })

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const result = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8.encode('部门决算')]))
    expect(result).toEqual({ ok: true, text: '部门决算', encoding: 'utf-8' })
  })

  it('detects GBK from the bytes: a seed converted with iconv reads the same as the UTF-8 original', () => {
    const gbk = readFileSync(`${root}test/fixtures/encoding/004-gbk.txt`)
    const original = readFileSync(`${root}${seeds['004']}`, 'utf8')
    const result = decodeBytes(gbk)
    expect(result.ok && result.encoding).toBe('gb18030')
    expect(result.ok && result.text).toBe(original)
  })

  it('reads UTF-16 when a BOM says so', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0xe8, 0x90, 0x97, 0x7b]) // 萨 … as UTF-16LE: 0x90e8 0x7b97
    const result = decodeBytes(bytes)
    expect(result.ok && result.encoding).toBe('utf-16le')
  })

  it('reports bytes with NULs as binary', () => {
    expect(decodeBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toMatchObject({ ok: false, reason: 'binary' })
  })

  it('reports bytes that are neither UTF-8 nor GB18030 as undecodable', () => {
    // 0xff is a lead byte in neither encoding.
    expect(decodeBytes(new Uint8Array([0x41, 0xff, 0xff, 0x42]))).toMatchObject({ ok: false, reason: 'undecodable' })
  })

  it('gives the same metadata for the GBK and the UTF-8 seed', () => {
    const gbk = extract(readFileSync(`${root}test/fixtures/encoding/004-gbk.txt`))
    expect(gbk.encoding).toBe('gb18030')
    expect(gbk.meta.department.value).toBe('武汉市东西湖区科学技术协会')
    expect(gbk.meta.year.value).toBe(2025)
  })
})
