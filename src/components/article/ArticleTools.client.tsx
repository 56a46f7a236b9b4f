'use client'

import { useEffect, useState } from 'react'

import type { ArticleToolLabels } from './articleToolLabels'
import { DEFAULT_FONT_SIZE, FONT_SIZES, FONT_SIZE_KEY, type FontSize } from './fontSize'

const isFontSize = (value: unknown): value is FontSize => FONT_SIZES.some((size) => size.value === value)

const savedFontSize = (): FontSize => {
  try {
    const saved = localStorage.getItem(FONT_SIZE_KEY)
    return isFontSize(saved) ? saved : DEFAULT_FONT_SIZE
  } catch {
    return DEFAULT_FONT_SIZE
  }
}

const applyFontSize = (size: FontSize) => {
  const root = document.documentElement
  if (size === DEFAULT_FONT_SIZE) root.removeAttribute('data-font-size')
  else root.setAttribute('data-font-size', size)
}

/**
 * Text size 大/中/小 (remembered in this browser), copy link and print. Hidden until scripts run (FontSizeScript
 * marks the page), since none of them works without JavaScript.
 */
export function ArticleTools({ url, labels }: { url: string; labels: ArticleToolLabels }) {
  const [size, setSize] = useState<FontSize>(DEFAULT_FONT_SIZE)
  const [status, setStatus] = useState('')

  // After a client-side navigation the inline script has not run: apply the choice here too.
  useEffect(() => {
    document.documentElement.setAttribute('data-js', '')
    const saved = savedFontSize()
    applyFontSize(saved)
    setSize(saved)
  }, [])

  const choose = (next: FontSize) => {
    setSize(next)
    applyFontSize(next)
    try {
      localStorage.setItem(FONT_SIZE_KEY, next)
    } catch {
      // Private browsing may refuse storage: the size still applies to this page.
    }
  }

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url)
      setStatus(labels.copied)
    } catch {
      window.prompt(labels.copyPrompt, url)
    }
  }

  return (
    <div className="article-tools">
      <div role="group" aria-label={labels.fontSize} className="font-size-switch">
        <span aria-hidden="true">{labels.fontSize}</span>
        {FONT_SIZES.map((option) => (
          <button
            key={option.value}
            type="button"
            aria-pressed={size === option.value}
            aria-label={`${labels.fontSize}${option.label}`}
            onClick={() => choose(option.value)}
          >
            {option.label}
          </button>
        ))}
      </div>
      <button type="button" onClick={copy}>
        {labels.copy}
      </button>
      <button type="button" onClick={() => window.print()}>
        {labels.print}
      </button>
      <span role="status" className="tool-status">
        {status}
      </span>
    </div>
  )
}
