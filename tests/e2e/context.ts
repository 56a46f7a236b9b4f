export const E2E_PASSWORD = 'E2E-Demo-Password-2026'

/** Where the e2e build lives, apart from a developer's own .next; E2E_DIST_DIR lets two runs build side by side. */
export const E2E_DIST_DIR = process.env.E2E_DIST_DIR || '.next-e2e'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    databaseUri: string
    /** Where the demo's local SMTP server keeps each message it received, as .eml files. */
    mailDir: string
  }
}
