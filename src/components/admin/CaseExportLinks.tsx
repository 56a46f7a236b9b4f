'use client'

import { useAuth, useConfig, useDocumentInfo } from '@payloadcms/ui'

import { isStaffUser } from '@/access/roles'
import type { User } from '@/payload-types'

/**
 * On a campaign in the admin: download links for its cases as CSV and XLSX. The server decides what each person's
 * file holds (a reviewer's has only their assigned cases and no contact details); links are shown to staff only.
 */
export function CaseExportLinks() {
  const { id } = useDocumentInfo()
  const { user } = useAuth<User>()
  const { config } = useConfig()
  if (!id || !isStaffUser(user)) return null
  const href = (format: 'csv' | 'xlsx') => `${config.routes.api}/campaigns/${id}/export?format=${format}`
  return (
    // Payload's own field classes, so the sidebar widget reads like the fields around it
    <div className="field-type case-export-links">
      <label className="field-label">导出案例</label>
      <p style={{ display: 'flex', gap: '1rem', margin: 0 }}>
        <a href={href('xlsx')} id="case-export-xlsx">
          Excel (XLSX)
        </a>
        <a href={href('csv')} id="case-export-csv">
          CSV
        </a>
      </p>
    </div>
  )
}
