import type { CollectionBeforeChangeHook } from 'payload'

import { currentFigures, latestSnapshot } from '@/metrics/snapshots'

export const setCurrentFigures: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const snapshots = data.snapshots ?? originalDoc?.snapshots ?? []
  const current = currentFigures(snapshots)
  // A visit count nobody reported is unknown, not 0 visits: the admin shows it empty and the reader page shows —
  data.current = latestSnapshot(snapshots)?.visits == null ? { ...current, visits: null } : current
  return data
}
