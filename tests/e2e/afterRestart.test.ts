import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { copyPostgresDatabase } from '../helpers/copyPostgresDatabase'
import { copySqliteDatabase } from '../helpers/copySqliteDatabase'
import { freePort } from '../helpers/freePort'
import { startProductionServer, type ProductionServer } from '../helpers/productionServer'
import { dropPostgresDatabase, isMongo } from '../helpers/testDatabase'

import { E2E_DIST_DIR } from './context'
import { editorRest } from './editorRest'

/**
 * The pages the build prerendered (the article archive, the feed) after a restart: the publish that expired them
 * happened in the server before, whose expiries died with it, so the build's copy must not stay in place until the
 * next publish. Its one-minute timer renews it.
 */
const dir = path.join(os.tmpdir(), `newsroom-restart-${randomBytes(4).toString('hex')}`)
const onPostgres = inject('databaseUri').startsWith('postgres')
const postgresCopy = () => {
  const url = new URL(inject('databaseUri'))
  url.pathname += '_restart'
  return url.toString()
}
const databaseUri = onPostgres ? postgresCopy() : `file:${path.join(dir, 'restart.db')}`
const log = path.resolve(`test-results/${E2E_DIST_DIR.replace(/^\./, '')}-restart-server.log`)
/** The timer of the prerendered pages, and time for the regeneration it starts. */
const RENEWED_WITHIN_MS = 75_000

const startServer = (port: number, secret: string): Promise<ProductionServer> =>
  startProductionServer({
    port,
    log,
    env: {
      DATABASE_URI: databaseUri,
      MEDIA_DIR: path.join(dir, 'media'),
      NEXT_DIST_DIR: E2E_DIST_DIR,
      // The copy holds the demo accounts, which a server starts with only in demo mode
      DEMO_MODE: '1',
      PAYLOAD_SECRET: secret,
    },
  })

/** Milliseconds until the page shows `text`, or null when it did not within RENEWED_WITHIN_MS. */
const shownAfter = async (url: string, text: string) => {
  const started = Date.now()
  while (Date.now() - started < RENEWED_WITHIN_MS) {
    if ((await (await fetch(url)).text()).includes(text)) return Date.now() - started
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return null
}

let server: ProductionServer | undefined

describe.skipIf(isMongo())('a server restarted after a publish', () => {
  beforeAll(async () => {
    fs.mkdirSync(path.join(dir, 'media'), { recursive: true })
    fs.mkdirSync(path.dirname(log), { recursive: true })
    if (onPostgres) await copyPostgresDatabase(inject('databaseUri'), databaseUri)
    else await copySqliteDatabase(inject('databaseUri').replace(/^file:/, ''), path.join(dir, 'restart.db'))
  })

  afterAll(async () => {
    await server?.stop()
    fs.rmSync(dir, { recursive: true, force: true })
    if (onPostgres) await dropPostgresDatabase(databaseUri)
  })

  it('renews the archive and the feed the build prerendered instead of serving them until the next publish', async () => {
    const [port, secret] = [await freePort(), randomBytes(32).toString('hex')]
    server = await startServer(port, secret)
    const editor = await editorRest(server.baseURL)
    const newest = await (
      await editor('GET', '/articles?where[_status][equals]=published&sort=-publishedAt&depth=0&limit=1')
    ).json()
    const title = `${newest.docs[0].title}（重启前改）`
    const saved = await editor('PATCH', `/articles/${newest.docs[0].id}?depth=0`, { title, _status: 'published' })
    expect(saved.status).toBe(200)
    await server.stop()

    server = await startServer(port, secret)
    const [archive, feed] = await Promise.all([
      shownAfter(`${server.baseURL}/articles`, title),
      shownAfter(`${server.baseURL}/rss.xml`, title),
    ])
    expect({ archive: archive !== null, feed: feed !== null }).toEqual({ archive: true, feed: true })
  }, 240_000)
})
