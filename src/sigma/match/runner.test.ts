import { describe, expect, it } from 'vitest'
import { compileDetection } from './test-helpers'
import { describeValue, PROGRESS_EVENT, PROGRESS_VALUE, runMatches, suspectRegexValues } from './runner'

const immediate = () => Promise.resolve()

describe('runMatches', () => {
  const compiled = compileDetection('s:\n  A|contains: x\ncondition: s')
  const events = Array.from({ length: 1000 }, (_, i) => ({ A: i % 10 === 0 ? 'x' : 'y' }))

  it('evaluates every event in slices, reporting progress and explained matches', async () => {
    const progress: number[] = []
    let yields = 0
    const outcome = await runMatches(compiled, events, {
      sliceMs: 0,
      onProgress: (p) => progress.push(p.done),
      yieldControl: () => {
        yields++
        return immediate()
      },
    })
    expect(outcome.status).toBe('done')
    expect(outcome.evaluated).toBe(1000)
    expect(outcome.matches.map((m) => m.index)).toEqual(events.flatMap((e, i) => (e.A === 'x' ? [i] : [])))
    expect(outcome.matches[0].result.explanation?.selections[0].name).toBe('s')
    expect(progress.at(-1)).toBe(1000)
    expect(yields).toBeGreaterThan(0)
  })

  it('can be cancelled between slices', async () => {
    const controller = new AbortController()
    const outcome = await runMatches(compiled, events, {
      sliceMs: 0,
      signal: controller.signal,
      onProgress: (p) => p.done >= 100 && controller.abort(),
      yieldControl: immediate,
    })
    expect(outcome.status).toBe('cancelled')
    expect(outcome.evaluated).toBeGreaterThanOrEqual(100)
    expect(outcome.evaluated).toBeLessThan(1000)
  })

  it('stops at the time budget', async () => {
    const slow = compileDetection("s:\n  A|re: '^(a+)+$'\ncondition: s")
    const slowEvents = Array.from({ length: 200 }, () => ({ A: 'a'.repeat(18) + '!' }))
    const outcome = await runMatches(slow, slowEvents, { budgetMs: 5, sliceMs: 1, yieldControl: immediate })
    expect(outcome.status).toBe('timeout')
    expect(outcome.evaluated).toBeLessThan(200)
  })

  it('writes the event and the regex value being evaluated to the progress cell', async () => {
    const rule = compileDetection("s:\n  A|contains: q\nr:\n  B|re: '^b+$'\ncondition: s or r")
    const cell = new Int32Array(new SharedArrayBuffer(8))
    await runMatches(rule, [{ A: 'z', B: 'bbb' }, { A: 'z', B: 'c' }], { progressCell: cell, yieldControl: immediate })
    expect(Atomics.load(cell, PROGRESS_EVENT)).toBe(1)
    const value = describeValue(rule, Atomics.load(cell, PROGRESS_VALUE))
    expect(value?.text).toBe('^b+$')
    expect(value?.isRegex).toBe(true)
  })

  it('names the regex values that could have hung on an event', () => {
    const rule = compileDetection("s:\n  A|re: 'x'\n  B|re: 'y'\n  C|re: 'z'\ncondition: s")
    expect(suspectRegexValues(rule, { A: 'short', B: 'much longer value' }).map((v) => v.text)).toEqual(['y', 'x'])
  })
})
