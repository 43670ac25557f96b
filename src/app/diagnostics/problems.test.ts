import { describe, expect, it } from 'vitest'
import { collectProblems, type ProblemInputs } from './problems'

const backends = [{ id: 'a', label: 'A', outputLanguage: 'plaintext' as const }, { id: 'b', label: 'B', outputLanguage: 'plaintext' as const }]
const condition = { code: 'condition-syntax', severity: 'error' as const, message: 'The condition ends.', range: { start: 10, end: 10 } }

describe('collectProblems', () => {
  it('prefers the validator for a problem both report at the same range', () => {
    const problems = collectProblems({
      revision: 2,
      conversion: { revision: 2, diagnostics: [condition], results: { a: { ok: false, error: condition.message, range: condition.range }, b: { ok: true, output: '' } } },
      validation: { revision: 2, durationMs: 1, diagnostics: [{ ...condition, message: 'The condition ends. (in the condition)' }] },
      backends,
      disabledChecks: [],
    })
    expect(problems?.map((p) => [p.source, p.code, p.message])).toEqual([['validator', 'condition-syntax', 'The condition ends. (in the condition)']])
  })

  it('keeps backend failures, drops disabled codes from both sources, and waits for current results', () => {
    const input: ProblemInputs = {
      revision: 3,
      conversion: { revision: 3, diagnostics: [condition], results: { a: { ok: false, error: 'A cannot do x', range: { start: 1, end: 2 } } } },
      validation: { revision: 3, durationMs: 1, diagnostics: [condition, { code: 'missing-id', severity: 'warning' as const, message: 'no id', range: { start: 0, end: 5 } }] },
      backends,
      disabledChecks: ['condition-syntax'],
    }
    expect(collectProblems(input)?.map((p) => p.code ?? p.message)).toEqual(['missing-id', 'A cannot do x'])
    expect(collectProblems({ ...input, revision: 4 })).toBeNull()
  })

  it('drops a core diagnostic that means the same as the validator one at the same range, unless that check is off', () => {
    const range = { start: 40, end: 46 }
    const input: ProblemInputs = {
      revision: 1,
      conversion: { revision: 1, diagnostics: [{ code: 'condition-undefined-identifier', severity: 'error', message: "The condition uses 'fliter'", range }], results: {} },
      validation: { revision: 1, durationMs: 1, diagnostics: [{ code: 'undefined-identifier', severity: 'error', message: "'fliter' is not defined", range }] },
      backends,
      disabledChecks: [],
    }
    expect(collectProblems(input)?.map((p) => p.code)).toEqual(['undefined-identifier'])
    expect(collectProblems({ ...input, disabledChecks: ['undefined-identifier'] })?.map((p) => p.code)).toEqual(['condition-undefined-identifier'])
  })
})
