// Headline figures of several documents side by side, each with the line it was read from.
// Run after `npm ci`:  node examples/compare-figures.mjs seeds/*.txt
import { readFileSync } from 'node:fs'
import { extract } from 'yujuesuan'

const keys = ['incomeExpenditureTotal', 'totalIncome', 'totalExpenditure', 'basicExpenditure', 'projectExpenditure', 'threePublicTotal']
const files = process.argv.slice(2)
if (files.length === 0) {
  console.error('usage: node examples/compare-figures.mjs <files…>')
  process.exit(2)
}
console.log(['department', 'year', 'kind', ...keys].join('\t'))
for (const file of files) {
  const { meta, figures } = extract(readFileSync(file), { source: file })
  const cells = keys.map((key) => (figures[key] ? `${figures[key].value} ${figures[key].unit} (line ${figures[key].line})` : '—'))
  console.log([meta.department.value ?? '?', meta.year.value ?? '?', meta.kind.value ?? '?', ...cells].join('\t'))
}
