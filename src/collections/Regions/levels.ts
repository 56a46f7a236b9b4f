export const REGION_LEVELS = {
  province: ['省级', 'Province'],
  city: ['地市级', 'City'],
  county: ['县级', 'County'],
  township: ['乡镇级', 'Township'],
} as const

export type RegionLevel = keyof typeof REGION_LEVELS
