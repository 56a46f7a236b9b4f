import type { Metadata } from 'next'

import type { Media } from '@/payload-types'

import { absoluteUrl, seoImage, SITE_NAME, siteOrigin } from './site'

export type PageSeo = {
  title: string
  description?: string | null
  path: string
  image?: Media | number | null
  article?: { publishedTime?: string | null; modifiedTime?: string | null; authors?: string[] | null }
}

/** Title, description, canonical address, Open Graph and Twitter card of one reader page, all from one place. */
export const pageMetadata = (seo: PageSeo, origin: string = siteOrigin()): Metadata => {
  const url = absoluteUrl(seo.path, origin)
  const description = seo.description?.trim() || undefined
  const image = seoImage(seo.image, origin)
  const images = image ? [image] : undefined
  const common = { url, title: seo.title, description, siteName: SITE_NAME, locale: 'zh_CN', images }
  return {
    title: seo.title,
    description,
    alternates: { canonical: url },
    openGraph: seo.article
      ? {
          ...common,
          type: 'article',
          publishedTime: seo.article.publishedTime ?? undefined,
          modifiedTime: seo.article.modifiedTime ?? undefined,
          authors: seo.article.authors?.length ? seo.article.authors : undefined,
        }
      : { ...common, type: 'website' },
    twitter: {
      card: image ? 'summary_large_image' : 'summary',
      title: seo.title,
      description,
      images: image ? [{ url: image.url, alt: image.alt }] : undefined,
    },
  }
}
