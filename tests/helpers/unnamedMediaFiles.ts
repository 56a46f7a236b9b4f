import { mediaFilesOf } from './mediaFilesOf'
import type { ReadBack } from './readBack'

/** Files in media/ that no media document names: what an upload written only in part leaves behind. */
export const unnamedMediaFiles = async (readBack: ReadBack) => {
  const named = new Set((await readBack.find('media', {})).flatMap(mediaFilesOf))
  return readBack.mediaFiles().filter((file) => !file.startsWith('.') && !named.has(file))
}
