import type { CollectionConfig } from 'payload'

/**
 * Drafts with autosave, scheduled publish and unpublish (run by the jobs queue), and a bounded version history
 * with Payload's diff and restore.
 */
export const editorialVersions: CollectionConfig['versions'] = {
  // To the minute, on the 24-hour clock, as newsrooms schedule.
  drafts: { autosave: { interval: 1500 }, schedulePublish: { timeIntervals: 1, timeFormat: 'HH:mm' } },
  maxPerDoc: 50,
}
