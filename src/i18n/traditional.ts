import * as OpenCC from 'opencc-js'

/** Simplified → Traditional: phrase-level (头发 → 頭髮, 发展 → 發展), keeping mainland vocabulary (代码 stays 代碼). */
export const toTraditional: (text: string) => string = OpenCC.Converter({ from: 'cn', to: 'tw' })
