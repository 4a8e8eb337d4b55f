/**
 * A batch worker: reads and extracts the files the main thread sends, and
 * sends back the rendered text and the counts for the summary.
 */
import { parentPort } from 'node:worker_threads'
import type { ExportUnit } from '../export/cell-records.js'
import { readAndExtract } from './read-input.js'
import { documentStats, renderDocument, type DocumentStats, type Format } from './render.js'

export interface WorkerTask {
  id: number
  name: string
  format: Format
  unit: ExportUnit | null
}

export type WorkerResult = { id: number; ok: true; text: string; stats: DocumentStats } | { id: number; ok: false; message: string }

parentPort?.on('message', (task: WorkerTask) => {
  let result: WorkerResult
  try {
    const read = readAndExtract(task.name)
    result = read.ok
      ? { id: task.id, ok: true, text: renderDocument(read.document, task.format, task.unit), stats: documentStats(read.document) }
      : { id: task.id, ok: false, message: read.message }
  } catch (error) {
    result = { id: task.id, ok: false, message: `${task.name}: internal error: ${error instanceof Error ? error.message : String(error)}` }
  }
  parentPort!.postMessage(result)
})
