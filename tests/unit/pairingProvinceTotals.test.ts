import { describe, expect, it } from 'vitest'

import { countWith, pairingYears } from '@/pairing/formatPairing'
import { PROVINCE_TILES } from '@/pairing/provinceTiles'
import { provinceTotals } from '@/pairing/provinceTotals'

describe('pairs rolled up by province', () => {
  const { provinces, flows } = provinceTotals([
    { helperCode: '350181', helpedCode: '621121', fundsFen: 22_173_350_000 },
    { helperCode: '350181', helpedCode: '350825' },
    { helperCode: '350000', helpedCode: '640000', fundsFen: 330_000_000_000, cadresSent: 183 },
    { helperCode: '350000', helpedCode: '652300', cadresSent: 1001 },
  ])
  const of = (code: string) => provinces.find((province) => province.code === code)

  it('counts each side in the province it lies in, a pairing inside one province on both sides', () => {
    expect(provinces.map((province) => province.code)).toEqual(['350000', '620000', '640000', '650000'])
    expect(of('350000')).toMatchObject({ name: '福建', helping: 4, helped: 1, cadresOut: 1184 })
  })

  it('sums only reported funds, and keeps a side with none reported unknown rather than zero', () => {
    expect(of('350000')!.fundsOutFen).toBe(352_173_350_000)
    expect(of('350000')!.fundsInFen).toBeNull()
    expect(of('650000')!.fundsInFen).toBeNull()
    expect(of('620000')!.fundsInFen).toBe(22_173_350_000)
  })

  it('draws an arrow per pair of provinces, none inside one province', () => {
    expect(flows).toEqual([
      { from: '350000', to: '620000', pairs: 1, fundsFen: 22_173_350_000 },
      { from: '350000', to: '640000', pairs: 1, fundsFen: 330_000_000_000 },
      { from: '350000', to: '650000', pairs: 1, fundsFen: null },
    ])
  })

  it('places every provincial unit on its own tile', () => {
    const places = Object.values(PROVINCE_TILES).map((tile) => `${tile.x},${tile.y}`)
    expect(places).toHaveLength(34)
    expect(new Set(places).size).toBe(34)
  })
})

describe('pairing figures in words', () => {
  it('writes the years as newsrooms do', () => {
    expect(pairingYears(1996)).toBe('1996年至今')
    expect(pairingYears(2016, 2020)).toBe('2016—2020年')
    expect(pairingYears(2020, 2020)).toBe('2020年')
  })

  it('shows an unreported count as a dash, never as 0', () => {
    expect(countWith(null, '名')).toBe('—')
    expect(countWith(0, '名')).toBe('0名')
    expect(countWith(14_530, '人')).toBe('1.45万人')
  })
})
