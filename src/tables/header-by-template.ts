/**
 * Column names from a template the grammar knows, for a crowded header the
 * converter scattered: labels cut at other places on every line ("本年收入合" /
 * "计", "附属单" / "位上" / "缴收入"), stacked so that no fragment stands over
 * the rest of its label. The header is recognised by its characters — exactly
 * those of the template's labels, no more, no fewer — and by the order of the
 * labels' first fragments (each label's start, left to right, or in reading
 * order for one cell a line): then the columns, in order, are the template's —
 * when the rows show as many columns as the template names, or when totals
 * stated elsewhere tell which of them are blank (column-totals.ts).
 */

/** A header fragment and where it stands: its centre on its line, or its place in the reading order. */
export interface HeaderPiece {
  text: string
  at: number
}

/** Characters a header may print or not: quotes and brackets come in both widths, spaces anywhere. */
export const ignored = /[\s“”"'‘’()（）]/g

/**
 * @param pieces the header's fragments right of the row-label headers
 * @param templates the grammar's column templates, each its labels left to right
 * @param count how many amount columns the rows show (any number when not given)
 * @returns the labels, left to right, or null when no template fits exactly
 */
export function nameByTemplate(pieces: readonly HeaderPiece[], templates: readonly (readonly string[])[], count?: number): string[] | null {
  const printed = characters(pieces.map((piece) => piece.text).join(''))
  const fitting = templates.filter((labels) => (count === undefined || labels.length === count) && characters(labels.join('')) === printed && inOrder(pieces, labels))
  return fitting.length === 1 ? [...fitting[0]!] : null
}

/**
 * Whether each label's start is printed as exactly one fragment (two characters or more, the beginning of that
 * label and of no other) and those fragments stand in the template's order.
 */
function inOrder(pieces: readonly HeaderPiece[], labels: readonly string[]): boolean {
  const plainLabels = labels.map((label) => label.replace(ignored, ''))
  const places: number[] = []
  for (const [position, label] of plainLabels.entries()) {
    const starts = pieces.filter((piece) => {
      const text = piece.text.replace(ignored, '')
      return text.length >= 2 && label.startsWith(text) && plainLabels.every((other, at) => at === position || !other.startsWith(text))
    })
    if (starts.length !== 1) return false
    places.push(starts[0]!.at)
  }
  return places.every((place, position) => position === 0 || place > places[position - 1]!)
}

/** A text's characters, sorted, without the ones a header may print either way. */
export function characters(text: string): string {
  return [...text.replace(ignored, '')].sort().join('')
}

/**
 * The first column label that is a piece of a template's label and no label of its own ("支出" of
 * 对附属单位补助支出, "附属单位" of 附属单位上缴收入): a header cut and joined otherwise than it was printed. Totals
 * ("合计" beside 本年支出合计) are labels of their own.
 *
 * @param labels the columns' last labels
 * @param templates the grammar's column templates
 * @returns the piece, or null
 */
export function templateFragment(labels: readonly string[], templates: readonly (readonly string[])[]): string | null {
  const normal = (label: string) => label.replace(ignored, '')
  const whole = new Set(templates.flat().map(normal))
  for (const label of labels.map(normal)) {
    if (label.length === 0 || whole.has(label) || /(?:合计|小计|总计)$/.test(label)) continue
    if ([...whole].some((candidate) => candidate.length > label.length && candidate.includes(label))) return label
  }
  return null
}
