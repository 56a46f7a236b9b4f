import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { AIDED_COUNTIES, FUJIAN, chinaDivision } from './chinaDivision'
import { buildRegionTree, type TreeOptions } from './divisionTree'

export type LoadResult = { created: number; renamed: number; unchanged: number }

/**
 * Brings the regions collection up to the division data: creates what is missing and renames what changed, in one
 * transaction. Running it again changes nothing.
 */
export const loadRegions = async (
  payload: Payload,
  options: TreeOptions = { countyProvinces: [FUJIAN], extraCounties: AIDED_COUNTIES },
): Promise<LoadResult> => {
  const wanted = buildRegionTree(chinaDivision, options)
  const existing = await payload.find({
    collection: 'regions',
    pagination: false,
    depth: 0,
    select: { code: true, name: true },
    overrideAccess: true,
  })
  const byCode = new Map(existing.docs.map((doc) => [doc.code, doc]))
  const result: LoadResult = { created: 0, renamed: 0, unchanged: 0 }
  const req = await createLocalReq({ context: { fullNameKnown: true, disableRevalidate: true } }, payload)
  await initTransaction(req)
  try {
    for (const region of wanted) {
      const found = byCode.get(region.code)
      const data = { name: region.name, fullName: region.fullName }
      if (!found) {
        const parent = region.parentCode ? byCode.get(region.parentCode)?.id : undefined
        const created = await payload.create({
          collection: 'regions',
          data: { ...data, code: region.code, level: region.level, parent },
          depth: 0,
          overrideAccess: true,
          req,
        })
        byCode.set(region.code, { id: created.id, code: created.code, name: created.name })
        result.created++
      } else if (found.name !== region.name) {
        await payload.update({ collection: 'regions', id: found.id, data, depth: 0, overrideAccess: true, req })
        result.renamed++
      } else {
        result.unchanged++
      }
    }
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  return result
}
