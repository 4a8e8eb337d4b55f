import { z } from 'zod'
import { lineSchema } from './evidence.js'

export const tableStatusSchema = z
  .enum(['data', 'empty', 'missing'])
  .describe('data: the table has rows; empty: the document states it has no data, or prints its grid with no amount in it; missing: only its title is in the text')

export const tableLayoutSchema = z
  .enum(['tabs', 'columns', 'cells', 'form'])
  .describe('how the rows reached the text: tab-separated, aligned by spaces (pdftotext -layout), one cell per line, or a performance form')

export const columnRoleSchema = z.enum(['code', 'name', 'text', 'rowNumber', 'amount'])

export const tableColumnSchema = z.object({
  key: z.string().describe('header path joined with "/", e.g. 本年收入/小计'),
  path: z.array(z.string()).describe('header labels from the top row down, spaces removed'),
  role: columnRoleSchema.describe('code, name, text, rowNumber (行次) or amount'),
  side: z.enum(['收入', '支出']).nullable().describe('side of a two-sided summary table'),
  group: z.string().nullable().describe('side-by-side group (人员经费, 公用经费 …)'),
})

export const tableCellSchema = z.object({
  column: z.string().describe('the column key'),
  value: z.string().nullable().describe('exact decimal string in the table unit (or percent when unit is %); null when blank or unreadable'),
  printed: z.string().describe('the cell as printed, spaces inside numbers removed; "" when blank'),
  damaged: z.string().nullable().describe('printed text of a cell that cannot be a whole value of its column (cut, malformed); its value is null'),
  unit: z.string().nullable().describe('unit of the value: the table unit, or % for a percentage'),
  line: lineSchema,
  sourceColumn: z.number().int().positive().describe('1-based column of the cell in the original line'),
  repair: z.string().nullable().describe('id of the repair (in `repairs`) that restored a damaged value; the value is then the repaired one'),
})

export const tableRowSchema = z.object({
  line: lineSchema,
  side: z.enum(['收入', '支出']).nullable(),
  group: z.string().nullable(),
  rowNumber: z.string().nullable().describe('行次 as printed, never read as an amount'),
  code: z.string().nullable().describe('科目 or unit code; null when absent or damaged'),
  codeDamaged: z.string().nullable().describe('printed code that cannot be right (cut to 5 digits, wrong length)'),
  parentCode: z.string().nullable().describe('code of the parent 类/款'),
  item: z.string().nullable().describe('row label, spaces removed'),
  itemDamaged: z.string().nullable().describe('the label as printed when it is cut short (another table prints it longer for the same code)'),
  repair: z.string().nullable().describe('id of the repair (in `repairs`) that restored a damaged code or name'),
  attributes: z.record(z.string(), z.string()).describe('other text columns of the row (e.g. 项目单位), by column key'),
  cells: z.array(tableCellSchema),
})

export const tableSchema = z
  .object({
    id: z.string().describe('stable grammar identifier, e.g. final.summary; "other" for a table whose title the grammar does not know'),
    title: z.string().describe('canonical Chinese title (for id "other", the printed title without number, year and department)'),
    printedTitle: z.string().describe('title as printed (title lines joined)'),
    qualifier: z.string().nullable().describe('trailing qualifier such as 分功能科目'),
    number: z.string().nullable().describe('number as printed (表 5-1, 公开01表), or null'),
    status: tableStatusSchema,
    statement: z.string().nullable().describe('the statement that the table is empty, when status is empty'),
    unit: z.string().nullable().describe('money unit printed with the table'),
    line: lineSchema.describe('first title line'),
    endLine: lineSchema.describe('last line of the table'),
    layout: tableLayoutSchema.nullable().describe('how the rows were laid out; null when there are none'),
    reconstructed: z.boolean().describe('whether rows and cells were read; false for layouts not yet read (see diagnostics)'),
    columns: z.array(tableColumnSchema),
    rows: z.array(tableRowSchema),
    notes: z.array(z.object({ text: z.string(), line: lineSchema })).describe('注：/说明：/备注： under the table'),
  })
  .describe('a standard table')

export type Table = z.infer<typeof tableSchema>
export type TableRow = z.infer<typeof tableRowSchema>
export type TableCell = z.infer<typeof tableCellSchema>
export type TableColumn = z.infer<typeof tableColumnSchema>
