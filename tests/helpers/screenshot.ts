import fs from 'node:fs'
import path from 'node:path'

import type { Page } from 'playwright-core'

/** Screenshots are kept under test-results/screenshots as artifacts of the run. */
export const screenshot = async (page: Page, name: string) => {
  const dir = path.resolve('test-results/screenshots')
  fs.mkdirSync(dir, { recursive: true })
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true })
}
