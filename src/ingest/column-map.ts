/**
 * Maps a column of a normalized line back to the column of the original line.
 *
 * Normalization removes or replaces characters (BOM, form feeds, HTML tags,
 * list markers), so a normalized line can be shorter than its source. The map
 * is a flat list of breakpoints `[normalizedIndex, originalIndex, …]`: from a
 * breakpoint on, both advance together until the next one. Lines that were
 * not shortened or lengthened have no map at all.
 */
export type ColumnMap = readonly number[] | null

/** Builds a normalized string and its column map in one pass. */
export class ColumnMapBuilder {
  private readonly parts: string[] = []
  private readonly breakpoints: number[] = []
  private length = 0
  private shift = 0

  /**
   * Append `text`, which stands for the original characters starting at `originalIndex`.
   * @param text normalized characters (may be empty, to drop source characters)
   * @param originalIndex index in the original line of the first character `text` replaces
   */
  append(text: string, originalIndex: number): void {
    const shift = originalIndex - this.length
    if (shift !== this.shift) {
      this.breakpoints.push(this.length, originalIndex)
      this.shift = shift
    }
    if (text.length > 0) {
      this.parts.push(text)
      this.length += text.length
    }
  }

  /** The normalized string. */
  text(): string {
    return this.parts.join('')
  }

  /** The map, or `null` when every column is unchanged. */
  map(): ColumnMap {
    return this.breakpoints.length === 0 ? null : this.breakpoints
  }
}

/**
 * The 1-based column in the original line of the character at `index` of the normalized line.
 * @param map the line's column map
 * @param index 0-based index in the normalized line
 * @returns 1-based column in the original line
 */
export function originalColumn(map: ColumnMap, index: number): number {
  if (map === null) return index + 1
  let low = 0
  let high = map.length / 2 - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if ((map[middle * 2] as number) <= index) {
      found = middle
      low = middle + 1
    } else {
      high = middle - 1
    }
  }
  if (found < 0) return index + 1
  const normalizedStart = map[found * 2] as number
  const originalStart = map[found * 2 + 1] as number
  return originalStart + (index - normalizedStart) + 1
}
