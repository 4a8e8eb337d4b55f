/**
 * The department's full name as printed: the longest well-formed name among
 * the places documents print it (a "部门：" label, the 概况 heading, a title
 * before its year, the cover, the sentences on how the department is made up).
 */
import { patterns } from '../tree/patterns.js'
import { absent, found, type Evidence, type MetaContext } from './evidence.js'

interface Candidate {
  name: string
  line: number
  index: number
}

/** A name before a year: "某某区教育局 2024 年部门预算". */
const nameBeforeYear = /^(\S{2,40}?)\s*(?:19|20)\d{2}\s*年/
/** A name after its year: "2023年度北京市某某区教育委员会部门决算". */
const nameAfterYear = /^(?:19|20)\d{2}\s*年度?\s*(\S{2,40}?)\s*(?:部门|单位)?(?:决算|预算)/
/** "从单位构成看，X部门决算由…", "从预算单位构成看，X预算包括…". */
const compositionSentence = /从(?:预算)?单位构成看[，,]\s*(\S{2,40}?)(?:部门)?(?:决算|预算)/
/** "纳入X2023年度部门决算编制范围". */
const scopeSentence = /纳入(\S{2,40}?)\s*(?:19|20)\d{2}\s*年度?部门(?:决算|预算)/
/** Characters a department name never holds. */
const notInName = /[，。：；、,.:;！？!?“”"《》]/

/**
 * @param context the document read so far
 * @returns the department's name and where it is printed
 */
export function readDepartment(context: MetaContext): Evidence<string> {
  const { lines, structure, grammar } = context
  const candidates: Candidate[] = []
  const add = (raw: string | undefined, line: number) => {
    if (!raw) return
    const name = cleanName(raw)
    if (!name || name.length < 2 || name.length > 40 || notInName.test(name)) return
    if (grammar.isPlaceholder(name) || name.startsWith('本') || !grammar.hasOrganisationSuffix(name)) return
    const text = lines[line]!.text
    candidates.push({ name, line, index: indexOfLoose(text, raw.trim()) })
  }

  for (const section of structure.sections) {
    if (section.title === null) continue
    // The name stands on the heading's last line ("第一部分" may stand alone above it).
    const line = section.headingLines.at(-1)!
    const title = lines[line]!.text.includes(section.title.split(' ').at(-1)!) ? section.title.split(' ').at(-1)! : section.title
    if (section.kind === '概况' && title.endsWith('概况')) add(title.slice(0, -2), line)
    add(nameBeforeYear.exec(section.title)?.[1], section.headingLines[0]!)
  }
  for (const index of context.titleLines) {
    const kind = structure.kinds[index]
    const text = structure.info[index]!.trimmed
    if (kind === 2 /* cover */) {
      add(nameBeforeYear.exec(text)?.[1], index)
      add(nameAfterYear.exec(text)?.[1], index)
      if (!/\d/.test(text)) add(text, index)
    }
  }
  for (const index of context.bodyLines) {
    const text = structure.info[index]!.trimmed
    if (text.length > 400) continue
    add(patterns.departmentLabel.exec(text)?.[1], index)
    add(compositionSentence.exec(text)?.[1], index)
    add(scopeSentence.exec(text)?.[1], index)
  }
  if (candidates.length === 0) return absent()
  let best = candidates[0]!
  for (const candidate of candidates) if (candidate.name.length > best.name.length) best = candidate
  return found(best.name, lines, best.line, best.index)
}

function cleanName(raw: string): string {
  let name = raw.replace(/\s+/g, '')
  const scope = patterns.scopeMark.exec(name)
  if (scope) name = name.slice(0, scope.index)
  for (const suffix of ['部门', '本级']) if (name.endsWith(suffix) && name.length > suffix.length + 1) name = name.slice(0, -suffix.length)
  return name
}

/** Where a name stands in a line that may hold it with spaces inside. */
function indexOfLoose(text: string, printed: string): number {
  const index = text.indexOf(printed)
  if (index >= 0) return index
  const first = printed.charAt(0)
  return Math.max(0, text.indexOf(first))
}
