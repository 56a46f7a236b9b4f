import fs from 'node:fs'

import { chromium, type Browser } from 'playwright-core'

export const chromiumPath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const assertChromiumInstalled = () => {
  if (!fs.existsSync(chromiumPath())) {
    throw new Error(
      `Chromium not found at ${chromiumPath()}. Install it with ` +
        '`sudo apt-get install -y chromium fonts-noto-cjk` (Debian/Ubuntu) or set CHROMIUM_PATH. ' +
        '未找到 Chromium：请运行 sudo apt-get install -y chromium fonts-noto-cjk，或设置 CHROMIUM_PATH。',
    )
  }
}

/** Headless Debian Chromium; the flags keep it from calling out to Google's services on a closed network. */
export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
