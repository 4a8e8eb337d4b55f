/**
 * The form in which titles are compared: no white space, no quotation marks,
 * no enumeration commas, half-width brackets and colon. "财政拨款“三公”经费支出决算表"
 * and "财政拨款 三公 经费支出决算表" have the same key, and "“三公”经费、会议费、培训费
 * 支出预算表" that of "三公经费会议费培训费支出预算表".
 */
const dropped = new Set([' ', '\t', '\u3000', '\u00a0', '“', '”', '"', '‘', '’', "'", '「', '」', '『', '』', '、'])
const replaced: Record<string, string> = { '（': '(', '）': ')', '：': ':', '【': '[', '】': ']' }
/** Any character `titleKey` drops or replaces. */
const needsWork = /[ \t\u3000\u00a0“”"‘’'「」『』（）：【】、]/

/**
 * @param text a title as printed
 * @returns its comparison key
 */
export function titleKey(text: string): string {
  // Most titles hold nothing to drop or replace: return them as they are.
  if (!needsWork.test(text)) return text
  let result = ''
  for (const character of text) {
    if (dropped.has(character)) continue
    result += replaced[character] ?? character
  }
  return result
}
