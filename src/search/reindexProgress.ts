import type { ReindexProgress } from './reindex'

const STEP_NAMES: Record<ReindexProgress['step'], string> = {
  articles: '稿件 articles',
  'case-submissions': '案例 cases',
  'livestream-events': '直播 livestreams',
  topics: '专题 topics',
  'pairing-aids': '对口帮扶 pairing aids',
  prune: '清理 stale rows',
}

const duration = (ms: number) => {
  const seconds = Math.round(ms / 1000)
  return seconds < 60 ? `${seconds}s` : `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`
}

/** One line of a rebuild's progress for the console: the step, how far, the time so far, what it has changed. Pure. */
export const progressLine = (progress: ReindexProgress, elapsedMs: number): string => {
  const { step, done, total, written, removed } = progress
  const percent = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 100
  return (
    `${STEP_NAMES[step].padEnd(18)} ${String(done).padStart(7)}/${total} ${String(percent).padStart(3)}%  ` +
    `${duration(elapsedMs).padStart(6)}  written ${written}, removed ${removed}`
  )
}
