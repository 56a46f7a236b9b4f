import { ADMIN_NAME, SITE_MARK_DATA_URL } from './siteMark'

/** The login page's logo: the newsroom's mark and name, not Payload's. */
export function Logo() {
  return (
    <span className="site-logo" style={{ display: 'inline-flex', alignItems: 'center', gap: '0.75rem' }}>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data URL, nothing for next/image to optimise */}
      <img src={SITE_MARK_DATA_URL} alt="" width={48} height={48} />
      <span style={{ fontSize: '1.75rem', fontWeight: 600 }}>{ADMIN_NAME}</span>
    </span>
  )
}
