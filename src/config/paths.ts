import path from 'node:path'

/** npm scripts, tests and the server all run from the project root. */
export const rootDir = process.cwd()

export const mediaDir = process.env.MEDIA_DIR || path.join(rootDir, 'media')

export const defaultDatabaseFile = path.join(rootDir, 'data', 'newsroom.db')

export const developmentDatabaseFile = path.join(rootDir, 'data', 'newsroom-dev.db')
