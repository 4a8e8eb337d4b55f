/**
 * A stable id for a finding or repair: FNV-1a over what identifies it (rule,
 * table, row, column) and never over run-dependent data, so the same finding
 * keeps its id across runs and versions of the input that do not touch it.
 */
export function fingerprint(...parts: readonly (string | number | null)[]): string {
  let hash = 0x811c9dc5
  const text = parts.map((part) => String(part ?? '')).join('\u0001')
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  let second = 0x01000193
  for (let index = text.length - 1; index >= 0; index--) {
    second ^= text.charCodeAt(index)
    second = Math.imul(second, 0x811c9dc5) >>> 0
  }
  return hash.toString(16).padStart(8, '0') + second.toString(16).padStart(8, '0').slice(0, 4)
}
