/** The kinds of pairing the coverage reports: Fuqing–Tongwei and Fujian–Ningxia, Fuqing–Liancheng, Fujian–Changji. */
export const PAIRING_PROGRAMMES = {
  eastWest: ['东西部协作', 'East–west cooperation'],
  withinProvince: ['省内对口帮扶', 'Pairing within the province'],
  counterpartSupport: ['对口支援', 'Counterpart support'],
} as const

export type PairingProgramme = keyof typeof PAIRING_PROGRAMMES
