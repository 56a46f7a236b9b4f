import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PageBreadcrumb } from '@/components/PageBreadcrumb'
import { getPublicityNotice } from '@/data/publicity'
import { getSiteSettings } from '@/data/siteSettings'
import { formatDateTime } from '@/lib/formatDate'
import { pageMetadata } from '@/seo/pageMetadata'

type Props = { params: Promise<{ campaign: string }> }

export const generateStaticParams = async () => []
// Periods end by the clock, not by a publish: a cached notice is at most this many seconds behind it.
export const revalidate = 60

const titleOf = (campaignName: string) => `${campaignName}优秀案例拟入选名单公示`

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const notice = await getPublicityNotice({}, (await params).campaign)
  if (!notice) return {}
  return pageMetadata({
    title: titleOf(notice.campaign.name),
    description: `${notice.campaign.name}拟入选优秀案例的名单、公示期和提出异议的方式`,
    path: `/cases/publicity/${notice.campaign.slug}`,
  })
}

/**
 * 公示: the cases a campaign proposes as excellent, each with its publicity period, and how a reader objects (on
 * the case's own page, by name, within the period).
 */
export default async function PublicityNoticePage({ params }: Props) {
  const [notice, settings] = await Promise.all([getPublicityNotice({}, (await params).campaign), getSiteSettings({})])
  if (!notice) notFound()
  const now = Date.now()
  const open = notice.cases.filter((item) => Date.parse(item.ends) >= now)
  const phone = settings.footer?.report?.phone
  return (
    <article className="publicity-notice">
      <PageBreadcrumb trail={[{ label: '案例库', href: '/cases' }, { label: '公示' }]} />
      <h1>{titleOf(notice.campaign.name)}</h1>
      {notice.cases.length === 0 ? (
        <p>目前没有处于公示期的案例。拟入选的案例将在这里公示。</p>
      ) : (
        <>
          <p>
            经网络推荐和专家评审，以下 {notice.cases.length} 个案例拟入选“{notice.campaign.name}
            ”优秀案例，现予以公示，接受社会监督。
          </p>
          <table className="figures publicity-table">
            <caption>拟入选案例及公示期</caption>
            <thead>
              <tr>
                <th scope="col">案例</th>
                <th scope="col">申报单位</th>
                <th scope="col">公示期</th>
              </tr>
            </thead>
            <tbody>
              {notice.cases.map((item) => (
                <tr key={item.id}>
                  <th scope="row">
                    <a href={`/cases/${item.id}`}>{item.title}</a>
                    <span className="muted">
                      {item.type}
                      {item.region ? ` · ${item.region.name}` : ''}
                    </span>
                  </th>
                  <td>{item.unitName ?? ''}</td>
                  <td>
                    <time dateTime={item.starts}>{formatDateTime(item.starts)}</time> 至{' '}
                    <time dateTime={item.ends}>{formatDateTime(item.ends)}</time>
                    {Date.parse(item.ends) < now ? <span className="muted">（已结束）</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <section aria-labelledby="objection-heading" className="case-panel">
        <h2 id="objection-heading">如何提出异议</h2>
        <ol>
          <li>在公示期内，打开有异议的案例页面，在页面下方的“公示”栏填写异议。</li>
          <li>异议须实名提出：填写姓名、联系方式（电子邮箱或电话）和具体理由，以便核实和回复。</li>
          <li>编辑部将逐条核实，并将处理结果告知异议人；公示期满无异议或异议不成立的，确定为优秀案例。</li>
        </ol>
        {phone ? <p>如有疑问，可致电 {phone}。</p> : null}
        {open.length === 0 && notice.cases.length > 0 ? <p className="muted">以上案例的公示期均已结束。</p> : null}
      </section>
    </article>
  )
}
