/**
 * Every regular expression the library uses on document text, in one place.
 *
 * Each is anchored, has no nested quantifier over overlapping classes, and so
 * runs in time linear in the line it reads. Heading patterns are only tried on
 * lines no longer than `headingLengthMax` (see `src/structure/classify.ts`).
 */
export const patterns = {
  /** A line of white space only. */
  blank: /^\s*$/,
  /** A Markdown-style list marker a converter left at the start of a line: "- 一、…", "• …". Group 1: leading spaces. */
  listMarker: /^( *)[-•·] (?=\S)/,
  /** A numbering marker printed several times over (fake bold in the PDF): "一、一、一、". Group 1: leading spaces, group 2: the marker once. */
  repeatedNumbering: /^( *)([一二三四五六七八九十廿]{1,3}、)\2+/,
  /** A page number between dashes: "- 32 -", "－4－". */
  dashedPageNumber: /^\s*[-－—–]\s*\d{1,4}\s*[-－—–]\s*$/,
  /** A page number in words: "第 3 页", "第3页 共20页". */
  chinesePageNumber: /^\s*第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?\s*$/,
  /** A number alone on its line; a page number only when it also stands apart (see normalize). */
  barePageNumber: /^\s*\d{1,3}\s*$/,
  /** An HTML start, end or empty tag, whole. */
  htmlTag: /^<\/?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?\/?>$/,
  /** An HTML checkbox input. */
  htmlCheckbox: /^<input\b[^>]*\btype\s*=\s*["']?checkbox/i,
  /** The `checked` attribute. */
  htmlChecked: /\schecked\b/i,
  /** The name of a numeric HTML entity: "#12288", "#x3000". */
  numericEntity: /^#(?:\d{1,7}|[xX][0-9a-fA-F]{1,6})$/,

  /** "第三部分 …": group 1 the numeral, group 2 the rest of the line. */
  partHeading: /^第\s*([一二三四五六七八九十]{1,3}|\d{1,2})\s*部分\s*[:：、.．]?\s*(.*)$/,
  /** "一、…" (level 1). Group 1 numeral, group 2 title. */
  numberedLevel1: /^([一二三四五六七八九十廿]{1,4})\s*、\s*(.*)$/,
  /** "（一）…" or "(一)…" (level 2). */
  numberedLevel2: /^[（(]\s*([一二三四五六七八九十廿]{1,4})\s*[）)]\s*[、.．]?\s*(.*)$/,
  /** "1. …", "1、…", "1．…" (level 3); not a decimal such as "1.5". */
  numberedLevel3: /^(\d{1,2})\s*[.．、](?!\d)\s*(.*)$/,
  /** "(1) …", "（1）…" (level 4). */
  numberedLevel4: /^[（(]\s*(\d{1,2})\s*[）)]\s*[、.．]?\s*(.*)$/,

  /** Two cells of a layout-rendered table: text, two or more spaces, text. */
  columnGap: /\S {2,}\S/,
  /** A fiscal year: "2023 年度", "2024年". Group 1 the year. Used with the global flag. */
  year: /((?:19|20)\d{2})\s*年(度?)/g,
  /** The money unit line of a table: "单位：万元", "金额单位:元", "单位：人民币万元", "单位：万元（保留两位小数）". Group 1 the unit. */
  unitLine: /(?:^|\s)(?:金额|资金)?单位\s*[:：]\s*(?:人民币)?(万元|亿元|千元|元)(?:\s|$|[（(])/,
  /** "部门：某某市…局（汇总）" / "单位名称：…" / "部门名称 …" at the start of a line. Group 1 the name. */
  departmentLabel: /^(?:部门|部门名称|单位名称|预算单位|填报单位|部门\(单位\)名称|部门（单位）名称)\s*[:：]?\s*([^\s:：]{2,40})/,
  /** "（汇总）", "（本级）" and their ASCII-bracket forms. Group 1 the scope. */
  scopeMark: /[（(](汇总|本级)[)）]/,
} as const

/** Longest line (in characters) that can be a heading or a title. */
export const headingLengthMax = 120

/**
 * Whether a table-of-contents line ends in a page number: "…… 4", "- 4 -",
 * ".....- 13 -". Scans from the end, so it is linear on any line.
 * @param text a trimmed line
 */
export function hasPageNumberTail(text: string): boolean {
  let end = text.length
  const skip = (test: (code: number) => boolean) => {
    while (end > 0 && test(text.charCodeAt(end - 1))) end--
  }
  const isDash = (code: number) => code === 0x2d || code === 0xff0d || code === 0x2014 || code === 0x2013
  const isSpace = (code: number) => code === 0x20 || code === 0x09
  skip(isSpace)
  skip(isDash)
  skip(isSpace)
  const digitsEnd = end
  skip((code) => code >= 0x30 && code <= 0x39)
  const digits = digitsEnd - end
  if (digits === 0 || digits > 4) return false
  skip(isSpace)
  skip(isDash)
  const beforeLeader = end
  skip((code) => code === 0x2e || code === 0x2026 || code === 0xb7 || code === 0x22ef)
  const leader = beforeLeader - end
  // A number after a dot leader (two dots or more, or an ellipsis) or a dash,
  // or after a tab or a run of spaces; never the decimals of "123.45".
  if (leader >= 2 || (leader === 1 && text.charCodeAt(end) !== 0x2e)) return true
  if (beforeLeader < digitsEnd - digits && leader === 0) return true
  const before = text.charCodeAt(end - 1)
  return before === 0x09 || (before === 0x20 && text.charCodeAt(end - 2) === 0x20)
}

/**
 * The text without white space, for comparing titles: "收 入 总 计" → "收入总计".
 * @param text any text
 */
export function compact(text: string): string {
  let result = ''
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code !== 0x20 && code !== 0x09 && code !== 0x3000 && code !== 0xa0) result += text[index]
  }
  return result
}
