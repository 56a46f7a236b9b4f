/** Links to an archive's pages: `/articles`, `/articles/page/2`, …, a window of pages around the current one. */
export function Pager({ base, page, pages, label }: { base: string; page: number; pages: number; label: string }) {
  if (pages <= 1) return null
  const href = (n: number) => (n === 1 ? base : `${base}/page/${n}`)
  const first = Math.max(1, Math.min(page - 3, pages - 6))
  const shown = Array.from({ length: Math.min(7, pages) }, (_, index) => first + index)
  return (
    <nav className="pager" aria-label={label}>
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev">
          上一页
        </a>
      ) : null}
      <ol>
        {shown.map((n) => (
          <li key={n}>
            {n === page ? (
              <span aria-current="page">{n}</span>
            ) : (
              <a href={href(n)} aria-label={`第 ${n} 页`}>
                {n}
              </a>
            )}
          </li>
        ))}
      </ol>
      {page < pages ? (
        <a href={href(page + 1)} rel="next">
          下一页
        </a>
      ) : null}
    </nav>
  )
}

/** The page number of an archive address (`/articles/page/<n>`): digits only, no leading zero. */
export const pageNumberOf = (segment: string): number => (/^[1-9]\d{0,3}$/.test(segment) ? Number(segment) : NaN)
