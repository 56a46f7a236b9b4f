import { describe, expect, it } from 'vitest'

import { ROLES, addsRole, hasRole, isStaffUser, sameRoles } from '@/access/roles'

describe('roles', () => {
  it('are exactly the four the newsroom uses', () => {
    expect([...ROLES].sort()).toEqual(['admin', 'editor', 'reviewer', 'submitter'])
  })

  it('hasRole matches any of the roles asked for, and nobody when logged out', () => {
    expect(hasRole({ roles: ['editor'] }, 'admin', 'editor')).toBe(true)
    expect(hasRole({ roles: ['submitter'] }, 'admin', 'editor')).toBe(false)
    expect(hasRole(null, 'admin')).toBe(false)
    expect(hasRole({ roles: null }, 'admin')).toBe(false)
  })

  it('treats admins, editors and reviewers as staff, submitters not', () => {
    expect(isStaffUser({ roles: ['reviewer'] })).toBe(true)
    expect(isStaffUser({ roles: ['submitter'] })).toBe(false)
    expect(isStaffUser(undefined)).toBe(false)
  })

  it('sees a raise when a role is added, whatever the order', () => {
    expect(addsRole(['submitter'], ['submitter', 'admin'])).toBe(true)
    expect(addsRole(['editor', 'reviewer'], ['reviewer'])).toBe(false)
    expect(sameRoles(['editor', 'reviewer'], ['reviewer', 'editor'])).toBe(true)
    expect(sameRoles(['editor'], ['editor', 'reviewer'])).toBe(false)
    expect(sameRoles(['editor', 'reviewer'], ['editor'])).toBe(false)
  })
})
