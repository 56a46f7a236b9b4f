import QRCode from 'qrcode'

/**
 * The article's address and its QR code for reading on a phone. The code is drawn on the server as SVG, so it shows
 * without JavaScript and is cached with the page.
 */
export async function ShareBox({ url }: { url: string }) {
  const svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
  return (
    <section className="share-box" aria-labelledby="share-heading">
      <h2 id="share-heading">分享</h2>
      <figure>
        <div className="qr-code" role="img" aria-label="本文链接的二维码" dangerouslySetInnerHTML={{ __html: svg }} />
        <figcaption>手机扫码阅读</figcaption>
      </figure>
      <p className="share-url">
        本文链接：<a href={url}>{url}</a>
      </p>
    </section>
  )
}
