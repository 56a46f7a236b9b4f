import type { AfterErrorHook } from 'payload'

type PublicError = Error & { data?: Record<string, unknown> | null; isPublic?: boolean; status?: number }

/**
 * Payload returns an error's `data` (the code, the localized text, the invalid fields) only when `instanceof
 * APIError` holds, and that fails in the production bundle for errors thrown from app code, which loads the class
 * from its own copy. Any public error that carries data keeps it here, so the admin can show the Chinese message
 * and mark the fields.
 */
export const keepErrorData: AfterErrorHook = ({ error, result }) => {
  const { data, isPublic, message, name, status } = error as PublicError
  if (!isPublic || !data || (result?.errors?.[0] && 'data' in result.errors[0])) return
  return { response: { errors: [{ name, message, data }] }, status }
}
