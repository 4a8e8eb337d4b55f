/**
 * A performance entry with nothing read yet: the readers fill in what the
 * document states and leave the rest null.
 */
import type { PerformanceEntry } from '../../schemas/performance.js'

export function emptyEntry(start: Pick<PerformanceEntry, 'source' | 'kind' | 'scope' | 'title' | 'line' | 'endLine'>): PerformanceEntry {
  return {
    ...start,
    name: null,
    department: null,
    implementer: null,
    category: null,
    attribute: null,
    type: null,
    fields: {},
    budget: null,
    actual: null,
    rate: null,
    score: null,
    scoreWeight: null,
    totalScore: null,
    goals: [],
    items: [],
    indicators: [],
    deviationReason: null,
    improvement: null,
    unread: [],
  }
}
