import type { CollectionAdminOptions } from 'payload'

/**
 * Live preview opens the reader page in draft mode through /preview, which checks the editor's login first.
 * The page refreshes itself on every autosave.
 */
export const livePreview = (pathFor: (slug: string) => string): CollectionAdminOptions['livePreview'] => ({
  url: ({ data }) => `/preview?path=${encodeURIComponent(pathFor(String(data?.slug ?? '')))}`,
  breakpoints: [
    { label: '手机 Mobile', name: 'mobile', width: 375, height: 812 },
    { label: '桌面 Desktop', name: 'desktop', width: 1280, height: 800 },
  ],
})

export const readerPaths = {
  article: (slug: string) => `/articles/${slug}`,
  topic: (slug: string) => `/topics/${slug}`,
  event: (slug: string) => `/live/${slug}`,
  pairing: (slug: string) => `/pairing/${slug}`,
}
