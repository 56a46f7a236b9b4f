import { clientLimit } from './clientLimit'

/**
 * Views the hot list counts. No more page views an hour than a person could read, past which the address is refused
 * (checked first, so a flood is refused from memory and fills no store); then once a day per address and article
 * (reloading is not reading again), with a larger allowance for its network, so rotating addresses inside one /24
 * or /64 adds a handful of views, not thousands.
 */
export const viewLimits = {
  oncePerArticle: clientLimit({ name: 'view-once', perAddress: 1, perNetwork: 20, seconds: 24 * 60 * 60 }),
  perReader: clientLimit({ name: 'view-volume', perAddress: 60, perNetwork: 600, seconds: 60 * 60 }),
}
