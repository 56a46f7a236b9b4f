import { FONT_SIZE_KEY } from './fontSize'

// Marks the page as scripted (the tools appear) and applies the remembered size; an old or blocked storage leaves 中.
const script = `(function(){var r=document.documentElement;r.setAttribute('data-js','');try{var s=localStorage.getItem('${FONT_SIZE_KEY}');if(s==='large'||s==='small')r.setAttribute('data-font-size',s)}catch(e){}})()`

/**
 * Runs while the page is still being parsed, before the article below it is painted, so a reader who chose 大 never
 * sees the text jump. Without JavaScript nothing happens and the body stays at 中.
 */
export function FontSizeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />
}
