/**
 * Reads a performance form (绩效自评表 / 绩效目标表) in any of the layouts
 * the converters make — tab-separated with shifted columns, one row per line
 * separated by spaces, cells wrapped over several lines — by the words of
 * grammars/performance.ts rather than by column positions. A row that cannot
 * be split into indicator and values without guessing is kept in `unread`.
 */
import {
  budgetHeader,
  deviationLabel,
  fieldLabels,
  improvementLabel,
  indicatorHeader,
  level1,
  level2,
  optionLabels,
  totalScoreLabel,
  valueColumns,
} from '../../grammars/performance.js'
import type { Indicator, OptionField, PerformanceEntry } from '../../schemas/performance.js'
import type { SourceLine } from '../ingest/normalize.js'
import type { LineInfo } from '../structure/classify-lines.js'
import { exactDecimal } from '../tables/parse-amount.js'
import { emptyEntry } from './entry.js'
import { formCells, joinSlashes, type FormLine } from './form-cells.js'

export interface FormRegion {
  start: number
  end: number
  titleLines: readonly number[]
}

const compact = (text: string) => text.replace(/\s+/g, '')
const weightCell = /^[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]$/
const amount = /^-?\d[\d,]*(?:\.\d+)?(?:万元)?$/
const percent = /^\d+(?:\.\d+)?\s*[%％]$/
const scoreCell = /^\d{1,3}(?:\.\d+)?$/
const goalLabel = /^(?:年度)?(?:绩效)?目标\s*\d*\s*[:：]?$|^年度绩效目标\s*\d*\s*[:：]?$|^年度目标\s*\d*\s*[:：]?$|^(?:整体绩效总目标|长期目标.*|年度绩效指标|长期绩效指标|年度绩效目标|长期绩效目标|目标说明)$/
const labelNoise = /^(?:一级指标|二级指标|三级指标|指标值|得分|年初目标值\(A\)|实际完成值\(B\)|签名[:：]?|年月日|填报日期.*|\d{0,2}月\d{1,2}日)$/
/** Pieces of a weight printed over lines: "（80" and "分）". */
const weightPiece = /^[（(]?\d+(?:\.\d+)?\s*分?[)）]?$|^分[)）]$/
/** Cells of the value-column header: "年初目标", "值（A）", "实际完成值", "（B）", "得分". */
const headerPiece = /^(?:年初目标|实际完成|值?[（(][AB][)）]|值|得分|[（(]B\/A[)）]|执行率|预算数|执行数|近两年指标值|预期当年实现值|预计当年实现|前年|上年|指标值|指标值确定依据)/

const level1Set = new Set<string>(level1)
// "社会效益" stands for 社会效益指标; "服务对象满意度" does not (it is also an indicator's name).
const level2Set = new Set<string>([...level2, ...level2.filter((label) => /(?:效益|影响)指标$/.test(label)).map((label) => label.replace(/指标$/, ''))])
const fieldByLabel = new Map(Object.entries(fieldLabels).flatMap(([field, labels]) => labels.map((label) => [compact(label), field] as const)))
const optionByLabel = new Map(Object.entries(optionLabels).flatMap(([field, labels]) => labels.map((label) => [compact(label), field] as const)))
/** Labels a cell wrapped over lines may join back into. */
const joinable = [...level1, ...level2, '年度绩效目标', '偏差大或目标未完成原因分析', '改进措施及结果应用方案', '预算执行情况（万元）', '单位主要负责人签批意见']

interface State {
  entry: PerformanceEntry
  phase: 'head' | 'budget' | 'amounts' | 'goal' | 'indicators' | 'deviation' | 'improvement' | 'end'
  /** The next goal text starts a new goal (a 年度绩效目标N label was seen). */
  newGoal: boolean
  level1: string | null
  level2: string | null
  header: string
  fragments: { text: string; line: number }[]
}

/**
 * @param region the form's lines (title lines first)
 * @param lines normalized lines
 * @param info their classification
 * @param scope 整体 or 项目
 * @param kind self-evaluation (自评) or targets (绩效目标)
 */
/** A value cell rather than an indicator's name: "≥80%", "90%", "定性指标". */
const valueCell = /^(?:[≥≤≧≦<>＞＜]|\d|定性指标$)/

export function readForm(
  region: FormRegion,
  lines: readonly SourceLine[],
  info: readonly LineInfo[],
  scope: '整体' | '项目',
  kind: 'self-evaluation' | 'targets',
): PerformanceEntry {
  const titleLines = new Set(region.titleLines)
  const rows: FormLine[] = []
  for (let index = region.start; index <= region.end; index++) {
    if (titleLines.has(index) || lines[index]!.blank || lines[index]!.furniture) continue
    const { cells, raw, tabbed } = formCells(info[index]!.trimmed)
    if (cells.length > 0) rows.push({ index, line: lines[index]!.line, cells, raw, tabbed })
  }
  const entry = emptyEntry({
    source: 'table',
    kind,
    scope,
    title: region.titleLines.map((index) => info[index]!.trimmed).join(''),
    line: lines[region.start]!.line,
    endLine: lines[region.end]!.line,
  })
  const state: State = { entry, phase: 'head', newGoal: false, level1: null, level2: null, header: '', fragments: [] }
  const joined = joinSlashes(rows)
  for (let at = 0; at < joined.length; at++) {
    const wrapped = wrappedLabel(joined, at)
    if (wrapped) {
      at += wrapped.lines - 1
      takeLabel(state, wrapped.label, joined[at]!, [])
      continue
    }
    readRow(state, joined[at]!)
  }
  flushFragments(state)
  dropSpannedCells(entry)
  return entry
}

/**
 * A label printed a few characters a line ("社会效益指" / "标", "满 意 度 指" /
 * "标（10分）") or a weight cut in two ("（40" / "分）"): the label (its weight
 * left out; "" for a weight alone) and how many lines it took.
 */
function wrappedLabel(rows: readonly FormLine[], at: number): { label: string; lines: number } | null {
  let text = ''
  for (let count = 0; count < 5 && at + count < rows.length; count++) {
    const row = rows[at + count]!
    if (row.tabbed) return null
    text += compact(row.cells.join(''))
    const label = text.replace(/[（(]\d+(?:\.\d+)?分[)）]$/, '')
    if (count > 0 && weightCell.test(text)) return { label: '', lines: count + 1 }
    if (count > 0 && joinable.includes(label)) return { label, lines: count + 1 }
    const continues = joinable.some((candidate) => candidate.startsWith(label)) || /^[（(]\d+(?:\.\d+)?$/.test(text)
    if (!continues) return null
  }
  return null
}

function takeLabel(state: State, label: string, row: FormLine, rest: string[]): void {
  if (level1Set.has(label) && !(label === '成本指标' && state.level1 !== null && state.phase === 'indicators' && !rest.some((cell) => level2Set.has(compact(cell))))) {
    flushFragments(state)
    state.level1 = label
    state.level2 = null
    state.phase = 'indicators'
    return
  }
  if (level2Set.has(label)) {
    flushFragments(state)
    state.level2 = label
    state.phase = 'indicators'
    return
  }
  if (deviationLabel.test(label)) {
    flushFragments(state)
    state.phase = 'deviation'
    return
  }
  if (improvementLabel.test(label)) {
    flushFragments(state)
    state.phase = 'improvement'
    return
  }
  if (label === '预算执行情况（万元）') {
    state.phase = 'budget'
    return
  }
  if (label === '单位主要负责人签批意见') {
    flushFragments(state)
    state.phase = 'end'
    return
  }
  if (label === '年度绩效目标') {
    flushFragments(state)
    state.phase = 'goal'
    state.newGoal = true
    return
  }
  void row
}

function readRow(state: State, row: FormLine): void {
  const entry = state.entry
  const first = compact(row.cells[0]!)
  const whole = compact(row.cells.join(''))
  // The signature block ends the form.
  if (/^单位主要负责人/.test(whole)) state.phase = 'end'
  if (state.phase === 'end' || labelNoise.test(whole) || /^(?:资金)?单位[:：]/.test(whole) || /绩效目标表$|绩效指标表$/.test(whole)) return
  // A subtitle under the title: "（某某项目经费）".
  if (state.phase === 'head' && entry.name === null && entry.department === null && Object.keys(entry.fields).length === 0 && /^[（(][^（()）\d]+[)）]$/.test(whole)) {
    entry.title += whole
    return
  }
  // A label printed with spaces between its characters ("满 意 度 指 标（10分）"), or a weight alone.
  if (!row.tabbed && row.cells.length > 1) {
    const label = whole.replace(/[（(]\d+(?:\.\d+)?分[)）]$/, '')
    if (level1Set.has(label) || level2Set.has(label)) {
      takeLabel(state, label, row, [])
      return
    }
  }
  if (weightCell.test(whole) || (state.phase !== 'indicators' && weightPiece.test(whole))) return
  // Sentences after the indicators.
  if (deviationLabel.test(first) || improvementLabel.test(first)) {
    flushFragments(state)
    state.phase = deviationLabel.test(first) ? 'deviation' : 'improvement'
    const rest = row.cells.slice(1)
    // Indicator cells the converter put on this row are not the sentence: kept as not read.
    if (rest.some((cell) => looksLikeIndicatorCell(cell))) entry.unread.push({ line: row.line, text: row.cells.join(' ') })
    else if (rest.length > 0) appendSentence(state, rest.join(''))
    return
  }
  if (state.phase === 'deviation' || state.phase === 'improvement') {
    if (totalScoreLabel.test(first)) return
    if (row.cells.some((cell) => looksLikeIndicatorCell(cell))) entry.unread.push({ line: row.line, text: row.cells.join(' ') })
    else appendSentence(state, row.cells.join(''))
    return
  }
  // Labelled fields and options, anywhere on the line (not inside the budget block, whose rows are labelled too).
  if (state.phase !== 'budget' && readFields(state, row)) return
  if (totalScoreLabel.test(first)) {
    flushFragments(state)
    const value = row.cells.slice(1).find((cell) => scoreCell.test(cell))
    if (value) entry.totalScore = exactDecimal(value)
    else entry.unread.push({ line: row.line, text: row.cells.join(' ') })
    return
  }
  const text = row.cells.join('')
  if (budgetHeader.test(text) || /^预算执行/.test(first)) {
    state.phase = 'budget'
    readScoreWeight(state, text)
    return
  }
  // An amount block: "项目资金来源 资金来源项目 金额", "部门总体资金情况 … 当年金额 占比 …".
  if (row.tabbed && /(?:^|[^预])金额$|当年金额|^金额/.test(row.cells[row.cells.length - 1]!) || row.cells.some((cell) => /^(?:当年金额|近两年收支金额)$/.test(cell))) {
    flushFragments(state)
    state.phase = 'amounts'
    return
  }
  if (state.phase === 'amounts') {
    if (readAmountRow(state, row)) return
    state.phase = 'head'
  }
  if (state.phase === 'budget') {
    readScoreWeight(state, whole)
    if (readBudget(state, row)) return
    // The budget header printed over several lines ("预算数", "（A）", "部门整体", "支出总额").
    if (!row.cells.some((cell) => /\d/.test(cell.replace(/[（(][AB]\/?A?[)）]/g, '')))) return
  }
  if (row.cells.some((cell) => indicatorHeader.test(compact(cell))) || /一级指标|三级指标/.test(whole)) {
    flushFragments(state)
    state.phase = 'indicators'
    state.header = row.cells.join(' ')
    return
  }
  if (goalLabel.test(first)) {
    flushFragments(state)
    const rest = row.cells.slice(1)
    // "年度绩效目标 产出指标 数量指标 …": a row of the indicator block that repeats the block's label.
    if (rest.some((cell) => level1Set.has(compact(cell)) || level2Set.has(compact(cell)))) {
      state.phase = 'indicators'
      readIndicatorRow(state, { ...row, cells: rest })
      return
    }
    state.phase = 'goal'
    state.newGoal = true
    const goal = rest.join('')
    if (goal && !weightCell.test(compact(goal))) {
      entry.goals.push({ text: goal, line: row.line })
      state.newGoal = false
    }
    return
  }
  if (state.phase === 'goal') {
    if (row.cells.every((cell) => weightCell.test(cell))) return
    if (labelNoise.test(first)) return
    // The goal text, or the value-column headers of the indicator block below.
    if (valueColumns.some((column) => column.label.test(first)) || /^[（(]?[AB][)）]?$|^值/.test(first)) {
      state.header += ` ${row.cells.join(' ')}`
      return
    }
    const last = entry.goals[entry.goals.length - 1]
    if (last && !state.newGoal && !last.text.endsWith('。') && row.cells.length === 1) last.text += row.cells[0]
    else entry.goals.push({ text: row.cells.join(''), line: row.line })
    state.newGoal = false
    return
  }
  if (state.phase === 'indicators') {
    // The value-column header, printed over lines.
    if (row.cells.every((cell) => headerPiece.test(compact(cell)) || /^\d{4}年$/.test(compact(cell)))) {
      state.header += ` ${row.cells.join(' ')}`
      return
    }
    readIndicatorRow(state, row)
    return
  }
  if (labelNoise.test(first) || row.cells.every((cell) => weightCell.test(cell))) return
  // A short label and a paragraph: "部门职能概述 1、贯彻执行…", "年度工作任务 …".
  if (row.tabbed && row.cells.length === 2 && first.length <= 20 && !/\d/.test(first) && row.cells[1]!.length >= 20) {
    entry.fields[first] = row.cells[1]!
    return
  }
  if (/绩效目标表$|绩效指标表$/.test(whole)) return
  entry.unread.push({ line: row.line, text: row.cells.join(' ') })
}

/** A level label or a short value ("≥80%", "90%", "186 万") — not part of a sentence. */
function looksLikeIndicatorCell(cell: string): boolean {
  const text = compact(cell)
  return level1Set.has(text) || level2Set.has(text) || /^[≥≤≧≦<>＞＜]?\d+(?:\.\d+)?(?:%|％|万元?|人次|次|个|家|人)?$/.test(text)
}

function appendSentence(state: State, text: string): void {
  const key = state.phase === 'deviation' ? 'deviationReason' : 'improvement'
  state.entry[key] = (state.entry[key] ?? '') + text
}

/** "项目名称 X", "主管部门 X 项目实施单位 Y", "单位名称：X", "项目类别 1、… ☑ 2、… □". */
function readFields(state: State, row: FormLine): boolean {
  const entry = state.entry
  const first = compact(row.cells[0]!)
  const option = optionByLabel.get(first)
  if (option) {
    entry[option as 'category' | 'attribute' | 'type'] = readOptions(row.cells.slice(1).join(' '), row.line)
    return true
  }
  let found = false
  for (let at = 0; at < row.cells.length; at++) {
    const cell = row.cells[at]!
    const colon = /^([^:：]{2,12})[:：]\s*(.*)$/.exec(cell)
    const label = compact(colon ? colon[1]! : cell)
    const field = fieldByLabel.get(label)
    const known = field !== undefined || /总额$|总预算$|当年预算$|负责人$|联系电话$|填报人$|项目代码$/.test(label)
    if (!known) continue
    const value = colon && colon[2] ? colon[2] : row.cells[at + 1]
    // A header row of labels ("项目名称 项目类型 项目总预算 …") has no values.
    if (value === undefined || isLabel(value)) continue
    found = true
    if (field === 'name') entry.name ??= value
    // 主管部门 names the department; 单位名称 (the filling unit) only when no 主管部门 is printed.
    else if (field === 'department') entry.department = value
    else if (field === 'unit') entry.department ??= value
    else if (field === 'implementer') entry.implementer ??= value
    else entry.fields[label] = value
    if (!(colon && colon[2])) at++
  }
  return found && row.cells.length <= 6
}

function isLabel(cell: string): boolean {
  const text = compact(cell)
  return fieldByLabel.has(text) || optionByLabel.has(text) || /总额$|总预算$|当年预算$|本年度预算$|负责人$|联系电话$|填报人$|项目代码$|支出方向和用途$/.test(text)
}

const optionPattern = /(\d)\s*[、.．]\s*([^☑□\uFFFD\d]+?)\s*([☑□\uFFFD])/g

/** Options with their boxes; the replacement character stands for the ticked box where the others print □. */
function readOptions(text: string, line: number): OptionField {
  const options = [...text.matchAll(optionPattern)].map((match) => ({ label: match[2]!.trim(), mark: match[3]! }))
  const ticked = options.filter((option) => option.mark === '☑' || (option.mark === '\uFFFD' && !options.some((other) => other.mark === '☑')))
  return {
    options: options.map((option) => ({ label: option.label, ticked: ticked.includes(option) })),
    ticked: ticked.length === 1 ? ticked[0]!.label : null,
    line,
  }
}

/**
 * A row of an amount block: its labels and its values ("1. 一般公共预算财政拨款收入 100.0",
 * "支出构成 基本支出 60.00 60% 55.00 58.00"); a row of labels only is a row with blank amounts.
 */
function readAmountRow(state: State, row: FormLine): boolean {
  const labels: string[] = []
  const values: string[] = []
  for (const cell of row.cells) {
    if (amount.test(cell.replace(/万元$/, '')) || percent.test(cell)) values.push(cell)
    else if (values.length === 0 && cell.length <= 40) {
      // "2." and "政府性基金…" printed in two cells are one label.
      const previous = labels[labels.length - 1]
      if (previous !== undefined && /^\d{1,2}[.、．]$/.test(previous)) labels[labels.length - 1] = previous + compact(cell)
      else labels.push(compact(cell))
    }
    else return false
  }
  if (labels.length === 0 && values.length === 0) return false
  // Indicator labels or a goal mean the block has ended.
  if (labels.some((label) => level1Set.has(label) || level2Set.has(label) || indicatorHeader.test(label) || goalLabel.test(label) || /目标|说明$/.test(label))) return false
  if (values.length === 0 && labels.every((label) => /^\d{4}年$/.test(label))) return true
  state.entry.items.push({ label: labels.join('/'), values, line: row.line })
  return true
}

/** "得分（20分*执行率）": the budget execution's 分值. */
function readScoreWeight(state: State, text: string): void {
  const weight = /(\d+(?:\.\d+)?)分\s*[*×xX]\s*执行率/.exec(compact(text))
  if (weight) state.entry.scoreWeight = exactDecimal(weight[1]!)
}

/** "120.00 96.00 80% 16": 预算数, 执行数, 执行率, 得分 — only when the amounts are unambiguous. */
function readBudget(state: State, row: FormLine): boolean {
  const numbers = row.cells.filter((cell) => amount.test(cell.replace(/万元$/, '')) || percent.test(cell))
  if (numbers.length < 2) return false
  const entry = state.entry
  const rateAt = numbers.findIndex((cell) => percent.test(cell))
  const amounts = rateAt === -1 ? numbers : numbers.slice(0, rateAt)
  if (amounts.length === 2) {
    entry.budget = exactDecimal(amounts[0]!.replace(/万元$/, ''))
    entry.actual = exactDecimal(amounts[1]!.replace(/万元$/, ''))
  } else {
    // One amount before the rate: 预算数 or 执行数? Not guessed.
    entry.unread.push({ line: row.line, text: row.cells.join(' ') })
  }
  if (rateAt !== -1) {
    entry.rate = numbers[rateAt]!.replace(/\s*[%％]$/, '')
    const after = numbers[rateAt + 1]
    if (after !== undefined && scoreCell.test(after)) entry.score = exactDecimal(after)
  }
  state.phase = 'head'
  return true
}

/**
 * An indicator row: leading level labels, then the indicator and its values.
 * Tab-separated rows hold whole cells; rows separated by spaces may carry a
 * wrapped indicator or value over several lines, and end with the score.
 */
function readIndicatorRow(state: State, row: FormLine): void {
  let cells = row.cells
  let lastLabel: string | null = null
  while (cells.length > 0) {
    const cell = compact(cells[0]!)
    const level1Match = /^(.+?)[（(]\s*\d+(?:\.\d+)?\s*分\s*[)）]$/.exec(cell)
    const label = level1Match ? level1Match[1]! : cell
    if (level1Set.has(label) || level2Set.has(label) || goalLabel.test(label)) {
      takeLabel(state, label, row, cells.slice(1))
      state.phase = 'indicators'
      lastLabel = label
      cells = cells.slice(1)
      continue
    }
    if (weightCell.test(cell)) {
      cells = cells.slice(1)
      continue
    }
    break
  }
  if (cells.length === 0) return
  // "服务对象满意度指标 ≥80% 90%": the indicator is named like its level.
  if (row.tabbed && lastLabel !== null && level2Set.has(lastLabel) && valueCell.test(compact(cells[0]!))) cells = [lastLabel, ...cells]
  if (row.tabbed) {
    flushFragments(state)
    if (cells.length < 2) {
      state.entry.unread.push({ line: row.line, text: row.cells.join(' ') })
      return
    }
    // Blank cells between the indicator and a value are blank values ("项目实施… ⇥⇥ 按时完成": no target).
    const named = row.raw.indexOf(cells[0]!)
    const after = named === -1 || cells[0] === lastLabel ? cells.slice(1) : row.raw.slice(named + 1)
    while (after.length > 0 && after[after.length - 1] === '') after.pop()
    pushIndicator(state, cells[0]!, after, row.line)
    return
  }
  const last = cells[cells.length - 1]!
  const ends = state.entry.kind === 'self-evaluation' ? scoreCell.test(last) && (cells.length > 1 || state.fragments.length > 0) : false
  if (!ends) {
    for (const cell of cells) state.fragments.push({ text: cell, line: row.line })
    return
  }
  // The final line of a row: its cells before the score are the rightmost values.
  const before = cells.slice(0, -1)
  const line = state.fragments[0]?.line ?? row.line
  if (before.length >= 2) {
    const name = [...state.fragments.map((fragment) => fragment.text), ...before.slice(0, -2)].join('')
    state.fragments = []
    if (name === '') {
      state.entry.unread.push({ line: row.line, text: row.cells.join(' ') })
      return
    }
    pushIndicator(state, name, [...before.slice(-2), last], line)
    return
  }
  const pieces = [...state.fragments.map((fragment) => fragment.text), ...before]
  state.fragments = []
  const split = splitRepeated(pieces)
  if (!split) {
    state.entry.unread.push({ line, text: [...pieces, last].join(' ') })
    return
  }
  pushIndicator(state, split.name, [split.value, split.value, last], line)
}

/**
 * Fragments of a wrapped row "name… target… actual…" whose target and actual
 * read the same ("达到合同" "要求" "达到合同" "要求"): the only split that needs no guess.
 */
function splitRepeated(pieces: readonly string[]): { name: string; value: string } | null {
  for (let start = 1; start < pieces.length - 1; start++) {
    for (let middle = start + 1; middle < pieces.length; middle++) {
      const target = pieces.slice(start, middle).join('')
      const actual = pieces.slice(middle).join('')
      if (target === actual) return { name: pieces.slice(0, start).join(''), value: target }
    }
  }
  return null
}

const rolesOf = new WeakMap<Indicator, readonly string[]>()

function pushIndicator(state: State, name: string, values: string[], line: number): void {
  const indicator: Indicator = {
    level1: state.level1,
    level2: state.level2,
    level3: compact(name),
    target: null,
    actual: null,
    score: null,
    weight: null,
    values,
    line,
  }
  rolesOf.set(indicator, valueRoles(state.header, values.length + 1, state.entry.kind))
  assignValues(indicator)
  state.entry.indicators.push(indicator)
}

/** Target, actual, score and weight from the value cells by their roles; a blank cell is null. */
function assignValues(indicator: Indicator): void {
  const roles = rolesOf.get(indicator) ?? []
  const pick = (role: string) => {
    const at = roles.indexOf(role)
    const value = at === -1 ? undefined : indicator.values[at]
    return value === undefined || value === '' ? null : value
  }
  const score = pick('score')
  const weight = pick('weight')
  // One value where a self-evaluation has two: target or actual? Kept in `values` only.
  const alone = indicator.values.length === 1 && roles[0] === 'target' && roles[1] === 'actual'
  indicator.target = alone ? null : pick('target')
  indicator.actual = alone ? null : pick('actual')
  indicator.score = score !== null && scoreCell.test(score) ? exactDecimal(score) : null
  indicator.weight = weight !== null && scoreCell.test(weight) ? exactDecimal(weight) : null
}

/**
 * A blank cell after most indicators of a form is a column the indicator
 * spans, not a blank target: it is dropped from them all. After a few only,
 * it stays a blank value.
 */
function dropSpannedCells(entry: PerformanceEntry): void {
  const led = entry.indicators.filter((indicator) => indicator.values[0] === '')
  if (led.length * 2 <= entry.indicators.length) return
  for (const indicator of led) {
    indicator.values = indicator.values.slice(1)
    assignValues(indicator)
  }
}

/** What each value cell is, from the header when it names them all, else the usual order. */
function valueRoles(header: string, count: number, kind: PerformanceEntry['kind']): string[] {
  if (/前年/.test(header) && /上年/.test(header)) return ['history', 'history', 'target', 'basis'].slice(0, count)
  if (kind === 'targets') return ['target', 'basis', 'basis'].slice(0, count)
  return ['target', 'actual', 'score', 'weight'].slice(0, count)
}

function flushFragments(state: State): void {
  if (state.fragments.length === 0) return
  state.entry.unread.push({ line: state.fragments[0]!.line, text: state.fragments.map((fragment) => fragment.text).join(' ') })
  state.fragments = []
}
