/**
 * How the start pages read: ids only, no population; the page itself decides by role who sees which panel, and a
 * panel shows counts and titles, never a document the role may not open (its links go through the admin's access).
 */
export const dashboardRead = { overrideAccess: true, depth: 0 } as const
