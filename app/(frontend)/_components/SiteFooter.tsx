import type { SiteSettings } from '@/data/siteSettings'

/** The national reporting centre every news portal links in its footer (中央网信办违法和不良信息举报中心). */
const NATIONAL_REPORT_CENTRE = 'https://www.12377.cn/'
const ICP_LOOKUP = 'https://beian.miit.gov.cn/'
const PUBLIC_SECURITY_LOOKUP = 'https://beian.mps.gov.cn/#/query/webSearch?code='

/**
 * The footer a Chinese news portal must carry: copyright, the ICP record and news-service licence numbers, the
 * public-security record, and where to report illegal and harmful content. Each line shows only when it is set.
 */
export function SiteFooter({ settings }: { settings: SiteSettings }) {
  const footer = settings.footer ?? {}
  const report = footer.report ?? {}
  const publicSecurityCode = footer.publicSecurity?.replace(/\D/g, '')
  return (
    <footer className="site-footer">
      <nav aria-label="页脚">
        <a href="/articles">新闻</a>
        <a href="/topics">专题</a>
        <a href="/live">直播</a>
        <a href="/cases">案例库</a>
        <a href="/rss.xml">RSS</a>
      </nav>
      {report.phone || report.email ? (
        <p>
          违法和不良信息举报
          {report.phone ? <span>电话：{report.phone}</span> : null}
          {report.email ? (
            <span>
              邮箱：<a href={`mailto:${report.email}`}>{report.email}</a>
            </span>
          ) : null}
          <a href={NATIONAL_REPORT_CENTRE} rel="noopener">
            中央网信办违法和不良信息举报中心
          </a>
        </p>
      ) : null}
      {footer.contact || footer.address ? (
        <p>
          {footer.contact ? <span>{footer.contact}</span> : null}
          {footer.address ? <span>地址：{footer.address}</span> : null}
        </p>
      ) : null}
      <p>
        {footer.newsLicence ? <span>互联网新闻信息服务许可证：{footer.newsLicence}</span> : null}
        {footer.icp ? (
          <a href={ICP_LOOKUP} rel="noopener">
            {footer.icp}
          </a>
        ) : null}
        {footer.publicSecurity ? (
          <a href={`${PUBLIC_SECURITY_LOOKUP}${publicSecurityCode}`} rel="noopener">
            {footer.publicSecurity}
          </a>
        ) : null}
      </p>
      <p>{footer.copyright || `© ${settings.siteName}`}</p>
    </footer>
  )
}
