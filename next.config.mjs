import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build into their own folder so a running demo's build is never replaced under it.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  images: { unoptimized: true },
}

export default withPayload(nextConfig)
