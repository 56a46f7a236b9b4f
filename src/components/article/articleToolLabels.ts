/**
 * The article tools' words, handed from the server page to the client component as props: a Traditional page is
 * converted as a whole, props included, while text written inside a client component would stay Simplified and
 * break hydration.
 */
export const ARTICLE_TOOL_LABELS = {
  fontSize: '字号',
  copy: '复制链接',
  copied: '链接已复制',
  copyPrompt: '请复制本文链接',
  print: '打印',
}

export type ArticleToolLabels = typeof ARTICLE_TOOL_LABELS
