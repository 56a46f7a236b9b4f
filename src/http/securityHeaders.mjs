/** Sent with every answer: no guessing a file's type from its bytes, and other sites see only our origin. */
export const EVERY_ANSWER = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
]

/** The admin and the submission portal act with a signed-in session, so no other page may frame them (clickjacking). */
export const NEVER_FRAMED = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
]
