import { REST_POST } from '@payloadcms/next/routes'

import config from '@payload-config'

import { restErrors, type PortalError } from './portalErrors'

const post = REST_POST(config)

/**
 * Asks the transition endpoint, with the unit's own token, to move a case: the endpoint is the only way a status
 * changes (it applies the workflow and writes the audit trail), so the portal goes through it in process rather
 * than repeating any of it. The caller's address is passed on for the audit entry.
 */
export const requestTransition = async (
  token: string,
  id: number | string,
  to: string,
  comment: string | null,
  address: string | null,
): Promise<{ ok: true } | { ok: false; errors: PortalError[] }> => {
  const headers = new Headers({ 'Content-Type': 'application/json', Authorization: `JWT ${token}` })
  if (address) headers.set('X-Real-IP', address)
  const slug = ['case-submissions', String(id), 'transition']
  const request = new Request(`http://localhost/api/${slug.join('/')}`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ to, comment }),
  })
  const response = await post(request, { params: Promise.resolve({ slug }) })
  if (response.ok) return { ok: true }
  return { ok: false, errors: restErrors(await response.json().catch(() => null)) }
}
