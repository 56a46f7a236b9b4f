import { ADMIN_NAME, SITE_MARK_DATA_URL } from './siteMark'

/** The navigation's small mark. */
export function Icon() {
  // eslint-disable-next-line @next/next/no-img-element -- a data URL, nothing for next/image to optimise
  return <img className="site-icon" src={SITE_MARK_DATA_URL} alt={ADMIN_NAME} width={25} height={25} />
}
