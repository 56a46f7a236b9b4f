import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ORPHAN_GRACE_MS, removeOrphanFiles } from '@/collections/Media/orphanFiles'

import { pngImage } from '../helpers/files'
import type { TestApp } from '../helpers/startPayload'
import { startWithCast } from '../helpers/startWithCast'

let app: TestApp

beforeAll(async () => {
  ;({ app } = await startWithCast())
})
afterAll(() => app?.close())

const age = (name: string, ms: number) => {
  const at = new Date(Date.now() - ms)
  fs.utimesSync(path.join(app.mediaDir, name), at, at)
}

describe('media files without a document', () => {
  it('removes files no document names once past the grace period, and keeps every file of a document', async () => {
    const doc = await app.payload.create({
      collection: 'media',
      data: { alt: '安贞堡' },
      file: { data: await pngImage(1800, 900), mimetype: 'image/png', name: 'anzhenbao.png', size: 0 },
    })
    const kept = fs.readdirSync(app.mediaDir).sort()
    // The file itself and its three sizes.
    expect(kept).toHaveLength(4)
    fs.writeFileSync(path.join(app.mediaDir, 'crashed-upload.png'), await pngImage(10, 10))
    fs.writeFileSync(path.join(app.mediaDir, 'crashed-upload-320x160.webp'), 'x')
    fs.writeFileSync(path.join(app.mediaDir, 'upload-in-flight.png'), await pngImage(10, 10))
    for (const name of [...kept, 'crashed-upload.png', 'crashed-upload-320x160.webp']) age(name, ORPHAN_GRACE_MS + 1)

    const removed = await removeOrphanFiles(app.payload)

    expect(removed.sort()).toEqual(['crashed-upload-320x160.webp', 'crashed-upload.png'])
    expect(fs.readdirSync(app.mediaDir).sort()).toEqual([...kept, 'upload-in-flight.png'].sort())
    expect(kept).toContain(doc.filename)
  })
})
