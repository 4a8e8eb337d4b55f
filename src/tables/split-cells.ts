/**
 * Split a tab-separated row into cells, keeping where each cell starts in the
 * normalized line (for provenance).
 */

export interface RawCell {
  text: string
  /** 0-based index in the normalized line. */
  start: number
}

/**
 * @param text a normalized line
 * @returns its cells; an empty string between two tabs is an empty cell
 */
export function splitTabCells(text: string): RawCell[] {
  const cells: RawCell[] = []
  let start = 0
  for (let index = 0; index <= text.length; index++) {
    if (index < text.length && text.charCodeAt(index) !== 0x09) continue
    cells.push({ text: text.slice(start, index).trim(), start })
    start = index + 1
  }
  return cells
}

/** A header or label cell without its spaces: "小 计" → "小计", "本年收入 合计" → "本年收入合计". */
export function joinLabel(text: string): string {
  return text.replace(/\s+/g, '')
}
