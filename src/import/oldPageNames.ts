/**
 * Reporter names as portals write them: "记者 张三 通讯员 李四", "新华社记者张三、李四", "文/张三". Role words are
 * found in the matching form and blanked at the same positions in the original, so names keep the page's script.
 */

/** A role word with whatever leads up to it inside the same word ("本报记者", "新华社记者"), or a "文/"-style credit. */
const ROLE = /[^\s、,/;()]*?(?:记者|通讯员|实习生|摄影)|作者|(?:图文|文图|文|图|摄)\s*\//g

/** Separators between names (a stray colon too, from labels the meta reader does not know); a middle dot is kept because it belongs inside transliterated names. */
const SEPARATOR = /[\s\u3000、，,/／;；:：]+/

const blankRanges = (text: string, match: string, pattern: RegExp): string => {
  let out = text
  for (const found of match.matchAll(pattern)) {
    const start = found.index
    out = out.slice(0, start) + ' '.repeat(found[0].length) + out.slice(start + found[0].length)
  }
  return out
}

/** Words that end a credit without being a name: "记者 张三 报道", "记者 李四 摄". */
const NOT_A_NAME = new Set(['报道', '摄', '摄影', '图', '供图', '等'])

/** `text` as written and its matching form (same length). */
export const splitNames = (text: string, match: string): string[] => {
  const names = blankRanges(text, match, ROLE).split(SEPARATOR)
  const matched = blankRanges(match, match, ROLE).split(SEPARATOR)
  return names.map((name) => name.trim()).filter((name, i) => name.length > 0 && !NOT_A_NAME.has(matched[i].trim()))
}

/** Adds names not yet present, keeping first-seen order. */
export const addNames = (into: string[], names: string[]): void => {
  for (const name of names) if (!into.includes(name)) into.push(name)
}

/**
 * A short byline line such as "本报记者 张三 通讯员 李四" or "澎湃新闻记者 张三": a role word first, then nothing but
 * short names. A photo credit under a picture ("记者 张三 摄") is the picture's, and stays with it.
 */
export const isBylineLine = (text: string, match: string): boolean => {
  if (match.length > 40 || /[。!?;,:]/.test(match)) return false
  if (!/^\S{0,8}?(特约|见习|首席)?(记者|通讯员)/.test(match)) return false
  if (/\s(摄|摄影|图|供图)$/.test(match)) return false
  const names = splitNames(text, match)
  return names.length > 0 && names.every((name) => name.length <= 4)
}
