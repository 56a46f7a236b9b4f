/** Dates as Chinese readers expect them, always in China Standard Time whatever the server's zone. */
const dateTime = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
})

const dateOnly = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
})

const parts = (value: string | Date) => {
  const date = typeof value === 'string' ? new Date(value) : value
  return Number.isNaN(date.getTime()) ? null : date
}

/** 2020-07-09 18:30 */
export const formatDateTime = (value: string | Date | null | undefined): string => {
  const date = value ? parts(value) : null
  if (!date) return ''
  const p = Object.fromEntries(dateTime.formatToParts(date).map((part) => [part.type, part.value]))
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`
}

/** 2020年7月9日 */
export const formatDate = (value: string | Date | null | undefined): string => {
  const date = value ? parts(value) : null
  return date ? dateOnly.format(date) : ''
}
