/**
 * Split a line of `pdftotext -layout` text into positioned tokens. Cells are
 * separated by runs of spaces; a single space separates two cells only when
 * one side is a number ("12,345.67 一、一般公共服务支出"), so that a label
 * printed with a space inside ("收 入 总 计") stays one token, and a number
 * split at its decimal point ("123 .45") stays one number.
 */
import { looksLikeAmount } from './parse-amount.js'
import { joinLabel } from './split-cells.js'

/** A header label that ends as a whole one does (…费, 合计, …数, …收入, …支出, 金额 …); otherwise it goes on below. */
export const completeLabel = /[费计数出入金额算款]$/

export interface LayoutToken {
  text: string
  /** 0-based index of the first character in the normalized line. */
  start: number
  /** 0-based index after the last character. */
  end: number
  numeric: boolean
}

/**
 * @param text a normalized line
 */
export function layoutTokens(text: string): LayoutToken[] {
  const words: LayoutToken[] = []
  let index = 0
  while (index < text.length) {
    while (index < text.length && isSpace(text.charCodeAt(index))) index++
    const start = index
    while (index < text.length && !isSpace(text.charCodeAt(index))) index++
    if (index > start) {
      const word = text.slice(start, index)
      words.push({ text: word, start, end: index, numeric: looksLikeAmount(word) })
    }
  }
  const tokens: LayoutToken[] = []
  for (const word of words) {
    const previous = tokens.at(-1)
    // A number split by a stray space at its decimal point ("123 .45", "0. 00") is one number.
    if (previous && word.start - previous.end === 1 && ((/\d$/.test(previous.text) && /^\.\d+$/.test(word.text)) || (/^[\d,]*\d\.$/.test(previous.text) && /^\d+$/.test(word.text)))) {
      previous.text += ` ${word.text}`
      previous.end = word.end
      previous.numeric = true
    } else if (previous && word.start - previous.end === 1 && !previous.numeric && !word.numeric) {
      previous.text += ` ${word.text}`
      previous.end = word.end
    } else {
      tokens.push({ ...word })
    }
  }
  return tokens
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09
}

/**
 * Tells a line that repeats one of the header's lines (the same cells, spaces aside): a table continued on a
 * later page prints its header again, and those lines are no row's texts.
 */
export function repeatsHeader(header: ReadonlyArray<{ tokens: readonly LayoutToken[] }>): (tokens: readonly LayoutToken[]) => boolean {
  const key = (tokens: readonly LayoutToken[]) => tokens.map((token) => joinLabel(token.text)).join(' ')
  const keys = new Set(header.filter((line) => line.tokens.length > 0).map((line) => key(line.tokens)))
  return (tokens) => tokens.length > 0 && keys.has(key(tokens))
}

/** The words of a token set apart by single spaces ("基本支出 项目支出"), each with its own position. */
export function spaceWords(token: LayoutToken): LayoutToken[] {
  let start = token.start
  return token.text.split(' ').map((word) => {
    const part = { ...token, text: word, start, end: start + word.length }
    start += word.length + 1
    return part
  })
}
