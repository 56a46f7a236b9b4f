import type { RequiredDataFromCollectionSlug } from 'payload'

import { relationId } from '@/lib/relationId'
import type { CaseSubmission } from '@/payload-types'

type ArticleData = RequiredDataFromCollectionSlug<'articles'>

/**
 * The featured article an excellent case becomes: its title, summary, body, region and first photo, filed under
 * 典型案例 in the case's campaign and topics, credited to the submitting unit and in the editor's charge. Pure: the
 * endpoint loads the pieces and decides whether it can go out at once.
 */
export const articleFromCase = (
  doc: Pick<CaseSubmission, 'title' | 'summary' | 'body' | 'region' | 'photos' | 'campaign'>,
  refs: { unitName: string | null; editor: number; topics: number[] },
): ArticleData => {
  const region = relationId(doc.region)
  const photo = doc.photos?.[0]
  return {
    kicker: '优秀案例',
    title: doc.title,
    summary: doc.summary ?? undefined,
    body: doc.body ?? undefined,
    source: refs.unitName ?? undefined,
    responsibleEditor: refs.editor,
    heroImage: photo == null ? undefined : (relationId(photo) as number),
    regions: region == null ? [] : [region as number],
    categories: ['cases'],
    campaign: relationId(doc.campaign) as number,
    topics: refs.topics,
  }
}
