/** Server-rendered chart SVG with a text alternative; the figures are also in a table beside it. */
export function SvgChart({ svg, label }: { svg: string; label: string }) {
  return <div className="chart" role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: svg }} />
}
