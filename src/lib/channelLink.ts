import { safeLinkHref } from './safeLinkHref'

/**
 * Whether an editor's channel link can go in the page header: a path of this site (`/articles`) or a whole http(s)
 * address. Anything else would be a broken link (`www.x.com` is read as a path under the current page) or a script.
 */
export const isChannelLink = (value: unknown): value is string => {
  if (typeof value !== 'string' || safeLinkHref(value) === null) return false
  const url = value.trim()
  return /^\/(?!\/)\S*$/.test(url) || /^https?:\/\/[^\s/]+(\/\S*)?$/i.test(url)
}
