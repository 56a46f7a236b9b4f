import { getPayload } from 'payload'

import config from '@payload-config'

/** The one Payload instance the reader site reads through. */
export const getPayloadClient = () => getPayload({ config })
