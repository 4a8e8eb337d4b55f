// Every table cell of the given documents as one CSV (UTF-8 with BOM, for Excel), amounts in 元.
// Run after `npm ci`:  node examples/export-cells.mjs seeds/*.txt > cells.csv
import { readFileSync } from 'node:fs'
import { cellRecordFields, csvByteOrderMark, extract, toCellRecords, toCsv } from 'yujuesuan'

const records = process.argv.slice(2).flatMap((file) => toCellRecords(extract(readFileSync(file), { source: file }), '元'))
process.stdout.write(csvByteOrderMark + toCsv(cellRecordFields, records))
const damaged = records.filter((record) => record.damaged !== null).length
console.error(`${records.length} cells, ${damaged} damaged (value left empty, printed text in the damaged column)`)
