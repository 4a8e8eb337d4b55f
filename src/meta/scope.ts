/**
 * The scope of the figures: "汇总" (department with its units) or "本级"
 * (the department's own office), when a "部门：" label or a title says so.
 */
import { patterns } from '../tree/patterns.js'
import { absent, found, type Evidence, type MetaContext } from './evidence.js'

/**
 * @param context the document read so far
 */
export function readScope(context: MetaContext): Evidence<'汇总' | '本级'> {
  const places = [...context.titleLines, ...context.bodyLines.filter((index) => patterns.departmentLabel.test(context.structure.info[index]!.trimmed))]
  places.sort((a, b) => a - b)
  for (const index of places) {
    const text = context.lines[index]!.text
    if (text.length > 200) continue
    const match = patterns.scopeMark.exec(text)
    if (match) return found(match[1] as '汇总' | '本级', context.lines, index, match.index)
  }
  return absent()
}
