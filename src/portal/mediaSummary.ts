import type { Media } from '@/payload-types'

/** What the case form shows of an uploaded file. */
export type MediaSummary = {
  id: string
  url: string
  thumbnail: string
  alt: string
  filename: string
  isImage: boolean
}

export const mediaSummary = (media: Media): MediaSummary => ({
  id: String(media.id),
  url: media.url ?? '',
  thumbnail: media.sizes?.thumbnail?.url ?? media.url ?? '',
  alt: media.alt,
  filename: media.filename ?? '',
  isImage: Boolean(media.mimeType?.startsWith('image/')),
})

/** The populated uploads of a field, keyed by id; ids that were not populated are skipped. */
export const mediaMap = (...lists: unknown[][]): Record<string, MediaSummary> =>
  Object.fromEntries(
    lists
      .flat()
      .filter((item): item is Media => typeof item === 'object' && item !== null && 'id' in item)
      .map((media) => [String(media.id), mediaSummary(media)]),
  )
