/**
 * The shapes of grammar data. Grammars are plain objects; the engine in
 * `src/grammars/` reads them and compiles look-up tables once.
 */
import type { FigureKey } from './figures.js'

/** The standard parts of a disclosure. */
export type PartKind = '概况' | '决算表' | '预算表' | '情况说明' | '重点工作' | '名词解释' | '附件' | '绩效' | '其他'

/** The kinds of document. */
export type DocumentKind = '决算' | '预算' | '绩效自评'

/** A heading a part is expected to hold, and the role it gets when found. */
export interface ExpectedChild {
  /** Stable name of what the heading is about, e.g. "duties". */
  role: string
  /** Words any of which, in a heading's title, give it this role. */
  keywords: readonly string[]
}

/** One standard part. */
export interface PartGrammar {
  kind: PartKind
  /** Words any of which, in a part's title, make it this kind. Parts are tried in grammar order. */
  keywords: readonly string[]
  /** Titles that are a part heading on their own, without "第N部分" (compared without spaces). */
  standalone?: readonly string[]
  /** Headings expected inside the part. */
  children?: readonly ExpectedChild[]
}

/** One table of the standard sets. */
export interface TableGrammar {
  /** Stable identifier, e.g. "final.incomeExpenditureSummary". */
  id: string
  /** Canonical Chinese title. */
  title: string
  /** The document kind whose set the table belongs to ("绩效" for performance forms). */
  set: DocumentKind | '绩效'
  /** Other printed titles of the same table (compared without spaces, quotes and bracket width). */
  aliases: readonly string[]
  /** "form": a performance form whose grid is read by the performance reader, not cell by cell. */
  shape?: 'grid' | 'form'
  /**
   * A summary with 收入 items on the left and 支出 items on the right of each line: where its header names no
   * side ("本年收入 | 预算数 | 本年支出 | 预算数" has no word 收入 alone), the second column of labels begins 支出.
   */
  twoSided?: boolean
  /** Which classification its 科目 codes follow: 功能分类 (3/5/7 digits) or 经济分类 (3/5). */
  codes?: 'functional' | 'economic'
  /**
   * The columns the table prints when it is one row of amounts under a one-line header (a 支出总表 of some
   * templates): in plain text, which keeps no positions, only these words are taken for its header.
   */
  rowColumns?: readonly string[]
  /**
   * Whole headers of a one-row table whose header is on several levels (“三公”经费 tables), each as its column
   * keys in order ("“三公”经费/公务用车购置及运行维护费/小计"). In plain text, where the header words come out of
   * order, a template is used only when the header's characters are exactly its labels' characters.
   */
  headerTemplates?: readonly (readonly string[])[]
  /**
   * The amount columns a template prints, each template its labels left to right ("本年收入合计", "财政拨款收入",
   * …): a crowded header whose labels the converter cut and scattered is named by one when the header's
   * characters are exactly its labels' and the rows show as many columns.
   */
  columnTemplates?: readonly (readonly string[])[]
  /**
   * Where the document states the totals of this table's columns: the rows of one side of another table whose
   * labels end with a column's ("七、附属单位上缴收入"; the three "…财政拨款收入" rows for 财政拨款收入). The 合计 row
   * must print them, which tells the columns a crowded header leaves blank in every row.
   */
  columnTotals?: { table: string; side: '收入' | '支出' }
  /**
   * Headline figures the narrative states for columns of a one-row table, by the column's last label
   * ("公务用车购置费" → vehiclePurchase): where the table's sums leave its amounts more than one placement (a blank
   * 购置费 or 运行费), the one that prints what the narrative says is the table's.
   */
  columnFigures?: Readonly<Record<string, FigureKey>>
  /**
   * Labels a one-row table may print over all its columns and that name none of them ("财政拨款“三公”经费"):
   * a header matches a template with or without one of them.
   */
  headerOver?: readonly string[]
  /** Rows nested by the text columns they fill, over one amount column (a 政府采购预算表). */
  rowTree?: RowTreeGrammar
  /**
   * The rows of a one-amount table whose labels the converter scatters (a category column beside centred
   * items, both wrapped around the amounts: the 收入总表 of some templates), each template its rows in order.
   */
  rowTemplates?: readonly (readonly RowTemplateEntry[])[]
}

/**
 * A row of a row template: a row of its own ("收入总计"), or a category and its items, the first item its 小计
 * (the sum of the others but those starting "其中"). The first row of a template is the total of the 小计 and
 * of the rows of their own after it.
 */
export type RowTemplateEntry = { readonly label: string } | { readonly category: string; readonly items: readonly string[] }

/**
 * A table whose rows are a tree: each row fills some of the text columns and
 * prints one amount, the sum of the rows under it. Three levels: a top row
 * (marked by its first cell), middle rows (unmarked) and leaf rows (marked by
 * their last cell); a 合计/总计 row above them all.
 */
export interface RowTreeGrammar {
  /** The column a top row fills, and what its text starts with ("一、货物"). */
  top: { column: string; marks: RegExp }
  /** The columns a middle row fills, left to right; a row filling one of them keeps the other's from above. */
  middle: readonly string[]
  /** The columns a leaf row fills, left to right; the last one's text is matched by `marks` ("分散自行组织"). */
  leaf: { columns: readonly string[]; marks: RegExp }
}

/** What tells one kind of document from another. */
export interface DocumentKindGrammar {
  kind: DocumentKind
  /** Words that, in a title (cover, part heading, table title), speak for this kind. */
  titleWords: readonly string[]
  /** The usual order of parts. */
  parts: readonly PartKind[]
}

/** A complete grammar: a region's template is a grammar merged from the base and an extension. */
export interface Grammar {
  id: string
  parts: readonly PartGrammar[]
  tables: readonly TableGrammar[]
  documentKinds: readonly DocumentKindGrammar[]
  /** Department names that are template placeholders, not names ("部门名称"). */
  departmentPlaceholders: readonly string[]
  /** Endings of an organisation's name ("局", "委员会" …), used to accept a department name. */
  organisationSuffixes: readonly string[]
  /** Words that make a numbered line a narrative heading which closes a table ("说明", "情况" …). */
  narrativeHeadingWords: readonly string[]
  /**
   * Words that, standing right before a known title, make the printed title another table's: "项目" before
   * 支出决算表 is 项目支出决算表, not 支出决算表.
   */
  tableTitleQualifiers: readonly string[]
  /**
   * Words any of which make a line ending in 表, in a table part, the title of a table the grammar does not
   * know ("政府采购情况表"): it is kept as a table of its own rather than read into the table before it.
   */
  otherTableWords: readonly string[]
}

/** A partial grammar to merge into a base: lists are appended, ahead of the base's entries. */
export interface GrammarExtension {
  id: string
  parts?: readonly PartGrammar[]
  tables?: readonly TableGrammar[]
  documentKinds?: readonly DocumentKindGrammar[]
  departmentPlaceholders?: readonly string[]
  organisationSuffixes?: readonly string[]
  narrativeHeadingWords?: readonly string[]
  tableTitleQualifiers?: readonly string[]
  otherTableWords?: readonly string[]
}
