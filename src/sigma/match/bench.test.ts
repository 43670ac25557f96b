import { describe, expect, it } from 'vitest'
import { benchMatcher } from './bench'

describe('benchMatcher', () => {
  it('runs on the fixtures and reports throughput', () => {
    const result = benchMatcher({ events: 200, source: 'fixtures' })
    expect(result.source).toBe('fixtures')
    expect(result.rules).toBe(4)
    expect(result.evaluations).toBe(800)
    expect(result.matches).toBeGreaterThan(0)
    expect(result.evaluationsPerSecond).toBeGreaterThan(0)
  })
})
