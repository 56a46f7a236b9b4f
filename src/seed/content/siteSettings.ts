import type { Payload } from 'payload'

import type { SiteSetting } from '@/payload-types'

/**
 * The demo portal's furniture. The numbers have the form of real ones (ICP record, news-service licence, public
 * security record) but are made up, and the footer says so.
 */
export const demoSiteSettings: Omit<SiteSetting, 'id'> = {
  siteName: '东南网',
  tagline: '福建新闻门户 · 活动专题',
  navigation: [
    { label: '首页', url: '/' },
    { label: '要闻', url: '/articles' },
    { label: '专题', url: '/topics' },
    { label: '直播带货', url: '/live' },
    { label: '典型案例', url: '/cases' },
    { label: '对口帮扶', url: '/pairing' },
    { label: '三明', url: '/regions/350400' },
    { label: '案例申报', url: '/submit' },
  ],
  hotWords: [{ word: '直播带货' }, { word: '闽宁协作' }, { word: '永安' }, { word: '科技特派员' }, { word: '下党' }],
  footer: {
    copyright: 'Copyright © 2020 东南网 版权所有（演示站点：备案号与许可证号均为虚构）',
    icp: '闽ICP备20200709号-1',
    newsLicence: '35120200709',
    publicSecurity: '闽公网安备 35010202000709号',
    contact: '新闻热线：0591-87000709',
    report: { phone: '0591-87000710', email: 'jubao@demo.local' },
  },
}

/** Writes the demo's site settings once: a rerun keeps what an editor has changed since. */
export const seedSiteSettings = async (payload: Payload) => {
  const current = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  if (current.navigation?.length || current.footer?.icp) return
  await payload.updateGlobal({ slug: 'site-settings', data: demoSiteSettings, context: { disableRevalidate: true } })
}
