import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { getSiteSettings } from '@/data/siteSettings'
import { SITE_DESCRIPTION } from '@/seo/site'

import { SiteFooter } from './_components/SiteFooter'
import { SiteHeader } from './_components/SiteHeader'
import './site.css'
import './styles.css'

export async function generateMetadata(): Promise<Metadata> {
  const { siteName, tagline } = await getSiteSettings({})
  return {
    title: { default: siteName, template: `%s · ${siteName}` },
    description: tagline || SITE_DESCRIPTION,
  }
}

export default async function FrontendLayout({ children }: { children: ReactNode }) {
  const settings = await getSiteSettings({})
  return (
    // The Traditional conversion sets lang="zh-Hant" in the served HTML only, and hydration leaves that attribute be
    <html lang="zh-CN" suppressHydrationWarning>
      <body>
        <SiteHeader settings={settings} />
        <main>{children}</main>
        <SiteFooter settings={settings} />
      </body>
    </html>
  )
}
