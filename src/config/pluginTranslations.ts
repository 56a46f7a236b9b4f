import { toTraditional } from '@/lib/chineseConverters'

/** The redirects plugin ships no Chinese; without these the admin shows raw keys. */
const redirectsZh = {
  customUrl: '自定义网址',
  documentToRedirect: '跳转到的内容',
  fromUrl: '原网址',
  internalLink: '站内链接',
  redirectType: '跳转类型',
  toUrlType: '目标网址类型',
}

const traditional = (table: Record<string, string>) =>
  Object.fromEntries(Object.entries(table).map(([key, value]) => [key, toTraditional(value)]))

export const pluginTranslations = {
  zh: { 'plugin-redirects': redirectsZh },
  'zh-TW': { 'plugin-redirects': traditional(redirectsZh) },
}
