/** How editors type money: in 万元 or 元, stored as integer 分. Pure, so the admin field and tests share it. */
export const MONEY_UNITS = {
  wan: { label: '万元', fen: 1_000_000 },
  yuan: { label: '元', fen: 100 },
} as const

export type MoneyUnit = keyof typeof MONEY_UNITS

/** 万元 once the amount reaches one 万元, else 元: the unit a sales report states it in. */
export const unitFor = (fen: number | null | undefined): MoneyUnit =>
  fen != null && Math.abs(fen) >= MONEY_UNITS.wan.fen ? 'wan' : 'yuan'

/** An amount in the unit, as typed back to the editor: 18000000 分 in 万元 is "18", not "18.000000". */
export const fenToText = (fen: number | null | undefined, unit: MoneyUnit): string =>
  fen == null ? '' : String(fen / MONEY_UNITS[unit].fen)

/**
 * What the editor typed, in the unit, as whole 分; null for an empty box, NaN for something that is no amount or
 * finer than a 分 (1.2345 元).
 */
export const textToFen = (text: string, unit: MoneyUnit): number | null => {
  const trimmed = text.trim().replace(/[,，\s]/g, '')
  if (!trimmed) return null
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return Number.NaN
  const fen = Number(trimmed) * MONEY_UNITS[unit].fen
  const whole = Math.round(fen)
  return Math.abs(fen - whole) < 1e-6 ? whole : Number.NaN
}
