/**
 * Match one path segment against a glob segment with `*`, `?` and `[…]`.
 * A linear two-pointer match with one back-track point: no regular
 * expression is built from user input.
 */

/**
 * @param pattern a glob segment (no "/")
 * @param name a file or folder name
 */
export function matchSegment(pattern: string, name: string): boolean {
  let p = 0
  let n = 0
  let starP = -1
  let starN = 0
  while (n < name.length) {
    if (p < pattern.length) {
      const token = pattern[p]!
      if (token === '*') {
        starP = p++
        starN = n
        continue
      }
      if (token === '[') {
        const close = pattern.indexOf(']', p + 1)
        if (close > p && classMatches(pattern.slice(p + 1, close), name[n]!)) {
          p = close + 1
          n++
          continue
        }
      } else if (token === '?' || token === name[n]) {
        p++
        n++
        continue
      }
    }
    if (starP < 0) return false
    p = starP + 1
    n = ++starN
  }
  while (p < pattern.length && pattern[p] === '*') p++
  return p === pattern.length
}

function classMatches(body: string, character: string): boolean {
  const negate = body.startsWith('!') || body.startsWith('^')
  const set = negate ? body.slice(1) : body
  let found = false
  for (let index = 0; index < set.length; index++) {
    if (set[index + 1] === '-' && index + 2 < set.length) {
      if (character >= set[index]! && character <= set[index + 2]!) found = true
      index += 2
    } else if (set[index] === character) {
      found = true
    }
  }
  return negate ? !found : found
}

/** Whether a path holds glob characters. */
export function isGlob(path: string): boolean {
  return /[*?[]/.test(path)
}
