import { PROVINCE_TILES } from './provinceTiles'

/** What the overview needs of one pair: the division codes of its two sides and its figures (null: not reported). */
export type PairFigures = {
  helperCode: string
  helpedCode: string
  fundsFen?: number | null
  cadresSent?: number | null
}

export type ProvinceTotal = {
  /** The province's own division code, e.g. 640000. */
  code: string
  name: string
  /** Pairs in which a place in this province helps, and in which one is helped. */
  helping: number
  helped: number
  /** Sums of the reported figures; null when no pair on that side reported one. */
  fundsOutFen: number | null
  fundsInFen: number | null
  cadresOut: number | null
}

/** From one province to another (a pairing inside one province draws no arrow), with the funds reported for it. */
export type ProvinceFlow = { from: string; to: string; pairs: number; fundsFen: number | null }

const prefixOf = (code: string) => code.slice(0, 2)

export const provinceName = (code: string) => PROVINCE_TILES[prefixOf(code)]?.name ?? code

const add = (sum: number | null, value: number | null | undefined) => (value == null ? sum : (sum ?? 0) + value)

/**
 * Pairs rolled up by the province each side lies in (the first two digits of a division code name it): how many
 * pairs each province takes part in on either side, the funds it gave and received, and the arrows between
 * provinces. Provinces in code order.
 */
export const provinceTotals = (pairs: PairFigures[]): { provinces: ProvinceTotal[]; flows: ProvinceFlow[] } => {
  const provinces = new Map<string, ProvinceTotal>()
  const flows = new Map<string, ProvinceFlow>()
  const province = (code: string) => {
    const prefix = prefixOf(code)
    let total = provinces.get(prefix)
    if (!total) {
      total = {
        code: `${prefix}0000`,
        name: provinceName(code),
        helping: 0,
        helped: 0,
        fundsOutFen: null,
        fundsInFen: null,
        cadresOut: null,
      }
      provinces.set(prefix, total)
    }
    return total
  }
  for (const pair of pairs) {
    const helper = province(pair.helperCode)
    const helped = province(pair.helpedCode)
    helper.helping++
    helper.fundsOutFen = add(helper.fundsOutFen, pair.fundsFen)
    helper.cadresOut = add(helper.cadresOut, pair.cadresSent)
    helped.helped++
    helped.fundsInFen = add(helped.fundsInFen, pair.fundsFen)
    if (helper === helped) continue
    const key = `${helper.code}>${helped.code}`
    const flow = flows.get(key) ?? { from: helper.code, to: helped.code, pairs: 0, fundsFen: null }
    flow.pairs++
    flow.fundsFen = add(flow.fundsFen, pair.fundsFen)
    flows.set(key, flow)
  }
  const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code)
  return {
    provinces: [...provinces.values()].sort(byCode),
    flows: [...flows.values()].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to)),
  }
}
