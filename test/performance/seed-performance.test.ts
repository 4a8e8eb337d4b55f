/**
 * Performance entries of the seeds, read by hand from the documents: every
 * indicator of seed 000's four self-evaluation forms (cells wrapped over
 * lines, one row per line), seed 001's 项目支出绩效目标表, the ticked options of
 * seed 002's seven project forms (tab grids with shifted columns) and the
 * scores seeds 003 and 004 state in sentences. An indicator is written
 * "line | 一级/二级/三级 | target | actual | score".
 */
import { describe, expect, it } from 'vitest'
import type { PerformanceEntry } from '../../schemas/index.js'
import { readSeed } from '../helpers.js'

const head = (entry: PerformanceEntry) => [
  entry.scope,
  entry.name,
  entry.department,
  entry.implementer,
  entry.category?.ticked ?? null,
  entry.attribute?.ticked ?? null,
  entry.type?.ticked ?? null,
  entry.budget,
  entry.actual,
  entry.rate,
  entry.scoreWeight,
  entry.score,
  entry.totalScore,
]
const indicators = (entry: PerformanceEntry) =>
  entry.indicators.map((indicator) => [indicator.line, [indicator.level1, indicator.level2, indicator.level3].join('/'), indicator.target, indicator.actual, indicator.score].join(' | '))

describe('seed 000: four self-evaluation forms, one row per line, cells wrapped', () => {
  const document = readSeed('000')

  it('reads every field, budget figure, score and indicator', () => {
    expect(document.performance.map((entry) => [head(entry), indicators(entry)])).toEqual([
      // 2023年度区科协部门整体绩效自评表
      [
        ['整体', null, '区科协', null, null, null, null, '534.71', '438.97', '82', '20', '16.4', '96.4'],
        [
          '453 | 成本指标/经济成本指标/党员人均成本 | ≤200元/人/年 | ≤200元/人/年 | 10',
          '469 | 产出指标/数量指标/开展党员学习活动次数 | ≥1 | ≥1 | 20',
          '471 | 产出指标/数量指标/机关党建党员参与人数 | 17人/年 | 17人/年 | 10',
          '473 | 产出指标/质量指标/活动内容覆盖率 | ≥95% | ≥95% | 10',
          '480 | 效益指标/社会效益/提高党员政治修养和党性修养 | 有所提高 | 有所提高 | 20',
          '494 | 满意度指标/服务对象满意度指标/参与学习党员满意度 | ≥95% | ≥95% | 10',
          '521 | 产出指标/数量指标/购买服务人员人数 | ≤2人 | 10 | 15',
          '524 | 产出指标/质量指标/购买服务人员工作能力及态度 | 达到合同要求 | 达到合同要求 | 15',
          '538 | 产出指标/时效指标/购买服务人员投诉处理及时性 | 及时 | 及时 | 10',
          '546 | 效益指标/社会效益指标/政务公开社会影响力 | 有所提升 | 有所提升 | 30',
          '557 | 满意度指标/服务对象满意度指标/服务对象满意度 | ≥95% | ≥95% | 10',
          '585 | 产出指标/数量指标/开展各类科普活动、科普培训次数 | ≧10次 | ≧10次 | 10',
          '590 | 产出指标/数量指标/院士专家进校园活动 | ≧4次 | ≧4次 | 10',
          '592 | 产出指标/数量指标/开展学术交流活动 | ≧2次 | ≧2次 | 5',
          '594 | 产出指标/数量指标/成立科协数量 | ≧2个 | ≧2个 | 5',
          '596 | 产出指标/质量指标/居民科普活动参与率 | 95% | 95% | 5',
          '598 | 产出指标/时效指标/活动完成及时率 | 95% | 95% | 5',
          '608 | 效益指标/社会效益指标/营造尊重知识、尊重人才、尊重创新的良好氛围 | 氛围良好 | 氛围良好 | 15',
          '613 | 效益指标/社会效益指标/公民具备基本科学素养比例 | 逐年提升 | 逐年提升 | 15',
          '627 | 满意度指标/服务对象满意度指标/服务对象满意 | 95% | 95% | 10',
        ],
      ],
      // 区科协2023年政府购买服务人员经费绩效自评表
      [
        ['项目', '政府购买服务人员经费', '武汉市东西湖区科学技术协会', '综合科', '部门预算项目', '持续性项目', '常年性项目', '18', '17.93', '99.61', '20', '19.92', '99.92'],
        [
          '859 | 产出指标/数量指标/购买服务人员人数 | ≤2人 | 10 | 15',
          '862 | 产出指标/质量指标/购买服务人员工作能力及态度 | 达到合同要求 | 达到合同要求 | 15',
          '876 | 产出指标/时效指标/购买服务人员投诉处理及时性 | 及时 | 及时 | 10',
          '888 | 效益指标/社会效益指标/政务公开社会影响力 | 有所提升 | 有所提升 | 30',
          '899 | 满意度指标/服务对象满意度指标/服务对象满意度 | ≥95% | ≥95% | 10',
        ],
      ],
      // 区科协2023年党建活动项目绩效自评表
      [
        ['项目', '党建活动经费', '武汉市东西湖区科学技术协会', '综合科', '部门预算项目', '持续性项目', '常年性项目', '0.34', '0.19', '56', '20', '11.2', '91.2'],
        [
          '975 | 成本指标/经济成本指标/党员人均成本 | ≤200元/人/年 | ≤200元/人/年 | 10',
          '991 | 产出指标/数量指标/开展党员学习活动次数 | ≥1 | ≥1 | 20',
          '993 | 产出指标/数量指标/机关党建党员参与人数 | 17人/年 | 17人/年 | 10',
          '995 | 产出指标/质量指标/活动内容覆盖率 | ≥95% | ≥95% | 10',
          '1002 | 效益指标/社会效益/提高党员政治修养和党性修养 | 有所提高 | 有所提高 | 20',
          '1014 | 满意度指标/服务对象满意度指标/参与学习党员满意度 | ≥95% | ≥95% | 10',
        ],
      ],
      // 区科协2023年度科普活动项目绩效自评表
      [
        ['项目', '科普活动', '武汉市东西湖区科学技术协会', '综合科', '部门预算项目', '持续性项目', '常年性项目', '228.21', '94.78', '42', '20', '8.4', '88.4'],
        [
          '1114 | 产出指标/数量指标/开展各类科普活动、科普培训次数 | ≧10次 | ≧10次 | 10',
          '1119 | 产出指标/数量指标/院士专家进校园活动 | ≧4次 | ≧4次 | 10',
          '1121 | 产出指标/数量指标/开展学术交流活动 | ≧2次 | ≧2次 | 5',
          '1123 | 产出指标/数量指标/成立企业科协数量 | ≧2个 | ≧2个 | 5',
          '1125 | 产出指标/质量指标/居民科普活动参与率 | 95% | 95% | 5',
          '1127 | 产出指标/时效指标/活动完成及时率 | 95% | 95% | 5',
          '1141 | 效益指标/社会效益指标/营造尊重知识、尊重人才、尊重创新的良好氛围 | 氛围良好 | 氛围良好 | 15',
          '1149 | 效益指标/社会效益指标/公民具备基本科学素养比例 | 逐年提升 | 逐年提升 | 15',
          '1168 | 满意度指标/服务对象满意度指标/服务对象满意 | 95% | 95% | 10',
        ],
      ],
    ])
  })

  it('reads the ticked box printed as the replacement character beside □', () => {
    const form = document.performance[1]!
    expect(form.category).toEqual({
      options: [
        { label: '部门预算项目', ticked: true },
        { label: '区直专项', ticked: false },
      ],
      ticked: '部门预算项目',
      line: 809,
    })
  })

  it('keeps the 年度绩效目标, the deviation and the improvement sentences, and leaves nothing unread', () => {
    const overall = document.performance[0]!
    expect(overall.goals.map((goal) => [goal.line, goal.text])).toEqual([
      [428, '党建经费'],
      [499, '购买服务人员经费保障我区科普工作和全民科学素质工作正常开展。'],
      [561, '科普活动经费'],
    ])
    expect(overall.deviationReason).toBe('根据上级文件精神，财政压减项目经费133.43万，导致部分项目没有经费支付。')
    expect(document.performance[2]!.deviationReason).toBe('主要原因是今年在组织开展党员活动时未产生租车费。')
    expect(document.performance.map((entry) => entry.unread)).toEqual([[], [], [], []])
  })
})

describe('seed 001: 绩效目标表 with year columns', () => {
  const document = readSeed('001')

  it('reads 表 12-1 项目支出绩效目标表: fields, the ticked 项目类型, amounts and every indicator (the 预期当年实现值 as target)', () => {
    const form = document.performance[1]!
    expect([form.kind, form.title, form.name, form.department, form.implementer, form.type?.ticked]).toEqual([
      'targets',
      '表 12-1. 项目支出绩效目标表',
      '科普活动',
      '武昌区科协',
      '武昌区科协',
      '部门项目',
    ])
    expect([form.fields['项目总预算'], form.fields['项目当年预算'], form.fields['项目负责人']]).toEqual(['467.5', '467.5', '朱大贤'])
    expect(form.items.filter((item) => item.values.length > 0).map((item) => `${item.label} = ${item.values.join(' ')}`)).toEqual([
      '合计 = 467.5',
      '1.一般公共预算财政拨款收入 = 467.5',
      '合计 = 467.5',
      '1.基层科协工作经费补助 = 85',
      '2.科普阵地及设施建设 = 165',
      '3.科普活动 = 136',
      '4.服务企业、科技工作者及其他 = 81.5',
    ])
    expect(indicators(form)).toEqual([
      '416 | 产出指标/数量指标/组织开展系列科普活动 | 300 场次 |  | ',
      '417 | 产出指标/数量指标/组织科普志愿者参与科普教育基地建设及科普活动 | 3000 人次 |  | ',
      '418 | 产出指标/数量指标/编印发放武昌科普读本 | 12 万册 |  | ',
      '419 | 产出指标/数量指标/科普橱窗（长廊）维护 | 每年 6 次 |  | ',
      '420 | 产出指标/数量指标/加大科普阵地建设及提档升级投入 | 100 万元 |  | ',
      '422 | 产出指标/数量指标/组织街道社区、企业科普人员培训 | 每年一次 |  | ',
      '423 | 产出指标/数量指标/普及科学知识受众人数 | 100 万人次 |  | ',
      '424 | 产出指标/质量指标/科普活动参与度 | 100% |  | ',
      '425 | 产出指标/质量指标/科普显示屏、科普长廊使用率 | 100% |  | ',
      '426 | 产出指标/质量指标/科技人员意见、建议、投诉受理、办结率 | 100% |  | ',
      '427 | 产出指标/时效指标/项目经费支付及时率 | 100% |  | ',
      '428 | 产出指标/时效指标/项目完成及时率 | 100% |  | ',
      '429 | 效益指标/社会效益/全区营造科普氛围程度 | 100% |  | ',
      '430 | 效益指标/社会效益/科普资源共建共享程度 | 90% |  | ',
      '431 | 效益指标/社会效益/公民科学素质提高度 | 明显提高 |  | ',
      '432 | 效益指标/可持续影响指标/扩大科普宣传范围，增强科普活动影响力 | 逐年上升 |  | ',
      '433 | 满意度指标/服务对象满意度指标/辖区公民满意度 | 90% |  | ',
      '439 | 产出指标/数量指标/科普进社区实践活动 | 300 场次 |  | ',
      '440 | 产出指标/数量指标/科普研学活动 | 60 场次 |  | ',
      '441 | 产出指标/数量指标/科普阵地建设 | 100 万元 |  | ',
      '442 | 产出指标/数量指标/编印发放武昌科普读本 | 12 万册 |  | ',
      '443 | 产出指标/数量指标/组织科普志愿者参与科普教育基地建设及科普活动 | 3000 人次 |  | ',
      '444 | 产出指标/数量指标/荆楚科普大讲堂 | 12 场次 |  | ',
      '445 | 产出指标/数量指标/青少年科技嘉年华 | 1 场次 |  | ',
      '446 | 产出指标/数量指标/参加武汉市科普征文活动 | 1 场次 |  | ',
      '447 | 产出指标/数量指标/科普能力提升培训 | 1 场次 |  | ',
      '448 | 产出指标/数量指标/普及科学知识受众人数 | 110 万人次 |  | ',
      '449 | 产出指标/质量指标/科普显示屏、科普长廊使用率 | 100% |  | ',
      '451 | 产出指标/质量指标/科普活动参与度 | 100% |  | ',
      '452 | 产出指标/质量指标/科普人员培训合格率 | 100% |  | ',
      '453 | 产出指标/时效指标/科普橱窗画廊定期更换率 | 每2个月全部更换一次 |  | ',
      '454 | 产出指标/时效指标/项目经费支付及时率 | 100% |  | ',
      '455 | 产出指标/时效指标/项目完成及时率 | 100% |  | ',
      '456 | 产出指标/社会效益指标/全区营造科普氛围程度 | 100% |  | ',
      '457 | 产出指标/社会效益指标/科普资源共建共享程度 | 90% |  | ',
      '458 | 产出指标/社会效益指标/公民科学素质提高度 | 明显提高 |  | ',
      '459 | 满意度指标/服务对象满意度指标/辖区公民满意度 | 90% |  | ',
    ])
    expect(form.indicators.find((indicator) => indicator.line === 439)!.values).toEqual(['330 场次', '300 场次', '300 场次', '历史数据'])
    expect(form.unread).toEqual([])
  })

  it('reads 表 11 整体支出绩效目标表, keeping its 项目支出情况 block as not read', () => {
    const form = document.performance[0]!
    expect([form.scope, form.kind, form.department, form.indicators.length]).toEqual(['整体', 'targets', '武昌区科协', 39])
    expect(form.items.map((item) => `${item.label} = ${item.values.join(' ')}`)).toEqual([
      '收入构成/财政拨款 = 704.60 807.76 915.66',
      '其他资金 = 0 0 0',
      '合计 = 704.60 100% 807.76 915.66',
      '支出构成/基本支出 = 237.10 34% 317.26 344.16',
      '项目支出 = 467.50 66% 490.50 571.50',
      '合计 = 704.60 100% 807.76 915.66',
    ])
    expect(form.unread.map((line) => line.line)).toEqual([322, 323, 325])
  })
})

describe('seed 002: tab grids with shifted columns', () => {
  const document = readSeed('002')

  it('reads the ticked options (<input checked>) and the budget of each project form, never guessing a lone amount', () => {
    expect(document.performance.slice(1).map((entry) => [entry.name, entry.category?.ticked, entry.attribute?.ticked, entry.type?.ticked, entry.budget, entry.actual, entry.rate])).toEqual([
      ['计划管理费', '部门预算项目', '持续性项目', '常年性项目', '186', '186', '100'],
      ['企业管理费', '部门预算项目', '持续性项目', '常年性项目', '99.62', '99.62', '100'],
      ['疫情防控经费', '区级专项', '新增性项目', '一次性项目', '363.64', '363.64', '100'],
      ['湖北区域创新建设专项', '区级专项', '新增性项目', '一次性项目', '20', '20', '100'],
      // "年度财政资金总额 14.84 100%": 预算数 or 执行数? Not guessed.
      ['重大节日慰问', '部门预算项目', '持续性项目', '常年性项目', null, null, '100'],
      ['信访维稳经费', '区级专项', '新增性项目', '一次性项目', null, null, '100'],
      ['老干工作经费', '部门预算项目', '持续性项目', '常年性项目', '33.55', '33.55', '110.93'],
    ])
  })

  it('reads indicators by their words when the columns are shifted, and keeps scrambled rows as not read', () => {
    const overall = document.performance[0]!
    expect(indicators(overall).slice(0, 8)).toEqual([
      '760 | 产出指标/数量指标/实现技术合同成交额 | ≥200 亿元 | 260 亿元 | ',
      '761 | 产出指标/数量指标/举办科技成果转化对接活动场次 | ≥4 场 | 5 场 | ',
      '762 | 产出指标/数量指标/科技成果对接项目 | ≥16 项 | 20 项 | ',
      '763 | 效益指标/社会效益/搭建科技成果转化平台服务质量 | 定性指标 | 服务良好 | ',
      '764 | 效益指标/社会效益/项目实施按年度工作计划 | 定性指标 | 按时完成 | ',
      '765 | 效益指标/社会效益/营造科创氛围 | 定性指标 | 达到预期指标 | ',
      '766 | 满意度指标//优化营商环境 | 定性指标 | 达到预期指标 | ',
      '767 | 满意度指标/服务对象满意度指标/服务对象满意度指标 | ≥80% | 90% | ',
    ])
    expect(overall.indicators.length).toBe(21)
    const planning = document.performance[1]!
    expect(planning.unread.map((line) => line.line)).toEqual([806, 808, 809])
    // A blank cell after a few indicators is a blank target; after all of a form's, a spanned column.
    expect(indicators(planning).slice(3, 5)).toEqual(['803 | 成本指标//计划管理费 |  | 186 万 | ', '804 | 效益指标//项目实施按照年度工作计划进行 |  | 按时完成 | '])
    expect(indicators(document.performance[6]!).slice(2, 4)).toEqual(['916 | 产出指标/质量指标/信访按期办结率 | 100% | 100% | ', '917 | 产出指标/质量指标/信访维稳经费 | 1.3万 | 1.3万 | '])
  })
})

describe('scores stated in sentences', () => {
  it('003: the 整体 report’s 综合得分 and its indicators’ 满分 and 得分', () => {
    const entries = readSeed('003').performance
    expect(entries.map((entry) => [entry.source, entry.scope, entry.line, entry.score, entry.totalScore, entry.indicators.length])).toEqual([
      ['narrative', '项目', 304, null, '97.19', 0],
      ['narrative', '整体', 716, '19.62', '97.62', 14],
      ['narrative', '项目', 863, null, '100', 0],
    ])
    expect(entries[1]!.indicators.slice(0, 2).map((indicator) => [indicator.level3, indicator.weight, indicator.score, indicator.line])).toEqual([
      ['数量指标', '28', '24', 748],
      ['质量指标', '10', '9', 753],
    ])
  })

  it('004: 综合得分 97.4 with the 一级指标 scores out of their 满分', () => {
    const [entry] = readSeed('004').performance
    expect([entry!.scope, entry!.totalScore, entry!.indicators.map((indicator) => `${indicator.level1} ${indicator.score}/${indicator.weight}`)]).toEqual([
      '整体',
      '97.4',
      ['成本指标 17.4/20', '产出指标 40/40', '效益指标 30/30', '满意度指标 10/10'],
    ])
  })
})
