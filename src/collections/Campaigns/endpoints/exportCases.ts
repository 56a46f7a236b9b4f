import type { Endpoint } from 'payload'

import { requireStaff } from '@/access/requireRole'
import { caseExportRows, exportColumns } from '@/export/caseExportTable'
import { finalistVoteTotal, readCasePages } from '@/export/casePages'
import { attachmentHeader } from '@/export/contentDisposition'
import { isSpreadsheetFormat, SPREADSHEET_TYPES, streamSpreadsheet } from '@/export/streamSpreadsheet'
import { UserFacingError } from '@/lib/UserFacingError'
import { documentIdFrom, idShape } from '@/lib/wellFormedId'
import { campaignWeights } from '@/workflow/scoring'

/**
 * GET /api/campaigns/:id/export?format=csv|xlsx (staff only): the campaign's cases with status, scores and votes as a
 * spreadsheet. Cases and reviews are read with the caller's own access, so a reviewer gets only their assigned cases
 * and only the scores blind review lets them see; contact details go to editors and admins only. The file is streamed
 * as the cases are read, a page at a time, so its size does not decide the server's memory or the first byte's wait.
 */
export const exportCasesEndpoint: Endpoint = {
  path: '/:id/export',
  method: 'get',
  handler: async (req) => {
    requireStaff(req)
    const format = req.searchParams?.get('format') ?? 'xlsx'
    if (!isSpreadsheetFormat(format)) throw new UserFacingError('badFormat', 400, req)
    const campaignId = documentIdFrom(String(req.routeParams?.id ?? ''), idShape(req.payload, 'campaigns'))
    if (campaignId === null) throw new UserFacingError('campaignNotFound', 404, req)
    const campaign = await req.payload.findByID({
      collection: 'campaigns',
      id: campaignId,
      depth: 0,
      select: { name: true, caseCall: true },
      req,
      user: req.user,
      overrideAccess: false,
      disableErrors: true,
    })
    if (!campaign) throw new UserFacingError('campaignNotFound', 404, req)

    const viewer = req.user
    const weights = campaignWeights(campaign.caseCall)
    const finalistVotes = await finalistVoteTotal(req, campaign.id)
    const pages = readCasePages(req, campaign.id)
    const rows = (async function* () {
      for await (const page of pages) yield caseExportRows({ viewer, ...page, finalistVotes, weights })
    })()
    const body = streamSpreadsheet(format, {
      columns: exportColumns(viewer),
      pages: rows,
      sheetName: '案例',
      onError: (error) =>
        req.payload.logger.error({ err: error, msg: `Case export of campaign ${campaign.id} broke off` }),
    })
    return new Response(body, {
      headers: {
        'Content-Type': SPREADSHEET_TYPES[format],
        'Content-Disposition': attachmentHeader(
          `${campaign.name}-案例.${format}`,
          `campaign-${campaign.id}-cases.${format}`,
        ),
        // Contact details and unpublished scores: never kept by a shared cache.
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    })
  },
}
