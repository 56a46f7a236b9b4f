/** The Lexical JSON of plain paragraphs, for content that arrives as text (an imported page, demo content). */
export const lexicalParagraphs = (paragraphs: readonly string[]) => ({
  root: {
    type: 'root',
    format: '' as const,
    indent: 0,
    version: 1,
    direction: 'ltr' as const,
    children: paragraphs.map((text) => ({
      type: 'paragraph',
      format: '' as const,
      indent: 0,
      version: 1,
      direction: 'ltr' as const,
      textFormat: 0,
      textStyle: '',
      children: [{ type: 'text', text, format: 0, style: '', mode: 'normal' as const, detail: 0, version: 1 }],
    })),
  },
})
