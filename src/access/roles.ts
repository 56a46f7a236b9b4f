/** The four roles a staff or unit account can hold. Pure: no Payload imports, so rules and tests share it. */
export const ROLES = ['admin', 'editor', 'reviewer', 'submitter'] as const

export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  admin: { zh: '管理员', en: 'Administrator' },
  editor: { zh: '编辑', en: 'Editor' },
  reviewer: { zh: '审核员', en: 'Reviewer' },
  submitter: { zh: '申报单位', en: 'Submitting unit' },
}

export type RoleHolder = { roles?: readonly string[] | null } | null | undefined

export const hasRole = (user: RoleHolder, ...roles: Role[]): boolean =>
  Boolean(user?.roles?.some((role) => (roles as string[]).includes(role)))

/** Staff are the newsroom's own people; submitters belong to outside units. */
export const isStaffUser = (user: RoleHolder): boolean => hasRole(user, 'admin', 'editor', 'reviewer')

/** True when `next` grants a role that `previous` lacked. */
export const addsRole = (previous: readonly string[] = [], next: readonly string[] = []): boolean =>
  next.some((role) => !previous.includes(role))

export const sameRoles = (a: readonly string[] = [], b: readonly string[] = []): boolean =>
  a.length === b.length && !addsRole(a, b) && !addsRole(b, a)
