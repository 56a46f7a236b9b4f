import type { CollectionConfig } from 'payload'

/**
 * Drafts with autosave, scheduled publish and unpublish (run by the jobs queue), and a bounded version history
 * with Payload's diff and restore.
 */
export const editorialVersions: CollectionConfig['versions'] = {
  drafts: {
    // Autosave alone makes Payload create an empty draft the moment 新建 is opened (every visit left an untitled
    // row); with drafts validated, a document is made only when the editor saves one with a title, and autosave
    // takes over from then on. The 保存草稿 button is the way to make that first save.
    validate: true,
    autosave: { interval: 1500, showSaveDraftButton: true },
    // To the minute, on the 24-hour clock, as newsrooms schedule.
    schedulePublish: { timeIntervals: 1, timeFormat: 'HH:mm' },
  },
  maxPerDoc: 50,
}
