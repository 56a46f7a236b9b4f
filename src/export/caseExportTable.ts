import { hasRole, type RoleHolder } from '@/access/roles'
import { formatDateTime } from '@/lib/formatDate'
import { CASE_STATUS_LABELS, type CaseStatus } from '@/workflow/caseStatus'
import { intakeChannelLabel } from '@/workflow/intakeChannels'
import { blend, CRITERIA, expertMean, type RankingWeights, type Scores } from '@/workflow/scoring'

import { inertText } from './spreadsheetSafe'

/** The cases that went to the public vote and the final judging: the ones the blended score ranks. */
export const FINALIST_STATUSES: readonly CaseStatus[] = ['shortlisted', 'proposed', 'excellent', 'not-selected']

/** One case as the export needs it: relations already turned into names. */
export type ExportCase = {
  id: string | number
  title: string
  type?: string | null
  region?: string | null
  organization?: string | null
  channel?: string | null
  recommender?: string | null
  status: CaseStatus
  submittedAt?: string | null
  votes?: number | null
  contactPerson?: string | null
  phone?: string | null
  email?: string | null
}

export type ExportInput = {
  viewer: RoleHolder
  /** One page of the campaign's cases. */
  cases: readonly ExportCase[]
  /** The reviews of those cases that the viewer may read, by case id. */
  reviewsByCase: ReadonlyMap<string, readonly Scores[]>
  /** The votes of every finalist of the campaign, seen or not: each finalist's vote share is over all of them. */
  finalistVotes: number
  weights: RankingWeights
}

export type Cell = string | number | null

export type ExportColumn = { key: string; header: string; width: number }

export type ExportRow = Record<string, Cell>

const COLUMNS: ExportColumn[] = [
  { key: 'id', header: '编号', width: 8 },
  { key: 'title', header: '案例名称', width: 40 },
  { key: 'type', header: '案例类型', width: 14 },
  { key: 'region', header: '地区', width: 12 },
  { key: 'organization', header: '申报单位', width: 28 },
  { key: 'channel', header: '报送渠道', width: 10 },
  { key: 'recommender', header: '推荐单位', width: 24 },
  { key: 'status', header: '状态', width: 12 },
  { key: 'submittedAt', header: '提交时间', width: 18 },
  { key: 'reviews', header: '评审数', width: 8 },
  ...CRITERIA.map((criterion) => ({ key: criterion.name, header: criterion.zh, width: 10 })),
  { key: 'expertMean', header: '专家平均分', width: 12 },
  { key: 'votes', header: '网络投票数', width: 12 },
  { key: 'score', header: '综合得分', width: 10 },
]

const CONTACT_COLUMNS: ExportColumn[] = [
  { key: 'contactPerson', header: '联系人', width: 12 },
  { key: 'phone', header: '联系电话', width: 16 },
  { key: 'email', header: '电子邮箱', width: 26 },
]

/** Contact details are private: only editors and admins get them, never reviewers. */
export const exportColumns = (viewer: RoleHolder): ExportColumn[] =>
  hasRole(viewer, 'admin', 'editor') ? [...COLUMNS, ...CONTACT_COLUMNS] : COLUMNS

const round2 = (value: number): number => Math.round(value * 100) / 100

const criterionMeans = (reviews: readonly Scores[]): Record<string, Cell> =>
  Object.fromEntries(
    CRITERIA.map((criterion) => [
      criterion.name,
      reviews.length > 0
        ? round2(reviews.reduce((sum, review) => sum + review[criterion.name], 0) / reviews.length)
        : null,
    ]),
  )

const isFinalist = (status: CaseStatus): boolean => FINALIST_STATUSES.includes(status)

/**
 * The rows of one page of cases for this viewer, in the viewer's columns. Scores are the viewer's to see: a reviewer
 * who cannot read a case's reviews (blind scoring) gets no means and no blended score for it, rather than a score
 * built from nothing. The blended score is the ranking's own, for finalists; other cases have none.
 */
export const caseExportRows = ({ viewer, cases, reviewsByCase, finalistVotes, weights }: ExportInput): ExportRow[] => {
  const columns = exportColumns(viewer)
  const seesEveryScore = hasRole(viewer, 'admin', 'editor')
  return cases.map((doc) => {
    const reviews = reviewsByCase.get(String(doc.id)) ?? []
    const mean = expertMean(reviews)
    const scored = isFinalist(doc.status) && (seesEveryScore || reviews.length > 0)
    const values: Record<string, Cell> = {
      id: typeof doc.id === 'number' ? doc.id : String(doc.id),
      title: doc.title,
      type: doc.type ?? null,
      region: doc.region ?? null,
      organization: doc.organization ?? null,
      channel: intakeChannelLabel(doc.channel),
      recommender: doc.recommender ?? null,
      status: CASE_STATUS_LABELS[doc.status]?.zh ?? doc.status,
      submittedAt: formatDateTime(doc.submittedAt) || null,
      reviews: reviews.length,
      ...criterionMeans(reviews),
      expertMean: mean === null ? null : round2(mean),
      votes: doc.votes ?? 0,
      score: scored ? round2(blend({ expertMean: mean, votes: doc.votes ?? 0 }, finalistVotes, weights).score) : null,
      contactPerson: doc.contactPerson ?? null,
      phone: doc.phone ?? null,
      email: doc.email ?? null,
    }
    return Object.fromEntries(
      columns.map(({ key }) => {
        const value = values[key] ?? null
        return [key, typeof value === 'string' ? inertText(value) : value]
      }),
    )
  })
}
