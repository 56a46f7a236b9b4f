import { nodemailerAdapter, type NodemailerAdapterArgs } from '@payloadcms/email-nodemailer'

export type EmailEnv = {
  SMTP_HOST?: string
  SMTP_PORT?: string
  SMTP_SECURE?: string
  SMTP_USER?: string
  SMTP_PASS?: string
  MAIL_FROM?: string
  MAIL_FROM_NAME?: string
  SERVER_URL?: string
  NODE_ENV?: string
  NEXT_PHASE?: string
}

export const DEFAULT_FROM_NAME = '东南网专题'

/** The name mail goes out under, also used to sign it. */
export const senderName = (env: EmailEnv) => env.MAIL_FROM_NAME?.trim() || DEFAULT_FROM_NAME

const truthy = (value: string | undefined) => ['1', 'true', 'yes'].includes((value ?? '').trim().toLowerCase())

const portOf = (value: string | undefined, secure: boolean): number => {
  if (!value) return secure ? 465 : 587
  const port = Number(value)
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`SMTP_PORT is not a port number: ${value}`)
  return port
}

/** The site's own domain makes a believable sender; a bare install without SERVER_URL sends as localhost. */
const defaultFromAddress = (serverUrl: string | undefined) => {
  try {
    return `no-reply@${new URL(serverUrl as string).hostname}`
  } catch {
    return 'no-reply@localhost'
  }
}

/**
 * The SMTP settings from the environment, or null when SMTP_HOST is unset. Without a host Payload falls back to its
 * console adapter: it warns once at start and logs each message's recipients and subject instead of sending it, so a
 * development server or a test run never needs a mail server and never mails anyone by accident.
 */
export const smtpSettings = (env: EmailEnv): NodemailerAdapterArgs | null => {
  const host = env.SMTP_HOST?.trim()
  if (!host) return null
  const secure = truthy(env.SMTP_SECURE)
  return {
    defaultFromAddress: env.MAIL_FROM?.trim() || defaultFromAddress(env.SERVER_URL),
    defaultFromName: senderName(env),
    // A running production server checks the connection at start so a wrong setting shows in its log at once;
    // builds, scripts and tests do not dial out just by loading the config.
    skipVerify: env.NODE_ENV !== 'production' || env.NEXT_PHASE === 'phase-production-build',
    transportOptions: {
      host,
      port: portOf(env.SMTP_PORT, secure),
      secure,
      auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } : undefined,
      // Notifications are sent after the response; a stalled server must not hold sockets for minutes.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    },
  }
}

/** Payload's `email` setting: nodemailer over SMTP when SMTP_HOST is set, otherwise Payload's console adapter. */
export const emailAdapter = (env: EmailEnv) => {
  const settings = smtpSettings(env)
  return settings ? nodemailerAdapter(settings) : undefined
}
