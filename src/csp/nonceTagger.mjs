/**
 * `<script` and `<link` start tags. React escapes `<` in text and attributes and Next escapes it in its inline data,
 * so in a rendered page these are the elements the app itself rendered. Links get the nonce too: a script preload
 * without one is refused under 'strict-dynamic', and on a stylesheet it does nothing.
 */
const TAG = /<(script|link)(?=[\s>\/])/g

/** `<script` and the character after it: a shorter tail after the last `<` may be a tag cut in two. */
const LONGEST_TAG = '<script '.length

/**
 * Adds nonce="…" to every script and link tag of an HTML stream, whatever the chunks it arrives in. Bytes are read
 * as latin1, one character each, so UTF-8 text passes unchanged (a `<` is never part of a multi-byte character).
 */
export const nonceTagger = (nonce, emit) => {
  const tagged = (text) => Buffer.from(text.replace(TAG, `<$1 nonce="${nonce}"`), 'latin1')
  let pending = ''
  return {
    write(chunk) {
      const text = pending + chunk.toString('latin1')
      const last = text.lastIndexOf('<')
      const keep = last !== -1 && text.length - last < LONGEST_TAG ? last : text.length
      pending = text.slice(keep)
      if (keep > 0) emit(tagged(text.slice(0, keep)))
    },
    end() {
      if (pending) emit(tagged(pending))
      pending = ''
    },
  }
}
