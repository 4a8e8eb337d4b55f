// Every error and warning the audit finds in several documents, one per line, with where to look:
// the kind of list an auditor or a journalist goes through by hand (`yujuesuan check` is the same from the CLI).
// Run after `npm ci`:  node examples/list-findings.mjs seeds/*.txt
import { readFileSync } from 'node:fs'
import { extract, rules } from 'yujuesuan'

const files = process.argv.slice(2)
if (files.length === 0) {
  console.error('usage: node examples/list-findings.mjs <files…>')
  process.exit(2)
}
const describe = new Map(rules.map((rule) => [rule.id, rule.description]))
console.log(['department', 'year', 'severity', 'rule', 'line', 'finding', 'what must hold'].join('\t'))
for (const file of files) {
  const { meta, findings, checks } = extract(readFileSync(file), { source: file })
  for (const finding of findings) {
    if (finding.severity === 'info') continue
    console.log([meta.department.value ?? file, meta.year.value ?? '?', finding.severity, finding.rule, finding.line ?? '', finding.message, describe.get(finding.rule)].join('\t'))
  }
  console.error(`${file}: ${checks.checks.passed} of ${checks.checks.total} checks held, ${checks.checks.insufficient} could not be made`)
}
