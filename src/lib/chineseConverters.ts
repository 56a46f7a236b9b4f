import * as OpenCC from 'opencc-js'

/**
 * The two phrase-level converters (opencc-js): Simplified → Traditional keeping mainland vocabulary (头发 → 頭髮,
 * 代码 stays 代碼), and Traditional → Simplified reading Taiwan and Hong Kong forms alike (直播帶貨, 綫上).
 *
 * Each holds its dictionary as a tree of hundreds of thousands of Maps, and Next bundles the proxy, the pages and the
 * API apart, each with its own copy of every module: built per module, the same tree was held several times over
 * (a third of the server's memory). So each is built once per process, on first use, and kept on the process.
 */
const SETTINGS = {
  traditional: { from: 'cn', to: 'tw' },
  simplified: { from: 'tw', to: 'cn' },
} as const

const shared = globalThis as typeof globalThis & Record<symbol, OpenCC.ConverterFunction | undefined>

const converter = (target: keyof typeof SETTINGS): OpenCC.ConverterFunction =>
  (shared[Symbol.for(`newsroom.opencc.${target}`)] ??= OpenCC.Converter(SETTINGS[target]))

export const toTraditional = (text: string): string => converter('traditional')(text)

export const toSimplified = (text: string): string => converter('simplified')(text)
