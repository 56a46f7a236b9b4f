/** The choices of an organisation's select fields, value → [zh, en]. Pure, so registration rules share them. */
export const ORGANIZATION_KINDS = {
  'government-department': ['政府部门', 'Government department'],
  'local-government': ['县市政府', 'County or city government'],
  enterprise: ['企业', 'Enterprise'],
  university: ['高校', 'University'],
  'social-organization': ['社会组织', 'Social organisation'],
  media: ['媒体', 'Media'],
} as const

export type OrganizationKind = keyof typeof ORGANIZATION_KINDS

export const APPROVAL_STATES = {
  pending: ['待审核', 'Pending approval'],
  approved: ['已通过', 'Approved'],
} as const
