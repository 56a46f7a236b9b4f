import fs from 'node:fs'

import type { Where } from 'payload'

import type { ReadBack } from './readBack'
import type { RestClient } from './rest'

/** `where` as the REST API takes it in a query string: where[field][operator]=value, arrays by index. */
const whereQuery = (where: Where) => {
  const query = new URLSearchParams()
  const add = (value: unknown, key: string) => {
    if (value !== null && typeof value === 'object') {
      for (const [name, inner] of Object.entries(value)) add(inner, `${key}[${name}]`)
    } else {
      query.append(key, String(value))
    }
  }
  add(where, 'where')
  return query.toString()
}

/** Reads what a running server has, as an administrator sees it through its REST API. */
export const restReadBack = (rest: RestClient, adminToken: string, mediaDir: string): ReadBack => {
  const get = async (collection: string, where: Where, paging: string) => {
    const res = await rest.get(`/${collection}?${whereQuery(where)}&depth=0&${paging}`, { token: adminToken })
    if (res.status !== 200) throw new Error(`reading ${collection} answered ${res.status}: ${JSON.stringify(res.data)}`)
    return res.data
  }
  return {
    // Page by page: the API returns at most 100 documents a request (src/hooks/capApiReads.ts)
    find: async (collection, where) => {
      const docs = []
      for (let page = 1; ; page++) {
        const data = await get(collection, where, `limit=100&page=${page}&sort=id`)
        docs.push(...data.docs)
        if (!data.hasNextPage) return docs
      }
    },
    count: async (collection, where) => (await get(collection, where, 'limit=1')).totalDocs,
    mediaFiles: () => fs.readdirSync(mediaDir),
  }
}
