import { splitNames } from './oldPageNames'
import type { PageLine } from './oldPageText'

/**
 * The dateline that opens a news story: "东南网7月9日讯", "新华社福州3月30日电", "清流县融媒体中心2019年9月21日讯",
 * "央广网福州9月21日消息", "本报讯", usually followed by the reporters: in brackets, "（记者 张三 通讯员 李四）" or
 * "（林晓 陈静）", or without them, "本报讯 记者张三 通讯员 李四  正文…".
 */

export type Dateline = { dateline: string; reporters: string[] }

/** Characters that cannot occur inside a dateline (matching form: half-width punctuation). */
const NOT_PROSE = '[^\\s,。:;!?()、]'
const NUMBER = '[\\d一二三四五六七八九十〇]{1,3}'
/** "9月21日电商节…" is prose: 电 here starts a word (电商, 电视…), not 电 (wire). */
const POWER_WORDS = '[商视力网脑器气子话影站池动价费梯线缆]'
const DATELINE = new RegExp(
  '^(?:' +
    // With a date, the year optional: "东南网7月9日讯", "新华社福州3月30日电", "某县融媒体中心2019年9月21日讯".
    `${NOT_PROSE}{0,20}?${NUMBER}月${NUMBER}日(?:讯|电(?!${POWER_WORDS})|消息)` +
    // The paper's own: "本报讯", "本报宁德讯".
    `|(?:本报|本台|本网|本刊)${NOT_PROSE}{0,8}?讯` +
    // A named outlet: "东南网讯", "福建日报讯".
    `|${NOT_PROSE}{1,10}?(?:网|报|台|社|客户端)讯` +
    ')',
)

/** The bracket straight after the dateline; it names reporters when it holds a role word or only short names. */
const CREDIT = /^\s*\(([^()]{1,60})\)/
const ROLE_WORD = /记者|通讯员|实习生|作者|[文图]\//
const NAMES_ONLY = /^[\p{Script=Han}·]{2,4}(?:[\s、,]+[\p{Script=Han}·]{2,4}){0,3}$/u

/** Credits without brackets run up to a layout gap, 报道 or a colon; the prose follows. */
const BARE_CREDIT =
  /^\s*((?:特约|见习|首席)?(?:记者|通讯员|实习生)[\s\p{Script=Han}·、]{2,40}?)(?=\s{2,}|\s*报道|\s*:)/u

const namesIn = ({ text, match }: PageLine, start: number, end: number): string[] =>
  splitNames(text.slice(start, end), match.slice(start, end))

const creditAfter = (line: PageLine, end: number): string[] => {
  const rest = line.match.slice(end)
  const bracket = CREDIT.exec(rest)
  if (bracket) {
    if (!ROLE_WORD.test(bracket[1]) && !NAMES_ONLY.test(bracket[1].trim())) return []
    const innerStart = end + bracket[0].indexOf('(') + 1
    return namesIn(line, innerStart, innerStart + bracket[1].length)
  }
  const bare = BARE_CREDIT.exec(rest)
  if (!bare) return []
  const innerStart = end + bare[0].indexOf(bare[1])
  const names = namesIn(line, innerStart, innerStart + bare[1].length)
  return names.every((name) => name.length <= 4) ? names : []
}

/** Reads the dateline at the start of a paragraph; values keep the page's script. */
export const readDateline = (line: PageLine): Dateline | null => {
  const found = DATELINE.exec(line.match)
  if (!found) return null
  const end = found[0].length
  return { dateline: line.text.slice(0, end), reporters: creditAfter(line, end) }
}
