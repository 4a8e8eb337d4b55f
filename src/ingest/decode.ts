/**
 * Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, and
 * GB18030/GBK, detected from the bytes and never from the file name.
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'

export interface Decoded {
  ok: true
  text: string
  encoding: Encoding
}

export interface DecodeFailure {
  ok: false
  /** `binary`: the bytes hold NULs or control characters; `undecodable`: neither UTF-8 nor GB18030. */
  reason: 'binary' | 'undecodable'
  message: string
}

/** Share of C0 control characters (other than tab, LF, CR, FF) above which text is taken for binary. */
const controlShareMax = 0.01

/**
 * Decode the bytes of a document.
 *
 * UTF-8 is tried first (strictly); when it fails, GB18030 (a superset of GBK
 * and GB2312) is tried strictly. Bytes with NULs, or text whose share of
 * control characters is above 1%, are reported as binary.
 *
 * @param bytes the file's bytes
 * @returns the text and the encoding found, or why it could not be read
 */
export function decodeBytes(bytes: Uint8Array): Decoded | DecodeFailure {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return checkText(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le')
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return checkText(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be')
  }
  if (bytes.includes(0)) {
    return { ok: false, reason: 'binary', message: 'binary data (NUL bytes), not a text document' }
  }
  const utf8 = tryDecode('utf-8', bytes)
  if (utf8 !== undefined) return checkText(utf8, 'utf-8')
  const gb = tryDecode('gb18030', bytes)
  if (gb !== undefined) return checkText(gb, 'gb18030')
  return { ok: false, reason: 'undecodable', message: 'not valid UTF-8 or GB18030/GBK text' }
}

function tryDecode(label: string, bytes: Uint8Array): string | undefined {
  try {
    // `ignoreBOM: false` strips a leading BOM, which is what we want.
    return new TextDecoder(label, { fatal: true }).decode(bytes)
  } catch {
    return undefined
  }
}

function checkText(text: string, encoding: Encoding): Decoded | DecodeFailure {
  let controls = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) controls++
  }
  if (text.length > 0 && controls / text.length > controlShareMax) {
    return { ok: false, reason: 'binary', message: `binary data (${controls} control characters), not a text document` }
  }
  return { ok: true, text, encoding }
}
