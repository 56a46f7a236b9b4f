/**
 * Images in a pasted page. Copied text carries an image as its file name ("1739840045977849856_720px.jpg", the
 * alt text many portal editors leave as it is), and pasted HTML as its src; either becomes a placeholder paragraph
 * in the draft, where the editor puts the uploaded picture.
 */

/** A line that is nothing but an image file, perhaps with its path or address and a query string. */
const IMAGE_FILE = /^(?:\S*[/\\])?([^\s/\\?#]+\.(?:jpe?g|png|gif|webp|bmp|tiff?))(?:[?#]\S*)?$/i

/** Site decoration rather than the article's pictures: logos, icons, QR codes, share and print buttons. */
const DECORATION =
  /logo|icon|ico[_-]|qrcode|qr[_.-]|ewm|erweima|weixin|wechat|weibo|share|fenxiang|btn|button|banner|spacer|blank\.|arrow|loading|avatar|print|close|dot\.|bg[_.-]/i

export type ImageRef = { name: string; decoration: boolean }

const decode = (name: string): string => {
  try {
    return decodeURIComponent(name)
  } catch {
    return name
  }
}

/** The image a line of text refers to, or null when the line is anything else. */
export const readImageRef = (line: string): ImageRef | null => {
  const found = IMAGE_FILE.exec(line.trim())
  if (!found) return null
  const name = decode(found[1])
  return { name, decoration: DECORATION.test(name) }
}

/** How an <img> becomes a line of page text: its file name, so text and HTML pastes read alike. */
export const imageLine = (src: string): string | null => {
  if (!src || src.startsWith('data:')) return null
  const ref = readImageRef(src)
  return ref && !ref.decoration ? ref.name : null
}

/** The paragraph standing in for a picture until the editor uploads it. */
export const imagePlaceholder = (name: string): string => `［图片：${name}］`
