import type { CalendarMonth } from '@/admin/dashboard/calendarMonth'

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日']
const SHOWN_PER_DAY = 3

/** This month as a grid, Monday first: each day lists what was published (已发) and what is scheduled (预约). */
export function EditorialCalendar({ calendar }: { calendar: CalendarMonth }) {
  const cells: (number | null)[] = [
    ...Array.from({ length: calendar.firstWeekday }, () => null),
    ...Array.from({ length: calendar.days }, (_, i) => i + 1),
  ]
  while (cells.length % 7) cells.push(null)
  return (
    <div className="start-page__panel">
      <h2 className="start-page__title">
        编辑日历 · {calendar.year}年{calendar.month}月
        <span className="start-page__aside">
          已发布 {calendar.published} 篇 · 预约 {calendar.scheduled} 篇
        </span>
      </h2>
      <table className="editorial-calendar" id="editorial-calendar">
        <thead>
          <tr>
            {WEEKDAYS.map((day) => (
              <th key={day} scope="col">
                周{day}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: cells.length / 7 }, (_, week) => (
            <tr key={week}>
              {cells.slice(week * 7, week * 7 + 7).map((day, i) => {
                if (day == null) return <td key={i} className="editorial-calendar__blank" />
                const items = calendar.items.get(day) ?? []
                return (
                  <td
                    key={i}
                    data-day={day}
                    className={day === calendar.today ? 'editorial-calendar__today' : undefined}
                  >
                    <span className="editorial-calendar__day">{day}</span>
                    <ul>
                      {items.slice(0, SHOWN_PER_DAY).map((item) => (
                        <li key={`${item.kind}-${item.collection}-${item.id}`} data-kind={item.kind}>
                          <a href={`/admin/collections/${item.collection}/${item.id}`}>
                            <span className="editorial-calendar__kind">
                              {item.kind === 'scheduled' ? '预约' : '已发'}
                            </span>
                            {item.title}
                          </a>
                        </li>
                      ))}
                    </ul>
                    {items.length > SHOWN_PER_DAY ? (
                      <span className="editorial-calendar__more">另 {items.length - SHOWN_PER_DAY} 篇</span>
                    ) : null}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
