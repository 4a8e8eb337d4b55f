/**
 * A document as the CLI prints it, in each output format.
 */
import type { YujuesuanDocument } from '../../schemas/document.js'
import { cellRecordFields, toCellRecords, type ExportUnit } from '../export/cell-records.js'
import { toCsv } from '../export/csv.js'

export type Format = 'json' | 'ndjson' | 'cells' | 'csv'

/** What a document adds to the batch summary. */
export interface DocumentStats {
  tables: number
  cells: number
  /** Warnings and errors among the diagnostics (the checks' findings come later). */
  findings: number
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
  }
}

/** The counts a document adds to the batch summary. */
export function documentStats(document: YujuesuanDocument): DocumentStats {
  return {
    tables: document.tables.length,
    cells: document.tables.reduce((sum, table) => sum + table.rows.reduce((rows, row) => rows + row.cells.length, 0), 0),
    findings: document.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info').length,
    unread: document.tables.filter((table) => table.status === 'data' && !table.reconstructed && table.layout !== 'form').map((table) => table.layout ?? 'unknown'),
  }
}
