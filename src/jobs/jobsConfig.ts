import type { JobsConfig } from 'payload'

import { hasRole } from '@/access/roles'

import { JOBS_TOKEN_HEADER, isJobsToken } from './jobsToken'

/** Payload lets any logged-in user run, queue and cancel jobs by default; here only staff who publish may. */
export const jobsConfig: JobsConfig = {
  access: {
    run: ({ req }) => hasRole(req.user, 'admin') || isJobsToken(req.payload.secret, req.headers.get(JOBS_TOKEN_HEADER)),
    queue: ({ req }) => hasRole(req.user, 'admin', 'editor'),
    cancel: ({ req }) => hasRole(req.user, 'admin', 'editor'),
  },
  tasks: [],
}
