/**
 * Where a published article is listed: under each of its regions and every region containing them, each of its
 * topics and each of its categories. A key names one such list; ids are written as text so SQLite's numeric ids and
 * MongoDB's object ids fit alike.
 */
export const listingKey = {
  region: (id: number | string) => `region:${id}`,
  topic: (id: number | string) => `topic:${id}`,
  category: (value: string) => `category:${value}`,
}

export const REGION_LISTING_PREFIX = 'region:'
