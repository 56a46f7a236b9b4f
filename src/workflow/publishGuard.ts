/**
 * What an article needs before readers may see it. Pure: the collection hook, the REST API and the scheduled
 * publish job all reach it through the same beforeChange hook.
 */
export type PublishableArticle = {
  source?: string | null
  responsibleEditor?: unknown
  regions?: readonly unknown[] | null
  heroImage?: { alt?: string | null } | null
}

export const PUBLISH_REQUIREMENTS = {
  source: { zh: '发布前请填写来源', name: '来源' },
  responsibleEditor: { zh: '发布前请指定责任编辑', name: '责任编辑' },
  regions: { zh: '发布前请至少选择一个地区', name: '地区' },
  heroImage: { zh: '发布前请选择带替代文字的题图', name: '题图' },
} as const

export type PublishRequirement = keyof typeof PUBLISH_REQUIREMENTS

/** Every missing requirement, in form order, so one refusal names them all. */
export const missingForPublish = (article: PublishableArticle): PublishRequirement[] => {
  const missing: PublishRequirement[] = []
  if (!article.source?.trim()) missing.push('source')
  if (article.responsibleEditor == null || article.responsibleEditor === '') missing.push('responsibleEditor')
  if (!article.regions?.length) missing.push('regions')
  if (!article.heroImage?.alt?.trim()) missing.push('heroImage')
  return missing
}

/** One sentence naming everything missing, for the admin's notice: 发布前请补全：来源、地区。 */
export const publishRefusal = (missing: readonly PublishRequirement[]): string =>
  `发布前请补全：${missing.map((key) => PUBLISH_REQUIREMENTS[key].name).join('、')}。`
