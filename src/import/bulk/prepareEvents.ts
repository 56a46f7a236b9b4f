import type { PayloadRequest } from 'payload'

import { currentFigures, type MetricSnapshot } from '@/metrics/snapshots'

import { fillUniqueSlugs } from './uniqueSlugs'
import type { DocumentData } from './writeDocuments'

/** Events: the current figures from the latest snapshot (setCurrentFigures) and a unique slug from the title. */
export const prepareEvents = (req: PayloadRequest, docs: DocumentData[]) =>
  fillUniqueSlugs(
    req,
    'livestream-events',
    docs.map((doc) => ({ ...doc, current: currentFigures(doc.snapshots as MetricSnapshot[] | null) })),
    'title',
  )
