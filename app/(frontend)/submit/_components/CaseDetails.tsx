import type { CaseSubmission } from '@/payload-types'
import { bodyText } from '@/portal/caseFormData'
import { mediaMap } from '@/portal/mediaSummary'
import { intakeChannelLabel } from '@/workflow/intakeChannels'

const nameOf = (value: unknown): string =>
  value && typeof value === 'object'
    ? String((value as { fullName?: string; name?: string }).fullName ?? (value as { name?: string }).name ?? '')
    : ''

/** A case that can no longer be edited, as submitted. */
export function CaseDetails({ doc }: { doc: CaseSubmission }) {
  const uploads = mediaMap(doc.photos ?? [], doc.attachments ?? [])
  const paragraphs = bodyText(doc.body).split('\n').filter(Boolean)
  return (
    <section className="case-details" aria-labelledby="details-heading">
      <h2 id="details-heading">申报内容</h2>
      <dl>
        <dt>所属活动</dt>
        <dd>{nameOf(doc.campaign)}</dd>
        <dt>案例类型</dt>
        <dd>{doc.type}</dd>
        <dt>所在地区</dt>
        <dd>{nameOf(doc.region)}</dd>
        <dt>报送渠道</dt>
        <dd>
          {intakeChannelLabel(doc.intake?.channel ?? 'self')}
          {doc.intake?.channel === 'recommended' && doc.intake.recommender ? `（${doc.intake.recommender}）` : ''}
        </dd>
        <dt>案例摘要</dt>
        <dd>{doc.summary}</dd>
      </dl>
      {paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
      {doc.keyFigures?.length ? (
        <ul className="figures">
          {doc.keyFigures.map((row) => (
            <li key={row.id ?? row.label}>
              {row.label}：{row.value}
              {row.unit}
            </li>
          ))}
        </ul>
      ) : null}
      <ul className="upload-list">
        {Object.values(uploads).map((item) => (
          <li key={item.id}>
            {item.isImage ? <img src={item.thumbnail} alt={item.alt} width={120} /> : null}
            <a href={item.url} target="_blank" rel="noreferrer">
              {item.alt || item.filename}
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
