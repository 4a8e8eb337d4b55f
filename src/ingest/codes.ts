/**
 * Named characters. Hot loops compare these codes instead of bare numbers.
 */
export const codes = {
  tab: 0x09,
  lineFeed: 0x0a,
  formFeed: 0x0c,
  carriageReturn: 0x0d,
  space: 0x20,
  noBreakSpace: 0xa0,
  enQuad: 0x2000,
  hairSpace: 0x200a,
  zeroWidthSpace: 0x200b,
  narrowNoBreakSpace: 0x202f,
  mediumMathematicalSpace: 0x205f,
  ideographicSpace: 0x3000,
  byteOrderMark: 0xfeff,
  fullWidthDigitZero: 0xff10,
  fullWidthDigitNine: 0xff19,
  /** "．", the full-width full stop. */
  fullWidthFullStop: 0xff0e,
  digitZero: 0x30,
  digitNine: 0x39,
  lessThan: 0x3c,
  greaterThan: 0x3e,
  ampersand: 0x26,
  replacementCharacter: 0xfffd,
} as const

/** Ticked and empty check boxes as the library writes them after normalization. */
export const ballotBoxChecked = '☑'
export const ballotBox = '□'

/** Money units a document may print. */
export const moneyUnits = ['万元', '元', '亿元', '千元'] as const
export type MoneyUnit = (typeof moneyUnits)[number]

/**
 * Whether a code point is a space that normalization turns into U+0020:
 * no-break, ideographic (full-width) and typographic spaces.
 */
export function isOddSpace(code: number): boolean {
  return (
    code === codes.noBreakSpace ||
    code === codes.ideographicSpace ||
    code === codes.narrowNoBreakSpace ||
    code === codes.mediumMathematicalSpace ||
    (code >= codes.enQuad && code <= codes.hairSpace)
  )
}

/** Whether a code point is an ASCII digit. */
export function isDigit(code: number): boolean {
  return code >= codes.digitZero && code <= codes.digitNine
}
