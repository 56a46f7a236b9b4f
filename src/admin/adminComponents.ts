import type { Config } from 'payload'

import { ADMIN_NAME, SITE_MARK_DATA_URL } from '@/components/admin/brand/siteMark'

import { DRAG_AND_DROP_WORDS } from './dragAndDropWords'

/**
 * The admin's own face: the newsroom's logo and name, each role's start page above the collection cards, and drag
 * and drop spoken in the admin's language.
 */
export const adminComponents: NonNullable<Config['admin']>['components'] = {
  graphics: {
    Logo: '@/components/admin/brand/Logo#Logo',
    Icon: '@/components/admin/brand/Icon#Icon',
  },
  beforeDashboard: ['@/components/admin/startPage/StartPage#StartPage'],
  providers: [
    {
      path: '@/components/admin/DragAndDropWords#DragAndDropWords',
      clientProps: { words: DRAG_AND_DROP_WORDS },
    },
  ],
}

export const adminMeta: NonNullable<Config['admin']>['meta'] = {
  title: ADMIN_NAME,
  titleSuffix: ` · ${ADMIN_NAME}`,
  description: `${ADMIN_NAME}：稿件、专题、直播带货与案例征集`,
  icons: [{ rel: 'icon', type: 'image/svg+xml', url: SITE_MARK_DATA_URL }],
}
