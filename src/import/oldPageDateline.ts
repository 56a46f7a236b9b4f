import { splitNames } from './oldPageNames'
import type { PageLine } from './oldPageText'

/**
 * The dateline that opens a news story: "东南网7月9日讯", "新华社福州3月30日电", "本报讯", usually followed by the
 * reporters in brackets: "（记者 张三 通讯员 李四）".
 */

export type Dateline = { dateline: string; reporters: string[] }

/** Characters that cannot occur inside a dateline (matching form: half-width punctuation). */
const NOT_PROSE = '[^\\s,。:;!?()、]'
const NUMBER = '[\\d一二三四五六七八九十〇]{1,3}'
const DATELINE = new RegExp(
  '^(?:' +
    // With a date: "东南网7月9日讯", "新华社福州3月30日电", "本报永安7月9日讯".
    `${NOT_PROSE}{0,14}?${NUMBER}月${NUMBER}日(?:讯|电)` +
    // The paper's own: "本报讯", "本报宁德讯".
    `|(?:本报|本台|本网|本刊)${NOT_PROSE}{0,8}?讯` +
    // A named outlet: "东南网讯", "福建日报讯".
    `|${NOT_PROSE}{1,10}?(?:网|报|台|社|客户端)讯` +
    ')',
)

/** The bracket straight after the dateline; it names reporters only when it holds a role word. */
const CREDIT = /^\s*\(([^()]{1,60})\)/
const ROLE_WORD = /记者|通讯员|实习生|作者|[文图]\//

/** Reads the dateline at the start of the first paragraph; values keep the page's script. */
export const readDateline = ({ text, match }: PageLine): Dateline | null => {
  const found = DATELINE.exec(match)
  if (!found) return null
  const end = found[0].length
  const credit = CREDIT.exec(match.slice(end))
  let reporters: string[] = []
  if (credit && ROLE_WORD.test(credit[1])) {
    const innerStart = end + credit[0].indexOf('(') + 1
    const innerEnd = innerStart + credit[1].length
    reporters = splitNames(text.slice(innerStart, innerEnd), match.slice(innerStart, innerEnd))
  }
  return { dateline: text.slice(0, end), reporters }
}
