import { toTraditional } from '@/lib/chineseConverters'

/** What a screen reader says about a drag and drop, in one admin language. */
export type DragAndDropWords = {
  /** Read out on reaching a row that can be dragged. */
  instructions: string
  /** aria-roledescription values, by dnd-kit's English one. */
  roles: Record<string, string>
  /** dnd-kit's English announcements (RegExp sources, whole text) and what is said instead, $1 and $2 its ids. */
  announcements: [string, string][]
}

const simplified: DragAndDropWords = {
  instructions: '按空格键拿起可拖动的项目。拖动时用方向键移动，再按空格键放到新位置，或按 Esc 键取消。',
  roles: { draggable: '可拖动项目', sortable: '可排序项目' },
  announcements: [
    ['^Picked up draggable item (.+)\\.$', '已拿起项目 $1。'],
    ['^Draggable item (.+) was moved over droppable area (.+)\\.$', '项目 $1 已移到 $2 上。'],
    ['^Draggable item (.+) is no longer over a droppable area\\.$', '项目 $1 已离开可放置的位置。'],
    ['^Draggable item (.+) was dropped over droppable area (.+)$', '项目 $1 已放到 $2。'],
    ['^Dragging was cancelled\\. Draggable item (.+) was dropped\\.$', '已取消拖动，项目 $1 放回原处。'],
    ['^Draggable item (.+) was dropped\\.$', '项目 $1 已放下。'],
  ],
}

const traditional = (words: DragAndDropWords): DragAndDropWords => ({
  instructions: toTraditional(words.instructions),
  roles: Object.fromEntries(Object.entries(words.roles).map(([role, said]) => [role, toTraditional(said)])),
  announcements: words.announcements.map(([pattern, said]) => [pattern, toTraditional(said)]),
})

/**
 * The admin's drag and drop (rows of arrays and blocks, the list's columns) comes from dnd-kit, which Payload uses
 * without its accessibility words: screen readers heard English instructions and announcements in a Chinese admin.
 * Said in Chinese here, for the two Chinese admin languages; English keeps dnd-kit's own.
 */
export const DRAG_AND_DROP_WORDS: Record<string, DragAndDropWords> = {
  zh: simplified,
  'zh-TW': traditional(simplified),
}
