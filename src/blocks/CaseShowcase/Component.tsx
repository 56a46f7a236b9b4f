import { MediaImage } from '@/components/MediaImage'
import type { ShowcaseCase } from '@/data/cases'
import type { CaseShowcaseBlock as CaseShowcaseData, Media, Region } from '@/payload-types'

export function CaseShowcaseBlock({ block, cases }: { block: CaseShowcaseData; cases: ShowcaseCase[] }) {
  return (
    <section className="block-cases">
      <h2>{block.heading ?? '优秀案例'}</h2>
      {cases.length === 0 ? (
        <p className="muted">案例征集评审结束后，优秀案例将在这里展示。</p>
      ) : (
        <ul className="case-grid">
          {cases.map((item) => (
            <li key={item.id}>
              <MediaImage media={(item.photos?.[0] as Media | undefined) ?? null} size="card" />
              <h3>
                <a href={`/cases/${item.id}`}>{item.title}</a>
              </h3>
              <p className="muted">
                {item.type}
                {item.region && typeof item.region === 'object' ? (
                  <>
                    {' · '}
                    <a href={`/regions/${(item.region as Region).code}`}>{(item.region as Region).name}</a>
                  </>
                ) : null}
              </p>
              {item.summary ? <p>{item.summary}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
