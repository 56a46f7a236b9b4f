import { cached } from '../cached'
import { CACHE_TAGS } from '../cacheTags'
import { getPayloadClient } from '../payload'
import { accessFor, type ReadOptions } from '../readOptions'

/** Every campaign's name and voting window: a small table, read whole, expired when a campaign changes. */
export const campaignWindows = cached(
  async (options: ReadOptions) => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'campaigns',
      pagination: false,
      depth: 0,
      select: { name: true, caseCall: { votingOpens: true, votingCloses: true } },
      ...accessFor(options),
    })
    return docs.map((campaign) => ({
      id: campaign.id,
      name: campaign.name,
      voting: { opens: campaign.caseCall?.votingOpens ?? null, closes: campaign.caseCall?.votingCloses ?? null },
    }))
  },
  'campaign-windows',
  () => [CACHE_TAGS.campaigns],
)

export type Window = Awaited<ReturnType<typeof campaignWindows>>[number]
