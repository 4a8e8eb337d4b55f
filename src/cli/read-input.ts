/**
 * Read one input file and extract it; a file that cannot be read is an error
 * message naming it, never an exception.
 */
import { readFileSync } from 'node:fs'
import type { YujuesuanDocument } from '../../schemas/document.js'
import { extract } from '../document.js'

export type ReadResult = { ok: true; document: YujuesuanDocument } | { ok: false; message: string }

/**
 * @param name the file's path, or "-" with `bytes` given
 * @param bytes the content, when already read (standard input)
 */
export function readAndExtract(name: string, bytes?: Uint8Array): ReadResult {
  let content: Uint8Array
  try {
    content = bytes ?? readFileSync(name)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return { ok: false, message: `${name}: cannot read the file (${code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (code ?? 'read error')})` }
  }
  const document = extract(content, { source: name })
  const fatal = document.diagnostics.find((diagnostic) => diagnostic.code === 'undecodable-input')
  if (fatal) return { ok: false, message: `${name}: cannot read the text: ${fatal.message}` }
  return { ok: true, document }
}
