/**
 * The grammars. `baseGrammar` covers the national template as the seeds and
 * the development corpus print it; a region's variant is a `GrammarExtension`
 * merged in with `extendGrammar` (see src/grammars/extend.ts).
 */
import { documentKinds } from './documents.js'
import { parts } from './parts.js'
import { otherTableWords, tables, tableTitleQualifiers } from './tables.js'
import type { Grammar } from './types.js'

export type * from './types.js'
export { documentKinds } from './documents.js'
export { parts } from './parts.js'
export { otherTableWords, tables, tableTitleQualifiers } from './tables.js'

export const baseGrammar: Grammar = {
  id: 'base',
  parts,
  tables,
  documentKinds,
  departmentPlaceholders: ['部门名称', '单位名称', '部门', '单位', 'XX', 'XXX', '××', '×××', '某某'],
  organisationSuffixes: [
    '委员会', '办公厅', '办公室', '协会', '联合会', '中心', '集团', '公司', '法院', '检察院', '研究院', '研究所',
    '局', '委', '厅', '院', '部', '室', '所', '站', '队', '馆', '校', '处', '社', '署', '府', '会', '团', '办', '司', '宫', '场', '园',
    '学', '台', '行', '狱', '库', '庭', '联', '盟', '组', '科', '股',
  ],
  tableTitleQualifiers,
  otherTableWords,
  narrativeHeadingWords: ['说明', '情况', '结果', '分析', '措施', '自评', '评价', '结论', '职责', '职能', '概况', '构成', '解释', '目标完成', '应用'],
}
