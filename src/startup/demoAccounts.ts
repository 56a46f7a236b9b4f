/** Demo accounts all live under this domain, which is how a production start recognises them. */
export const DEMO_EMAIL_DOMAIN = '@demo.local'

export const isDemoMode = (env: Record<string, string | undefined>) => env.DEMO_MODE === '1'
