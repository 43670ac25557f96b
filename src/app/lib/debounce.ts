export interface Debounced {
  schedule(): void
  cancel(): void
}

/**
 * Runs `fn` once input has been quiet for `waitMs`, but at least every `maxWaitMs` while input
 * keeps coming, so continuous typing still shows intermediate results.
 */
export function debounce(fn: () => void, waitMs: number, maxWaitMs: number): Debounced {
  let timer: ReturnType<typeof setTimeout> | undefined
  let firstScheduledAt: number | undefined

  const run = () => {
    timer = undefined
    firstScheduledAt = undefined
    fn()
  }

  return {
    schedule() {
      const now = Date.now()
      firstScheduledAt ??= now
      if (timer !== undefined) clearTimeout(timer)
      const untilMaxWait = firstScheduledAt + maxWaitMs - now
      timer = setTimeout(run, Math.max(0, Math.min(waitMs, untilMaxWait)))
    },
    cancel() {
      if (timer !== undefined) clearTimeout(timer)
      timer = undefined
      firstScheduledAt = undefined
    },
  }
}
