import { OBJECTION_LIMITS } from '@/workflow/objectionRules'

import { clientLimit } from './clientLimit'

/** Objections a day per address and per network: each one mails every editor. */
export const objectionLimit = clientLimit({
  name: 'objection',
  perAddress: OBJECTION_LIMITS.perAddressPerDay,
  perNetwork: OBJECTION_LIMITS.perNetworkPerDay,
  seconds: 24 * 60 * 60,
})
