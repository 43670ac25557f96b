import { beforeEach, expect, it } from 'vitest'
import { SEED_RULE, usePlayground } from './store'
import type { ConversionOutcome } from './worker/conversion-client'

const initial = usePlayground.getState()
beforeEach(() => usePlayground.setState(initial, true))

const converted = (output: string): ConversionOutcome => ({
  kind: 'converted',
  durationMs: 2,
  result: { diagnostics: [], results: Object.fromEntries(initial.backends.map((b) => [b.id, { ok: true, output }])) },
})

it('starts with the seed rule and all six backends', () => {
  expect(initial.ruleText).toBe(SEED_RULE)
  expect(initial.backends.map((b) => b.id)).toEqual(['es-qs', 'xpack-watcher', 'graylog', 'splunk', 'logpoint', 'grep'])
  expect(initial.activeBackendId).toBe('es-qs')
})

it('counts a revision per text change, not per identical set', () => {
  const { setRuleText } = usePlayground.getState()
  setRuleText('a')
  setRuleText('a')
  setRuleText('ab')
  expect(usePlayground.getState().revision).toBe(initial.revision + 2)
})

it('drops a result computed for text that has changed since', () => {
  const state = usePlayground.getState()
  const requested = state.revision
  state.setRuleText('changed')
  expect(usePlayground.getState().applyConversion(requested, converted('old'))).toBe(false)
  expect(usePlayground.getState().conversion).toBeNull()

  expect(usePlayground.getState().applyConversion(usePlayground.getState().revision, converted('new'))).toBe(true)
  expect(usePlayground.getState().conversion?.results['splunk']).toEqual({ ok: true, output: 'new' })
})

it('remembers the last good output per backend and reports converter crashes as errors', () => {
  const { applyConversion, setRuleText } = usePlayground.getState()
  applyConversion(usePlayground.getState().revision, converted('good'))
  setRuleText('broken')
  applyConversion(usePlayground.getState().revision, { kind: 'failed', message: 'boom' })
  const state = usePlayground.getState()
  expect(state.conversion?.results['grep']).toEqual({ ok: false, error: 'Internal converter error: boom' })
  expect(state.lastGood['grep']).toEqual({ output: 'good', revision: initial.revision })
})

it('keeps the split ratio within bounds and ignores unknown backends', () => {
  const { setSplitRatio, setActiveBackend } = usePlayground.getState()
  setSplitRatio(0.01)
  expect(usePlayground.getState().splitRatio).toBe(0.2)
  setSplitRatio(Number.NaN)
  expect(usePlayground.getState().splitRatio).toBe(0.5)
  setActiveBackend('nope')
  expect(usePlayground.getState().activeBackendId).toBe('es-qs')
})
