import { describe, expect, it } from 'vitest'
import type { Problem } from './problems'
import { countRows, planCodeActions, toProblemRows } from './view'

const fix = (title: string) => ({ title, edits: [{ range: { start: 0, end: 0 }, newText: 'x' }] })
const problem = (key: string, code: string | undefined, start: number, withFix = false): Problem => ({
  key,
  source: code ? 'validator' : 'converter',
  severity: 'warning',
  message: key,
  code,
  range: { start, end: start + 1 },
  fix: withFix ? fix(`fix ${key}`) : undefined,
})

describe('toProblemRows', () => {
  it('adds 1-based line and column of the start, and whether the code can be switched off', () => {
    const text = 'title: x\ndetection:\n    condition: sel\n'
    const rows = toProblemRows(text, [problem('a', 'undefined-identifier', text.indexOf('sel')), problem('b', undefined, 0), problem('c', 'missing-id', text.length + 5)])
    expect(rows.map((r) => [r.key, r.line, r.column, r.canDisable])).toEqual([
      ['a', 3, 16, true],
      ['b', 1, 1, false],
      ['c', 4, 1, true],
    ])
  })
})

describe('countRows', () => {
  it('counts info and hint together', () => {
    expect(countRows([{ severity: 'error' }, { severity: 'hint' }, { severity: 'info' }, { severity: 'warning' }])).toEqual({ error: 1, warning: 1, other: 2 })
  })
})

describe('planCodeActions', () => {
  it('offers the fixes of the markers under the caret first (first preferred), then one disable per code', () => {
    const problems = [problem('a', 'missing-id', 0, true), problem('b', 'duplicate-tag', 10, true), problem('c', 'duplicate-tag', 20, true), problem('d', 'dangling-detection', 30)]
    const plan = planCodeActions(problems, [{ code: 'duplicate-tag', start: 20 }, { code: 'dangling-detection', start: 30 }, { code: 'duplicate-tag', start: 10 }])
    expect(plan.map((p) => (p.kind === 'fix' ? `fix ${p.problem.key}${p.preferred ? '*' : ''} @${p.marker}` : `disable ${p.code} @${p.marker}`))).toEqual([
      'fix c* @0',
      'fix b @2',
      'disable duplicate-tag @0',
      'disable dangling-detection @1',
    ])
  })

  it('offers no fix when the problems do not match the marker (stale text), and nothing for unknown codes', () => {
    const problems = [problem('a', 'missing-id', 5, true)]
    expect(planCodeActions(problems, [{ code: 'missing-id', start: 0 }]).map((p) => p.kind)).toEqual(['disable'])
    expect(planCodeActions([], [{ code: 'not-a-check', start: 0 }, { start: 3 }])).toEqual([])
  })
})
