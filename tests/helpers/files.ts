import sharp from 'sharp'

/** A real PNG of the given size, drawn by sharp. */
export const pngImage = (width = 2000, height = 1200) =>
  sharp({ create: { width, height, channels: 3, background: '#b8232f' } })
    .png()
    .toBuffer()

/** A real, uncompressed PNG of about `megabytes` MB: noise does not compress, so the size is honest. */
export const largePng = (megabytes: number) => {
  const side = Math.ceil(Math.sqrt((megabytes * 1024 * 1024) / 3))
  return sharp({
    create: {
      width: side,
      height: side,
      channels: 3,
      background: '#000',
      noise: { type: 'gaussian', mean: 128, sigma: 60 },
    },
  })
    .png({ compressionLevel: 0 })
    .toBuffer()
}

/** A minimal well-formed PDF. */
export const pdfDocument = () =>
  Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
      '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n' +
      'xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000052 00000 n \n0000000101 00000 n \n' +
      'trailer<</Size 4/Root 1 0 R>>\nstartxref\n165\n%%EOF\n',
  )

/** The multipart body the admin and API clients send: the file plus the document's fields as JSON. */
export const uploadForm = (bytes: Buffer | string, filename: string, type: string, fields: Record<string, unknown>) => {
  const form = new FormData()
  const part = typeof bytes === 'string' ? bytes : new Uint8Array(bytes)
  form.append('file', new Blob([part], { type }), filename)
  form.append('_payload', JSON.stringify(fields))
  return form
}
