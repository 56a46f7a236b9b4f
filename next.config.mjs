import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build into their own folder so a running demo's build is never replaced under it.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  images: { unoptimized: true },
  // The submission portal's form carries a photo and an attachment of up to 20 MB each (the media library's limit).
  // globalNotFound: an address no route matches gets app/global-not-found.tsx, the reader site's Chinese 404 (with two
  // root layouts, the admin's and the reader site's, Next has no other place for it)
  experimental: { serverActions: { bodySizeLimit: '42mb' }, globalNotFound: true },
  // jieba is a native module that reads its dictionary from its own folder at run time: loaded by Node, not bundled
  serverExternalPackages: ['@node-rs/jieba'],
}

export default withPayload(nextConfig)
