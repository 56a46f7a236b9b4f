import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { zhTw } from '@payloadcms/translations/languages/zhTw'
import type { Config } from 'payload'

import { pluginTranslations } from './pluginTranslations'

/** Simplified Chinese first; Traditional Chinese and English can be chosen in the account settings. */
export const i18n: Config['i18n'] = {
  supportedLanguages: { zh, 'zh-TW': zhTw, en },
  fallbackLanguage: 'zh',
  translations: pluginTranslations,
}
