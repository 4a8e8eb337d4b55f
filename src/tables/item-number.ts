/**
 * How the rows of budget tables number their items: "一、" at the top level,
 * "（一）" or "1." below it. One place for the patterns the readers share.
 */

/** A top-level item's number ("七、"). */
export const topNumber = /^[一二三四五六七八九十廿]{1,3}、/
/** An item numbered in Chinese, at the top level or below ("一、", "（三）"). */
export const chineseNumber = /^(?:[一二三四五六七八九十廿]{1,3}、|[（(][一二三四五六七八九十廿]{1,3}[）)])/
/** Any item number ("一、", "（三）", "3." — not the start of an amount like "3.50"). */
export const itemNumber = /^(?:[一二三四五六七八九十廿]{1,3}、|[（(][一二三四五六七八九十廿]{1,3}[）)]|\d{1,2}[.．、](?!\d))/
