/** Parts of the site that stay Simplified: the admin and API, the submission portal, editors' preview, the switch. */
const SIMPLIFIED_ONLY = ['/admin', '/api', '/submit', '/preview', '/script', '/_next']

/** Whether a path is a reader page shown in the reader's chosen script (files such as /rss.xml are not). */
export const isConvertedPath = (pathname: string): boolean =>
  !SIMPLIFIED_ONLY.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`)) &&
  !/\.[a-z0-9]+$/i.test(pathname)
