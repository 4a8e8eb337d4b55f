/**
 * The cells of a performance-form line: tab-separated when the line has
 * tabs, else separated by spaces (a form printed one row per line, or a cell
 * per line). A value cut at a slash ("≤200元/" + "人/年") is joined back.
 */
export interface FormLine {
  /** 0-based index into the normalized lines. */
  index: number
  /** 1-based input line. */
  line: number
  cells: string[]
  /** A tab-separated line's cells with the blank ones kept (their positions matter). */
  raw: string[]
  tabbed: boolean
}

export function formCells(text: string): { cells: string[]; raw: string[]; tabbed: boolean } {
  const tabbed = text.includes('\t')
  const raw = tabbed ? text.split('\t') : text.split(/\s+/)
  const cells: string[] = []
  for (const part of raw) {
    const cell = tabbed ? part.trim() : part
    if (cell === '') continue
    cells.push(cell)
  }
  return { cells, raw: tabbed ? raw.map((part) => part.trim()) : cells, tabbed }
}

/**
 * Joins cells cut at a slash across lines: a line whose last cell ends with
 * "/" goes on with the next line's first cell, and a first cell starting
 * with "/" goes back to the previous line's last.
 */
export function joinSlashes(lines: FormLine[]): FormLine[] {
  const result: FormLine[] = []
  for (const current of lines) {
    const previous = result[result.length - 1]
    const last = previous?.cells[previous.cells.length - 1]
    const first = current.cells[0]
    if (previous && last !== undefined && first !== undefined && !previous.tabbed && !current.tabbed && (last.endsWith('/') || first.startsWith('/'))) {
      previous.cells[previous.cells.length - 1] = last + first
      const rest = current.cells.slice(1)
      if (rest.length > 0) result.push({ ...current, cells: rest })
      continue
    }
    result.push({ ...current, cells: [...current.cells] })
  }
  return result
}
