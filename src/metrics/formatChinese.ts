/** Shown where a figure is missing, so an unknown figure never reads as zero. */
const MISSING = '—'

type Units = { yi: string; wan: string; one: string }

const YUAN: Units = { yi: '亿元', wan: '万元', one: '元' }
const COUNT: Units = { yi: '亿', wan: '万', one: '' }

// Amounts are handled as whole hundredths of the base unit (fen for money), so every step is exact integer arithmetic
/** 10000 of any unit, counted in its hundredths: where the next unit up takes over. */
const TEN_THOUSAND = 1_000_000n
/** A hundredth of 万 and of 亿, in hundredths of the base unit. */
const WAN_HUNDREDTH = 10_000n
const YI_HUNDREDTH = 100_000_000n

const DECIMAL = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/

/**
 * |value| × 10^decimals rounded half up to a whole number. It rounds the number's shortest decimal form — what a
 * person typed — so 1.005 gives 101 hundredths, not the 100 its binary value 1.00499… would give.
 */
const roundScaled = (value: number, decimals: number): bigint => {
  // String() of any finite number matches; NaN and ±Infinity do not
  const match = DECIMAL.exec(String(Math.abs(value)))
  if (!match) throw new RangeError(`Expected a finite number, got ${value}`)
  const [, whole, fraction = '', exponent = '0'] = match
  const digits = whole + fraction
  const point = whole.length + Number(exponent) + decimals
  if (point < 0) return 0n
  const kept = BigInt(digits.slice(0, point).padEnd(point, '0'))
  return Number(digits.charAt(point)) >= 5 ? kept + 1n : kept
}

const divideRounded = (n: bigint, divisor: bigint): bigint => (n + divisor / 2n) / divisor

/** The amount in hundredths of the largest unit it reaches, and that unit. */
const inLargestUnit = (hundredths: bigint, units: Units): [bigint, string] => {
  if (hundredths < TEN_THOUSAND) return [hundredths, units.one]
  const wan = divideRounded(hundredths, WAN_HUNDREDTH)
  // Also catches 9999.995万, which rounds up to 10000万 and reads as 1亿
  if (wan < TEN_THOUSAND) return [wan, units.wan]
  return [divideRounded(hundredths, YI_HUNDREDTH), units.yi]
}

const render = (hundredths: bigint, negative: boolean, units: Units): string => {
  const [scaled, unit] = inLargestUnit(hundredths, units)
  const cents = scaled % 100n
  const fraction = cents === 0n ? '' : `.${cents.toString().padStart(2, '0').replace(/0$/, '')}`
  // An amount that rounds to zero prints as 0, not -0
  const sign = negative && scaled > 0n ? '-' : ''
  return `${sign}${scaled / 100n}${fraction}${unit}`
}

/** Money stored as integer fen, in 元, 万元 or 亿元 with at most two decimals: 1_438_000_000 → '1438万元'. */
export const formatFen = (fen: number | null | undefined): string => {
  if (fen == null || !Number.isFinite(fen)) return MISSING
  return render(roundScaled(fen, 0), fen < 0, YUAN)
}

/** A count such as visits, plain or in 万 or 亿 with at most two decimals: 3_000_000 → '300万'. */
export const formatCount = (n: number | null | undefined): string => {
  if (n == null || !Number.isFinite(n)) return MISSING
  return render(roundScaled(n, 2), n < 0, COUNT)
}

/** Yuan as typed (19.99) to integer fen (1999); halves round away from zero so -1.005 mirrors 1.005. */
export const yuanToFen = (yuan: number): number => {
  const fen = Number(roundScaled(yuan, 2))
  return yuan < 0 && fen !== 0 ? -fen : fen
}
