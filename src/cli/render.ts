/**
 * A document as the CLI prints it, in each output format.
 */
import type { YujuesuanDocument } from '../../schemas/document.js'
import { cellRecordFields, toCellRecords, type ExportUnit } from '../export/cell-records.js'
import { toCsv } from '../export/csv.js'
import { checkJson, checkReport, hasErrors } from './render-check.js'

/** Output formats: the extract formats, and the check command's report, JSON and NDJSON. */
export type Format = 'json' | 'ndjson' | 'cells' | 'csv' | 'report' | 'check-json' | 'check-ndjson'

/** What a document adds to the batch summary. */
export interface DocumentStats {
  tables: number
  cells: number
  /** Findings of the audit that are errors or warnings. */
  findings: number
  /** Whether an error-severity finding failed. */
  errors: boolean
  /** Tables with data but no cells yet, by layout. */
  unread: string[]
}

/**
 * @param document an extracted document
 * @param format output format
 * @param unit unit for the cell formats
 * @returns the text to print: one JSON value (json), one line (ndjson), lines of cells, or CSV rows without a header
 */
export function renderDocument(document: YujuesuanDocument, format: Format, unit: ExportUnit | null): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(document, null, 2)}\n`
    case 'ndjson':
      return `${JSON.stringify(document)}\n`
    case 'cells':
      return toCellRecords(document, unit ?? undefined)
        .map((record) => `${JSON.stringify(record)}\n`)
        .join('')
    case 'csv': {
      const csv = toCsv(cellRecordFields, toCellRecords(document, unit ?? undefined))
      return csv.slice(csv.indexOf('\r\n') + 2)
    }
    case 'report':
      return checkReport(document)
    case 'check-json':
      return `${JSON.stringify(checkJson(document), null, 2)}\n`
    case 'check-ndjson':
      return `${JSON.stringify(checkJson(document))}\n`
  }
}

/** The counts a document adds to the batch summary. */
export function documentStats(document: YujuesuanDocument): DocumentStats {
  return {
    tables: document.tables.length,
    cells: document.tables.reduce((sum, table) => sum + table.rows.reduce((rows, row) => rows + row.cells.length, 0), 0),
    findings: document.findings.filter((finding) => finding.severity !== 'info').length,
    errors: hasErrors(document),
    unread: document.tables.filter((table) => table.status === 'data' && !table.reconstructed && table.layout !== 'form').map((table) => table.layout ?? 'unknown'),
  }
}
