import { z } from 'zod'
import { figureKeys } from '../grammars/figures.js'
import { columnSchema, lineSchema } from './evidence.js'

export const figureKeySchema = z.enum(figureKeys).describe('which headline figure')

export const figureSchema = z
  .object({
    value: z.string().describe('exact decimal string; changes and rates signed (减少/下降 negative); counts as integers'),
    unit: z.string().nullable().describe('万元, 元, %, 人, 辆 … as printed'),
    line: lineSchema,
    column: columnSchema,
    text: z.string().describe('the sentence the figure was read from'),
    tableValue: z.string().nullable().describe('the same figure as a table prints it (exact, in the table unit), or null when no table gives it whole'),
    tableUnit: z.string().nullable().describe('the unit of that table (单位：万元 / 元), which may not be the figure’s'),
  })
  .describe('a figure the narrative states')

export const figuresSchema = z.partialRecord(figureKeySchema, figureSchema).describe('headline figures by key; a key the text does not state is absent')

export type Figure = z.infer<typeof figureSchema>
