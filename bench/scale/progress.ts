/**
 * One progress line per phase: a bar, the count, the rate and the time left. Redrawn in place on a terminal; in a
 * log (no terminal) one line every tenth of the way, so the log stays readable.
 */
const WIDTH = 30

const duration = (seconds: number) => {
  if (!Number.isFinite(seconds)) return '?'
  const minutes = Math.floor(seconds / 60)
  return minutes > 0 ? `${minutes}m${String(Math.round(seconds % 60)).padStart(2, '0')}s` : `${seconds.toFixed(0)}s`
}

export const progressBar = (label: string, total: number) => {
  const started = performance.now()
  const tty = process.stdout.isTTY
  let lastTenth = -1
  const line = (done: number) => {
    const seconds = (performance.now() - started) / 1000
    const rate = done / Math.max(seconds, 0.001)
    const filled = total > 0 ? Math.min(WIDTH, Math.round((done / total) * WIDTH)) : WIDTH
    const bar = `${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}`
    const left = total > done ? duration((total - done) / rate) : '0s'
    const count = `${done.toLocaleString('en')}/${total.toLocaleString('en')}`
    return `${label.padEnd(14)} [${bar}] ${count}  ${rate.toFixed(0)}/s  ${duration(seconds)} (left ${left})`
  }
  return {
    update: (done: number) => {
      if (tty) {
        process.stdout.write(`\r${line(done)}`)
        return
      }
      const tenth = total > 0 ? Math.floor((done / total) * 10) : 10
      if (tenth !== lastTenth) {
        lastTenth = tenth
        console.log(line(done))
      }
    },
    /** Ends the line and returns the phase's time and rate. */
    finish: (done: number) => {
      const seconds = (performance.now() - started) / 1000
      if (tty) process.stdout.write(`\r${line(done)}\n`)
      else if (lastTenth !== 10) console.log(line(done))
      return { count: done, seconds, perSecond: done / Math.max(seconds, 0.001) }
    },
  }
}
