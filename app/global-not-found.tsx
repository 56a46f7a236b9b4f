import type { Metadata } from 'next'

import FrontendLayout from './(frontend)/layout'
import NotFound from './(frontend)/not-found'

export const metadata: Metadata = { title: '页面未找到 · 新闻专题', robots: { index: false, follow: true } }

/** An address no route matches: the reader site's 404 in the reader site's layout (the admin has routes of its own). */
export default function GlobalNotFound() {
  return (
    <FrontendLayout>
      <NotFound />
    </FrontendLayout>
  )
}
