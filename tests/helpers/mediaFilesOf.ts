/** The files in media/ a media document names: its own and one per generated size. */
export const mediaFilesOf = (doc: Record<string, any>): string[] =>
  [doc.filename, ...Object.values(doc.sizes ?? {}).map((size: any) => size?.filename)].filter(Boolean)
