import type { PortalError } from '@/portal/portalErrors'

/** The refusals of the last try, read out by screen readers as soon as they appear. */
export function FormErrors({ errors, notice }: { errors: PortalError[]; notice?: string }) {
  if (errors.length === 0) return null
  return (
    <div className="form-errors" role="alert">
      {notice ? <p>{notice}</p> : null}
      <ul>
        {errors.map((error, index) => (
          <li key={index}>{error.message}</li>
        ))}
      </ul>
    </div>
  )
}

/** The message for one field, shown under its input. */
export function FieldError({ errors, field }: { errors: PortalError[]; field: string }) {
  const message = errors.find((error) => error.field === field)?.message
  return message ? (
    <p className="field-error" id={`${field}-error`}>
      {message}
    </p>
  ) : null
}
