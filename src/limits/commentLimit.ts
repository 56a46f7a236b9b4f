import { COMMENT_LIMITS } from '@/workflow/commentRules'

import { clientLimit } from './clientLimit'

/** Comments an hour per address and per network: every one lands in an editor's queue. */
export const commentLimit = clientLimit({
  name: 'comment',
  perAddress: COMMENT_LIMITS.perAddressPerHour,
  perNetwork: COMMENT_LIMITS.perNetworkPerHour,
  seconds: 60 * 60,
})
