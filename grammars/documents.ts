/** What tells a 决算 from a 预算 from a stand-alone 绩效自评 report. */
import type { DocumentKindGrammar } from './types.js'

export const documentKinds: readonly DocumentKindGrammar[] = [
  {
    kind: '决算',
    titleWords: ['部门决算', '单位决算', '决算公开', '决算表', '决算情况说明', '年度决算'],
    parts: ['概况', '决算表', '情况说明', '重点工作', '名词解释', '附件', '绩效'],
  },
  {
    kind: '预算',
    titleWords: ['部门预算', '单位预算', '预算公开', '预算表', '预算情况说明', '年度预算', '收支总表'],
    parts: ['概况', '预算表', '情况说明', '名词解释', '附件', '绩效'],
  },
  {
    kind: '绩效自评',
    titleWords: ['绩效自评', '自评报告', '绩效评价报告', '整体支出绩效', '自评结论', '绩效分析'],
    parts: ['概况', '绩效'],
  },
]
