/**
 * The `yujuesuan` program: runs the CLI on the process's arguments and
 * streams. A user's mistake is one line on stderr and a non-zero exit;
 * only a bug in the library prints more, and a stack only on request.
 */
import { once } from 'node:events'
import { readFileSync } from 'node:fs'
import { main } from './main.js'
import type { Io } from './run-extract.js'

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

const io: Io = {
  stdout: (text) => (process.stdout.write(text) ? undefined : once(process.stdout, 'drain').then(() => undefined)),
  stderr: (text) => process.stderr.write(text),
  readStdin: () => readFileSync(0),
  // A progress bar only where a person watches: a terminal, not a pipe or CI.
  progress: process.stderr.isTTY === true && !process.env.CI,
}

try {
  process.exitCode = await main(process.argv.slice(2), io)
} catch (error) {
  const message = error instanceof Error ? error.message : String(error)
  process.stderr.write(`yujuesuan: internal error: ${message} (please report it; set YUJUESUAN_DEBUG=1 for the stack)\n`)
  if (process.env.YUJUESUAN_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`)
  process.exitCode = 3
}
