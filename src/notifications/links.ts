/**
 * Links in mails must be absolute. SERVER_URL (Payload's serverURL) names the public address in production; without
 * it the links point at this machine on PORT, which is right for the demo and for development.
 */
export const siteUrl = (serverURL: string | undefined, port: string | undefined) =>
  (serverURL || `http://localhost:${port || 3000}`).replace(/\/+$/, '')

/** The unit follows its case in the portal, staff in the admin, an objector on the public case page. */
export const caseLinks = (baseUrl: string, caseId: number | string) => ({
  unit: `${baseUrl}/submit/cases/${caseId}`,
  staff: `${baseUrl}/admin/collections/case-submissions/${caseId}`,
  public: `${baseUrl}/cases/${caseId}`,
})

export const objectionStaffLink = (baseUrl: string, objectionId: number | string) =>
  `${baseUrl}/admin/collections/case-objections/${objectionId}`
