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

/** The SEO plugin's Chinese length tips say "meta 标题"; editors here say 网页标题 and 网页描述. */
const seoZh = {
  lengthTipTitle: '此文本应介于 {{minLength}} 和 {{maxLength}} 个字符之间。如需编写网页标题的帮助，请参见 ',
  lengthTipDescription: '此文本应介于 {{minLength}} 和 {{maxLength}} 个字符之间。如需编写网页描述的帮助，请参见 ',
}

const traditional = (table: Record<string, string>) =>
  Object.fromEntries(Object.entries(table).map(([key, value]) => [key, toTraditional(value)]))

export const pluginTranslations = {
  zh: { 'plugin-redirects': redirectsZh, 'plugin-seo': seoZh },
  'zh-TW': { 'plugin-redirects': traditional(redirectsZh), 'plugin-seo': traditional(seoZh) },
}
