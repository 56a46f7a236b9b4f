import { clientLimit } from './clientLimit'

/**
 * Units registering themselves: a few an hour per address, so one client cannot fill the unit list with junk;
 * counted once the form is valid, so typing mistakes cost nothing but probing names and emails does.
 */
export const registrationLimit = clientLimit({ name: 'registration', perAddress: 5, perNetwork: 20, seconds: 3600 })
