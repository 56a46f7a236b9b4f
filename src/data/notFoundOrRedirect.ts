import { notFound, permanentRedirect } from 'next/navigation'

import { findRedirect } from './redirects'

/** A missing page is either an old address (redirect permanently) or a real 404. */
export const notFoundOrRedirect = async (path: string): Promise<never> => {
  const to = await findRedirect({}, path)
  if (to && to !== path) permanentRedirect(to)
  notFound()
}
