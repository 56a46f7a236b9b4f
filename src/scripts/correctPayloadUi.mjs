// `npm install` runs this last (package.json's postinstall): one correction to @payloadcms/ui, in the bundle the
// admin loads and in its unbundled copy. The schedule drawer (定时发布) chooses 取消发布 for a document with no
// newer draft than its published version; for a draft that was never published that is also true, and the editor
// who schedules it without looking would schedule nothing. It now chooses 取消发布 only for a published document.
// When a Payload upgrade changes these lines the install stops here: see whether the drawer still needs this.
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const CORRECTIONS = [
  {
    file: 'dist/exports/client/index.js',
    // Minified: r is the document's hasPublishedDoc, D its hasNewerVersions, in the same function
    from: 'defaultType:D?"publish":"unpublish"',
    to: 'defaultType:r&&!D?"unpublish":"publish"',
  },
  {
    file: 'dist/elements/PublishButton/index.js',
    from: "defaultType: !hasNewerVersions ? 'unpublish' : 'publish'",
    to: "defaultType: hasPublishedDoc && !hasNewerVersions ? 'unpublish' : 'publish'",
  },
]

// The package exports no package.json: its root is three folders above the bundle it exports
const root = path.resolve(path.dirname(createRequire(import.meta.url).resolve('@payloadcms/ui')), '../../..')
for (const { file, from, to } of CORRECTIONS) {
  const target = path.join(root, file)
  const text = fs.readFileSync(target, 'utf8')
  if (text.includes(to)) continue
  if (text.split(from).length !== 2) {
    throw new Error(
      `@payloadcms/ui changed: ${file} no longer holds the line corrected by src/scripts/correctPayloadUi.mjs`,
    )
  }
  fs.writeFileSync(target, text.replace(from, to))
}
