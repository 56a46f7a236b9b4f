import type { PortalError } from './portalErrors'

/** What a portal form's server action hands back when it does not move on: the errors and what was typed. */
export type FormState<V> = { errors: PortalError[]; values?: V; notice?: string }

export const formText = (form: FormData, name: string): string => {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}
