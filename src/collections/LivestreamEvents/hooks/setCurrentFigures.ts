import type { CollectionBeforeChangeHook } from 'payload'

import { currentFigures } from '@/metrics/snapshots'

export const setCurrentFigures: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const snapshots = data.snapshots ?? originalDoc?.snapshots ?? []
  data.current = currentFigures(snapshots)
  return data
}
