'use client'

import { useTranslation } from '@payloadcms/ui'
import { useEffect, type ReactNode } from 'react'

import type { DragAndDropWords as Words } from '@/admin/dragAndDropWords'

// dnd-kit's hidden instructions carry the id of the DndContext they belong to, which Payload names itself: they are
// known by their style and their English
const HIDDEN_TEXT = 'div[id][style*="display: none"]'
const DND_KIT_INSTRUCTIONS = /^\s*To pick up a draggable item/
const SPOKEN = `${HIDDEN_TEXT}, [id^="DndLiveRegion-"], [aria-roledescription]`

/** Each text node in place: React keeps its own nodes and writes the next announcement into the same one. */
const retell = (element: Element, say: (text: string) => string) => {
  for (const node of element.childNodes) {
    if (node.nodeType !== Node.TEXT_NODE || !node.nodeValue) continue
    const said = say(node.nodeValue)
    if (said !== node.nodeValue) node.nodeValue = said
  }
}

/**
 * Wraps the admin (a Payload provider) and puts what dnd-kit says to screen readers into the admin's language: its
 * hidden instructions, its live announcements and the roles of draggable rows (src/admin/dragAndDropWords.ts). dnd-kit
 * takes these as props of each DndContext, which Payload creates without them, so they are rewritten in the page as
 * dnd-kit renders them. Attributes and text React rendered stay as React rendered them until dnd-kit changes them.
 */
export const DragAndDropWords = ({ children, words }: { children?: ReactNode; words: Record<string, Words> }) => {
  const { i18n } = useTranslation()
  const chosen = words[i18n.language]
  useEffect(() => {
    if (!chosen) return
    const announcements = chosen.announcements.map(([pattern, said]) => [new RegExp(pattern), said] as const)
    const announce = (text: string) => {
      for (const [pattern, said] of announcements) if (pattern.test(text)) return text.replace(pattern, said)
      return text
    }
    const translate = (element: Element) => {
      if (element.id.startsWith('DndLiveRegion-')) retell(element, announce)
      else if (element.matches(HIDDEN_TEXT))
        retell(element, (text) => (DND_KIT_INSTRUCTIONS.test(text) ? chosen.instructions : text))
      const role = element.getAttribute('aria-roledescription')
      if (role && chosen.roles[role]) element.setAttribute('aria-roledescription', chosen.roles[role])
    }
    const translateWithin = (root: Element) => {
      if (root.matches(SPOKEN)) translate(root)
      root.querySelectorAll(SPOKEN).forEach(translate)
    }
    translateWithin(document.body)
    const observer = new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        if (mutation.type === 'childList') {
          const parent = mutation.target instanceof Element ? mutation.target : null
          if (parent?.id.startsWith('DndLiveRegion-')) translate(parent)
          mutation.addedNodes.forEach((node) => node instanceof Element && translateWithin(node))
        } else {
          const element = mutation.target instanceof Element ? mutation.target : mutation.target.parentElement
          if (element?.matches(SPOKEN)) translate(element)
        }
      }
    })
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['aria-roledescription'],
    })
    return () => observer.disconnect()
  }, [chosen])
  return children
}
