import { expect, it } from 'vitest'
import { collectMarkers } from './markers'
import type { BackendInfo, Diagnostic } from '../../sigma'

const backends: BackendInfo[] = [
  { id: 'a', label: 'Alpha', outputLanguage: 'plaintext' },
  { id: 'b', label: 'Beta', outputLanguage: 'plaintext' },
  { id: 'c', label: 'Gamma', outputLanguage: 'plaintext' },
]

it('keeps diagnostics and merges identical backend errors into one marker', () => {
  const diagnostics: Diagnostic[] = [{ code: 'yaml', severity: 'warning', message: 'odd', range: { start: 0, end: 2 } }]
  const markers = collectMarkers(
    diagnostics,
    {
      a: { ok: false, error: 'unsupported', range: { start: 5, end: 9 } },
      b: { ok: false, error: 'unsupported', range: { start: 5, end: 9 } },
      c: { ok: true, output: 'q' },
    },
    backends,
  )
  expect(markers).toEqual([
    { severity: 'warning', message: 'odd', range: { start: 0, end: 2 }, code: 'yaml' },
    { severity: 'error', message: 'Alpha, Beta: unsupported', range: { start: 5, end: 9 } },
  ])
})

it('does not repeat a backend error that is already a diagnostic, nor errors without a place', () => {
  const diagnostics: Diagnostic[] = [{ code: 'yaml', severity: 'error', message: 'bad', range: { start: 1, end: 3 } }]
  const markers = collectMarkers(
    diagnostics,
    { a: { ok: false, error: 'bad', range: { start: 1, end: 3 } }, b: { ok: false, error: 'no place' } },
    backends,
  )
  expect(markers).toHaveLength(1)
})

it('does not prefix a message that already names its backend', () => {
  const markers = collectMarkers([], { a: { ok: false, error: 'Alpha cannot do regex', range: { start: 1, end: 2 } } }, backends)
  expect(markers[0].message).toBe('Alpha cannot do regex')
})

it('merges errors that differ only in the backend they name', () => {
  const markers = collectMarkers(
    [],
    {
      a: { ok: false, error: "Alpha cannot convert this rule: the 'cidr' modifier is unknown", range: { start: 1, end: 2 } },
      b: { ok: true, output: 'q' },
      c: { ok: false, error: "Gamma cannot convert this rule: the 'cidr' modifier is unknown", range: { start: 1, end: 2 } },
    },
    backends,
  )
  expect(markers).toEqual([{ severity: 'error', message: "Alpha, Gamma cannot convert this rule: the 'cidr' modifier is unknown", range: { start: 1, end: 2 } }])
})
