import type { CollectionConfig } from 'payload'

/**
 * Drafts with autosave, scheduled publish and unpublish (run by the jobs queue), and a bounded version history
 * with Payload's diff and restore.
 */
export const editorialVersions: CollectionConfig['versions'] = {
  drafts: { autosave: { interval: 1500 }, schedulePublish: true },
  maxPerDoc: 50,
}
