import { PAIRING_PROGRAMMES, type PairingProgramme } from '@/collections/PairingAids/programmes'
import { formatCount } from '@/metrics/formatChinese'

/** 1996年至今, 2016—2020年, or 2020年. */
export const pairingYears = (start: number | null | undefined, end?: number | null): string => {
  if (start == null) return '—'
  if (end == null) return `${start}年至今`
  return end === start ? `${start}年` : `${start}—${end}年`
}

/** A count with its measure word (183名, 1.45万人); an unreported figure is a dash, never 0. */
export const countWith = (value: number | null | undefined, unit: string): string =>
  value == null ? '—' : `${formatCount(value)}${unit}`

export const programmeName = (programme: PairingProgramme | null | undefined): string | null =>
  programme ? PAIRING_PROGRAMMES[programme][0] : null
