/**
 * 重点工作完成情况 of the seeds, read by hand: 004's goals with 指标要求 and
 * 完成情况, the numbered goals of 000, and the headed items of 002 and 003.
 */
import { describe, expect, it } from 'vitest'
import { readSeed } from '../helpers.js'

describe('key work', () => {
  it('004: each 目标 with its 指标要求 and 完成情况, and the status the result states', () => {
    const items = readSeed('004').keyWork
    expect(items.map((item) => [item.line, item.item, item.target, item.status])).toEqual([
      [55, '持续推进“科创湖北”试点区建设', '组织开展科技创新智库课题研究，积极开展学术交流、学会专家行、科创沙龙等产学融合技术创新服务活动3场', '完成'],
      [61, '打造科普品牌，充分发挥李培武院士食品安全科普工作室资源优势，线上线下开展主题科普活动', '线上线下开展主题活动不少于15场，其中，线下活动不少于5场', '完成'],
      [67, '服务创新驱动发展，推荐申报武汉市专家科创工作站', '完成申报武汉市专家科创工作站1家或引进专家人才2名', '完成'],
      [73, '提升全民科学素质基础，举办各级各类科普惠民活动', '不少于130场', '完成'],
      [79, '强化基层科普效能', expect.stringMatching(/^扎实推进省级、市级科普项目落地验收/), '完成'],
      [84, '深化科技资源科普化', expect.stringMatching(/^推动专家科创工作站、人才离岸工作站和科技/), '完成'],
      [89, '点燃创新引擎，助力我区科技工作者创新能力提升', expect.stringMatching(/^开展科学家精神宣讲和科技工作者培训活动3/), '完成'],
      [95, '坚持聚力赋能，进一步扩大基层科协组织覆盖面', '指导成立企业科协组织3家', '完成'],
    ])
    expect(items[1]!.result).toMatch(/^完成目标任务。依托院士食品安全科普工作室打造“守护舌尖安全”科普品牌/)
  })

  it('000: the ten numbered goals, wrapped lines joined, with no result stated', () => {
    const items = readSeed('000').keyWork
    expect(items.map((item) => [item.line, item.item, item.result])).toEqual([
      [1241, '围绕区委区政府中心工作开展探索建设科技创新智库课题研究，形成高质量决策咨询建议 2 篇，供区领导决策参考。', null],
      [1245, '实施学术交流研讨活动，举办学术交流活动 2 场以上。', null],
      [1247, '依托武汉市院士科普工作室、专家科创工作站和科技小院开展系列活动 4 场次。', null],
      [1251, '深入推进全域科普，加快提升全民科学素质，推动科普服务群众 35000 人次以上。', null],
      [1255, '举办科技主题临时展览 1 场次以上。', null],
      [1257, '组织开展具有科学性、知识性、趣味性的“科普五进”活动（线上和线下）20 场以上。', null],
      [1261, '组织开展产学融合技术创新服务活动 3 场次。', null],
      [1263, '推动高端人才服务企业，择优推荐 2 家以上“专家科创工作站”或引进专家人才 2 人以上。', null],
      [1267, '提升基层科协和企业创新能力，全年开展创新方法培训 50 人次。', null],
      [1271, '科学整合资源，延伸科教触角，打造新时代文明实践中心大众科普体验馆。', null],
    ])
  })

  it('002 and 003: headed items with the text under them as the result', () => {
    expect(readSeed('002').keyWork.map((item) => [item.line, item.item])).toEqual([
      [642, '压紧压实政治责任，坚定不移推进全面从严治党'],
      [652, '聚焦聚力创新突破，坚定不移加快新旧动能转换'],
      [680, '对标对表工作部署，坚定不移落实各项工作任务'],
    ])
    const items = readSeed('003').keyWork
    expect(items.map((item) => item.line)).toEqual([344, 368, 370, 397, 409, 431, 448, 450, 470, 495])
    expect([items[3]!.item, items[3]!.result?.slice(0, 20)]).toEqual(['推动应急科普，在常态化疫情防控中施展作为', '在全区室内外 65 块全媒体视窗进行各种'])
  })
})
