/**
 * CSV as RFC 4180 says: comma-separated, CRLF line ends, fields holding a
 * comma, a quote or a line break quoted, quotes doubled. With a UTF-8 BOM so
 * that Excel shows Chinese.
 */

/** The byte order mark Excel needs to read UTF-8. */
export const csvByteOrderMark = '\ufeff'

/**
 * @param fields the header
 * @param rows records with those fields
 * @returns the CSV text, header included, without the BOM
 */
export function toCsv<T extends object>(fields: readonly (keyof T & string)[], rows: readonly T[]): string {
  const lines = [fields.map(quote).join(',')]
  for (const row of rows) lines.push(fields.map((field) => quote(row[field])).join(","))
  return `${lines.join('\r\n')}\r\n`
}

function quote(value: unknown): string {
  if (value === null || value === undefined) return ''
  const text = String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
