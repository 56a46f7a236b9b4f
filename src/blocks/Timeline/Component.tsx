import { formatDate } from '@/lib/formatDate'
import type { TimelineBlock as TimelineData } from '@/payload-types'

export function TimelineBlock({ heading, items }: TimelineData) {
  return (
    <section className="block-timeline">
      {heading ? <h2>{heading}</h2> : null}
      <ol className="timeline">
        {(items ?? []).map((item) => (
          <li key={item.id ?? item.title}>
            <time dateTime={item.date}>{formatDate(item.date)}</time>
            <h3>{item.link ? <a href={item.link}>{item.title}</a> : item.title}</h3>
            {item.text ? <p>{item.text}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  )
}
