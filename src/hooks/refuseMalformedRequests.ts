import { NotFound, type CollectionBeforeOperationHook, type Config, type Endpoint, type Plugin } from 'payload'

import { idShape, isWellFormedId } from '@/lib/wellFormedId'

import { malformedBodyIsClientError } from './malformedBody'
import { refuseMalformedGlobalText, refuseMalformedText } from './refuseMalformedText'

/** An id that cannot exist in this collection answers 404 before the database sees it. */
const refuseMalformedId: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const id = (args as { id?: unknown }).id
  if (id === undefined || id === null) return args
  if (!isWellFormedId(id, idShape(req.payload, collection.slug))) throw new NotFound(req.t)
  return args
}

const notFound: Endpoint['handler'] = (req) => {
  throw new NotFound(req.t)
}

/**
 * Payload serves /versions on every collection, and on one that keeps no versions the query fails (a 500). Listed
 * before Payload's own endpoints, these answer 404 instead.
 */
const noVersions: Endpoint[] = [
  { path: '/versions', method: 'get', handler: notFound },
  { path: '/versions/:id', method: 'get', handler: notFound },
  { path: '/versions/:id', method: 'post', handler: notFound },
]

/**
 * A request that cannot name a document or cannot be read is the client's mistake: every collection answers an
 * address that names no document (`/articles/abc`, `/case-submissions/versions`) with 404, and a body the form parser
 * refuses, or text no database can store (refuseMalformedText), with 400, never a 500 or a silent change.
 */
export const refuseMalformedRequests: Plugin = (config: Config): Config => ({
  ...config,
  hooks: { ...config.hooks, afterError: [malformedBodyIsClientError, ...(config.hooks?.afterError ?? [])] },
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [refuseMalformedId, refuseMalformedText, ...(collection.hooks?.beforeOperation ?? [])],
    },
    endpoints:
      collection.endpoints === false || collection.versions
        ? collection.endpoints
        : [...noVersions, ...(collection.endpoints ?? [])],
  })),
  globals: (config.globals ?? []).map((global) => ({
    ...global,
    hooks: { ...global.hooks, beforeOperation: [refuseMalformedGlobalText, ...(global.hooks?.beforeOperation ?? [])] },
  })),
})
