import type { Payload } from 'payload'

import type { Mail } from './mailBody'

/** Sends each mail on its own, so one bad address or a dropped connection costs only that mail; failures are logged. */
export const deliver = async (payload: Payload, mails: Mail[]) => {
  const results = await Promise.allSettled(mails.map((mail) => payload.sendEmail(mail)))
  results.forEach((result, index) => {
    if (result.status === 'rejected') {
      payload.logger.error({
        err: result.reason,
        msg: `Notification not sent: "${mails[index].subject}" to ${mails[index].to}`,
      })
    }
  })
}
