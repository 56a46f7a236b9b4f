import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { OBJECTION_LABELS, VOTE_LABELS } from '@/components/cases/caseActionLabels'
import { ObjectionForm } from '@/components/cases/ObjectionForm'
import { VoteButton } from '@/components/cases/VoteButton'
import { CommentCount, CommentSection } from '@/components/comments/CommentSection'
import { MediaImage } from '@/components/MediaImage'
import { RichTextBody } from '@/components/RichTextBody'
import { getReaderCase } from '@/data/caseDetail'
import { formatDateTime } from '@/lib/formatDate'
import type { Media, Region } from '@/payload-types'
import { pageMetadata } from '@/seo/pageMetadata'
import { CASE_STATUS_LABELS } from '@/workflow/caseStatus'
import { mayObject } from '@/workflow/objectionRules'
import { windowPosition } from '@/workflow/timeWindow'

type Props = { params: Promise<{ id: string }> }

export const generateStaticParams = async () => []
// The vote button and the objection form follow the clock (windows open and close without a publish): a cached page
// is at most this many seconds behind it.
export const revalidate = 60

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const doc = await getReaderCase({}, (await params).id)
  if (!doc) return {}
  const photo = doc.photos?.find((item): item is Media => typeof item === 'object')
  return pageMetadata({ title: doc.title, description: doc.summary, path: `/cases/${doc.id}`, image: photo })
}

export default async function CasePage({ params }: Props) {
  const doc = await getReaderCase({}, (await params).id)
  if (!doc) notFound()
  const now = new Date()
  const voting = doc.status === 'shortlisted' && windowPosition(doc.voting, now) === 'open'
  const inPublicity = mayObject(doc.status, doc.publicityEndsAt, now)
  const region = doc.region && typeof doc.region === 'object' ? (doc.region as Region) : null
  const photos = (doc.photos ?? []).filter((photo): photo is Media => typeof photo === 'object')
  return (
    <article className="case-page">
      <nav className="breadcrumb" aria-label="当前位置">
        <a href="/">首页</a> ›{' '}
        {doc.campaign?.slug ? <a href={`/topics/${doc.campaign.slug}`}>{doc.campaign.name}</a> : '案例'}
      </nav>
      <p className="kicker">
        <span className={`case-status case-status-${doc.status}`}>{CASE_STATUS_LABELS[doc.status].zh}</span> ·{' '}
        {doc.type}
      </p>
      <h1>{doc.title}</h1>
      <CommentCount relationTo="case-submissions" id={doc.id} />
      <p className="meta-line">
        {doc.unitName ? <span>申报单位：{doc.unitName}</span> : null}
        {region ? (
          <span>
            地区：<a href={`/regions/${region.code}`}>{region.name}</a>
          </span>
        ) : null}
        {doc.intake?.channel === 'recommended' && doc.intake.recommender ? (
          <span>推荐单位：{doc.intake.recommender}</span>
        ) : null}
      </p>
      {voting ? (
        <section className="case-panel" aria-labelledby="vote-heading">
          <h2 id="vote-heading">网络投票</h2>
          <p className="muted">投票截至 {formatDateTime(doc.voting.closes)}，每人每天可为同一案例投 1 票。</p>
          <VoteButton caseId={doc.id} initialVotes={doc.votes ?? 0} labels={VOTE_LABELS} />
        </section>
      ) : null}
      {inPublicity ? (
        <p className="case-publicity-note">
          公示中，公示期至 {formatDateTime(doc.publicityEndsAt)}。<a href="#publicity-heading">对该案例提出异议</a>
        </p>
      ) : null}
      {doc.summary ? <p className="summary">{doc.summary}</p> : null}
      {photos[0] ? <MediaImage media={photos[0]} size="hero" caption /> : null}
      {doc.keyFigures?.length ? (
        <dl className="case-figures">
          {doc.keyFigures.map((figure) => (
            <div key={figure.id ?? figure.label}>
              <dt>{figure.label}</dt>
              <dd>
                {figure.value.toLocaleString('zh-CN')}
                {figure.unit ?? ''}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {doc.body ? <RichTextBody data={doc.body} /> : null}
      {photos.slice(1).map((photo) => (
        <MediaImage key={photo.id} media={photo} size="hero" caption />
      ))}
      {/* Read the case first, then object to it: the form follows what it is about */}
      {inPublicity ? (
        <section className="case-panel" aria-labelledby="publicity-heading">
          <h2 id="publicity-heading">公示</h2>
          <p>
            该案例拟入选优秀案例，现予公示，公示期至 {formatDateTime(doc.publicityEndsAt)}
            。如有异议，请在公示期内实名提出。
          </p>
          {doc.campaign?.slug ? (
            <p>
              <a href={`/cases/publicity/${doc.campaign.slug}`}>本次公示的全部案例</a>
            </p>
          ) : null}
          <ObjectionForm caseId={doc.id} labels={OBJECTION_LABELS} />
        </section>
      ) : null}
      <CommentSection relationTo="case-submissions" id={doc.id} />
    </article>
  )
}
