'use client'

import { useEffect, useState } from 'react'

/**
 * 微信 on a phone: the phone's own share sheet (Web Share API), from which the reader picks WeChat or any other app.
 * Shown only where the browser has one; the page marks itself so the stylesheet can drop the QR code on phones,
 * where scanning one's own screen is no use.
 */
export function WebShareButton({ url, title, label }: { url: string; title: string; label: string }) {
  const [available, setAvailable] = useState(false)
  useEffect(() => {
    if (typeof navigator.share !== 'function') return
    setAvailable(true)
    document.documentElement.setAttribute('data-web-share', '')
  }, [])
  if (!available) return null
  const share = () =>
    navigator.share({ url, title }).catch(() => {
      // The reader closed the sheet: nothing to do
    })
  return (
    <button type="button" className="share-native" onClick={share}>
      {label}
    </button>
  )
}
