'use client'

import { useEffect } from 'react'

import type { ViewedCollection } from '@/views/viewTarget'

const BEACON_URL = '/api/page-views/beacon'

/**
 * Tells the server a reader opened this page: one small request after the page is shown, never delaying it. A
 * string body goes as text/plain, which needs no preflight. Reloads are counted once by the server.
 */
export function ViewBeacon({ collection, id }: { collection: ViewedCollection; id: number | string }) {
  useEffect(() => {
    const body = JSON.stringify({ collection, id })
    if (navigator.sendBeacon?.(BEACON_URL, body)) return
    fetch(BEACON_URL, { method: 'POST', body, keepalive: true }).catch(() => undefined)
  }, [collection, id])
  return null
}
