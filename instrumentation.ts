/**
 * Next runs this once when the server starts. A production server that is unsafe to run (no real secret, demo
 * accounts outside demo mode, a migration that fails) must stop here rather than serve requests.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  try {
    const { startServer } = await import('./src/startup/startServer')
    await startServer()
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
}
