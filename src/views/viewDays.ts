import { voteDay } from '@/workflow/voteRules'

/** Views are counted per calendar day in Beijing, the same day boundary the public vote uses. */
export const viewDay = voteDay

const DAY_MS = 24 * 60 * 60 * 1000

/** The hot list's periods, in Beijing days including today. */
export const HOT_PERIODS = { threeDays: 3, week: 7, month: 30 } as const

export type HotPeriod = keyof typeof HOT_PERIODS

/** The first Beijing day a period of `days` days ending today covers; days compare as text ('YYYY-MM-DD'). */
export const firstDayOf = (days: number, now: Date): string => viewDay(new Date(now.getTime() - (days - 1) * DAY_MS))
