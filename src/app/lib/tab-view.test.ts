import { expect, it } from 'vitest'
import { countDiagnostics, tabViewFor } from './tab-view'
import type { ConversionSnapshot } from '../store'

const ok: ConversionSnapshot = { revision: 2, diagnostics: [], results: { a: { ok: true, output: 'q\n' } }, durationMs: 1 }
const broken: ConversionSnapshot = {
  revision: 3,
  diagnostics: [
    { code: 'yaml', severity: 'error', message: 'bad indent', range: { start: 0, end: 1 } },
    { code: 'style', severity: 'warning', message: 'meh', range: { start: 0, end: 1 } },
  ],
  results: { a: { ok: false, error: 'cannot parse' } },
  durationMs: 1,
}

it('is loading until the first conversion', () => {
  expect(tabViewFor('a', 1, null, {})).toEqual({ kind: 'loading' })
})

it('shows the output, marked pending while newer text is being converted', () => {
  expect(tabViewFor('a', 2, ok, {})).toEqual({ kind: 'output', output: 'q\n', pending: false })
  expect(tabViewFor('a', 5, ok, {})).toMatchObject({ kind: 'output', pending: true })
})

it('shows an error with the rule errors and the last good output kept apart', () => {
  const view = tabViewFor('a', 3, broken, { a: { output: 'q\n', revision: 2 } })
  expect(view).toMatchObject({ kind: 'error', error: 'cannot parse', pending: false, lastGood: { output: 'q\n', revision: 2 } })
  expect(view.kind === 'error' && view.diagnostics.map((d) => d.message)).toEqual(['bad indent'])
})

it('counts diagnostics by severity', () => {
  expect(countDiagnostics(broken.diagnostics)).toEqual({ errors: 1, warnings: 1, infos: 0 })
})
