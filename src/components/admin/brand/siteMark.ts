import { SITE_NAME } from '@/seo/site'

/** The newsroom's mark (a front page: masthead, picture, columns), the same drawing as the reader site's icon. */
export const SITE_MARK_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="#b8232f"/>' +
  '<rect x="12" y="14" width="40" height="8" rx="2" fill="#fff"/><rect x="12" y="28" width="18" height="22" rx="2" fill="#f2c14e"/>' +
  '<rect x="34" y="28" width="18" height="4" rx="1" fill="#fff"/><rect x="34" y="37" width="18" height="4" rx="1" fill="#fff"/>' +
  '<rect x="34" y="46" width="18" height="4" rx="1" fill="#fff"/></svg>'

export const SITE_MARK_DATA_URL = `data:image/svg+xml,${encodeURIComponent(SITE_MARK_SVG)}`

export const ADMIN_NAME = `${SITE_NAME}管理`
