import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { debounce } from './debounce'

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

it('runs once after input goes quiet', () => {
  const fn = vi.fn()
  const d = debounce(fn, 60, 250)
  d.schedule()
  vi.advanceTimersByTime(40)
  d.schedule()
  vi.advanceTimersByTime(59)
  expect(fn).not.toHaveBeenCalled()
  vi.advanceTimersByTime(1)
  expect(fn).toHaveBeenCalledTimes(1)
})

it('still runs every maxWait while input keeps coming', () => {
  const fn = vi.fn()
  const d = debounce(fn, 60, 250)
  for (let t = 0; t < 600; t += 30) {
    d.schedule()
    vi.advanceTimersByTime(30)
  }
  expect(fn).toHaveBeenCalledTimes(2)
})

it('cancel drops the pending run', () => {
  const fn = vi.fn()
  const d = debounce(fn, 60, 250)
  d.schedule()
  d.cancel()
  vi.advanceTimersByTime(1000)
  expect(fn).not.toHaveBeenCalled()
})
