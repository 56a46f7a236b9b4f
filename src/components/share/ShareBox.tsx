import QRCode from 'qrcode'

import { shareLinks, type Shared } from './shareLinks'
import { WebShareButton } from './WebShareButton.client'

import './share.css'

/**
 * 分享到 微信 / 微博 / QQ / QQ空间. On a desktop 微信 is a QR code of the address (drawn on the server as SVG, so it shows
 * without JavaScript and is cached with the page); on a phone it is the phone's own share sheet.
 */
export async function ShareBox({ url, title, summary, what = '本文' }: Shared & { what?: string }) {
  const svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
  return (
    <section className="share-box" aria-labelledby="share-heading">
      <h2 id="share-heading">分享到</h2>
      <figure className="share-wechat">
        <div
          className="qr-code"
          role="img"
          aria-label={`${what}链接的二维码`}
          dangerouslySetInnerHTML={{ __html: svg }}
        />
        <figcaption>微信扫一扫，分享给朋友</figcaption>
      </figure>
      <ul className="share-links">
        <li>
          <WebShareButton url={url} title={title} label="微信" />
        </li>
        {shareLinks({ url, title, summary }).map((link) => (
          <li key={link.name}>
            <a href={link.href} className={`share-${link.name}`} target="_blank" rel="noopener noreferrer">
              {link.label}
            </a>
          </li>
        ))}
      </ul>
      <p className="share-url">
        {what}链接：<a href={url}>{url}</a>
      </p>
    </section>
  )
}
