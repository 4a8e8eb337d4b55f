// List what each document is: department, year, kind, parts and tables.
// Run after `npm ci`:  node examples/list-documents.mjs seeds/*.txt
import { readFileSync } from 'node:fs'
import { extract } from 'yujuesuan'

const files = process.argv.slice(2)
if (files.length === 0) {
  console.error('usage: node examples/list-documents.mjs <files…>')
  process.exit(2)
}
for (const file of files) {
  const document = extract(readFileSync(file), { source: file })
  const { department, year, kind, unit } = document.meta
  console.log(`${file}: ${department.value ?? '?'} · ${year.value ?? '?'} · ${kind.value ?? '?'} · ${unit.value ?? '?'}`)
  for (const section of document.sections) {
    console.log(`  ${section.part ?? '—'} ${section.kind} (lines ${section.line}–${section.endLine})`)
  }
  const byStatus = {}
  for (const table of document.tables) byStatus[table.status] = (byStatus[table.status] ?? 0) + 1
  console.log(`  tables: ${document.tables.length} (${Object.entries(byStatus).map(([status, count]) => `${count} ${status}`).join(', ')})`)
  console.log(`  lines not understood: ${document.coverage.unclassified} of ${document.coverage.lines}`)
}
