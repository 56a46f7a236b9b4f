type Props = { label: string; value: number | string | null; href?: string; id?: string }

/** One count on a start page: the figure large, what it counts below; a link when there is a list behind it. */
export function Figure({ label, value, href, id }: Props) {
  const shown = value == null ? '—' : value
  const body = (
    <>
      <span className="start-figure__value">{shown}</span>
      <span className="start-figure__label">{label}</span>
    </>
  )
  return href ? (
    <a className="start-figure" href={href} data-figure={id}>
      {body}
    </a>
  ) : (
    <div className="start-figure" data-figure={id}>
      {body}
    </div>
  )
}
