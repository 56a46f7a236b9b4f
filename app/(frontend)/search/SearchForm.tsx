import { MAX_QUERY_CHARS } from '@/search/queryLimits'

import './search.css'

type Props = { id: string; label: string; query?: string; compact?: boolean }

/** A plain GET form to /search: it works without JavaScript, and the address can be shared. */
export function SearchForm({ id, label, query, compact = false }: Props) {
  return (
    <form
      role="search"
      aria-label={label}
      action="/search"
      method="get"
      className={compact ? 'search-form compact' : 'search-form'}
    >
      <label htmlFor={id} className={compact ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={query}
        maxLength={MAX_QUERY_CHARS}
        placeholder="直播带货、永安…"
      />
      <button type="submit">搜索</button>
    </form>
  )
}
