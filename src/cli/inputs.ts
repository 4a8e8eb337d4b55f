/**
 * Turn the CLI's arguments into a list of inputs: files as given, every
 * document (*.txt) under a folder, the files a glob matches, "-" for
 * standard input. What cannot be found is an error naming the argument.
 */
import { readdirSync, statSync } from 'node:fs'
import { join, sep } from 'node:path'
import { UserError } from './errors.js'
import { isGlob, matchSegment } from './match-glob.js'

/** Endings of files taken for documents when a folder is given. */
const documentEndings = ['.txt', '.text', '.md']

export type Input = { kind: 'stdin'; name: '-' } | { kind: 'file'; name: string }

/**
 * @param argument one CLI argument
 * @returns the inputs it stands for, in a stable order
 * @throws UserError when it names nothing
 */
export function expandArgument(argument: string): Input[] {
  if (argument === '-') return [{ kind: 'stdin', name: '-' }]
  const stats = statOrNull(argument)
  if (stats?.isFile()) return [{ kind: 'file', name: argument }]
  if (stats?.isDirectory()) {
    const files = walk(argument).filter((file) => documentEndings.some((ending) => file.toLowerCase().endsWith(ending)))
    if (files.length === 0) throw new UserError(`${argument}: no documents (${documentEndings.join(', ')} files) in this folder`)
    return files.map((name) => ({ kind: 'file', name }))
  }
  if (isGlob(argument)) {
    const files = expandGlob(argument)
    if (files.length === 0) throw new UserError(`${argument}: no file matches this pattern`)
    return files.map((name) => ({ kind: 'file', name }))
  }
  throw new UserError(`${argument}: no such file or folder`)
}

function statOrNull(path: string) {
  try {
    return statSync(path)
  } catch {
    return null
  }
}

function walk(folder: string): string[] {
  const result: string[] = []
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) result.push(...walk(path))
    else if (entry.isFile()) result.push(path)
  }
  return result
}

function expandGlob(pattern: string): string[] {
  const segments = pattern.split(/[\\/]/)
  const absolute = pattern.startsWith('/')
  let index = 0
  const base: string[] = []
  while (index < segments.length - 1 && !isGlob(segments[index]!)) base.push(segments[index++]!)
  const root = absolute ? base.join('/') || '/' : base.length > 0 ? base.join(sep) : '.'
  const results: string[] = []
  const visit = (folder: string, rest: string[], shown: string) => {
    const [head, ...tail] = rest
    if (head === undefined) return
    const entries = statOrNull(folder)?.isDirectory() ? readdirSync(folder, { withFileTypes: true }) : []
    entries.sort((a, b) => (a.name < b.name ? -1 : 1))
    if (head === '**') {
      visit(folder, tail, shown)
      for (const entry of entries) if (entry.isDirectory()) visit(join(folder, entry.name), rest, join(shown, entry.name))
      return
    }
    for (const entry of entries) {
      if (!matchSegment(head, entry.name) || (entry.name.startsWith('.') && !head.startsWith('.'))) continue
      const path = join(folder, entry.name)
      if (tail.length === 0 && entry.isFile()) results.push(shown ? join(shown, entry.name) : entry.name)
      else if (tail.length > 0 && entry.isDirectory()) visit(path, tail, join(shown, entry.name))
    }
  }
  visit(root, segments.slice(index), absolute ? root : base.join(sep))
  return [...new Set(results)]
}
