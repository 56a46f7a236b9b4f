import type { CaseShowcaseBlock as CaseShowcaseData } from '@/payload-types'

/**
 * Excellent cases of the campaign. Case submissions and their review arrive with the case-call workflow; until
 * then the block says so rather than showing an empty grid.
 */
export function CaseShowcaseBlock({ heading }: CaseShowcaseData) {
  return (
    <section className="block-cases">
      <h2>{heading ?? '优秀案例'}</h2>
      <p className="muted">案例征集评审结束后，优秀案例将在这里展示。</p>
    </section>
  )
}
