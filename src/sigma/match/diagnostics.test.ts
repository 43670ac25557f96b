import { describe, expect, it } from 'vitest'
import { compileRule } from './compile'
import { matchEvent } from './match'
import { ruleText } from './test-helpers'

/** Compiles a detection and returns [code, text under the range] for every error and warning. */
function problems(detection: string): [string, string][] {
  const text = ruleText(detection)
  return compileRule(text).diagnostics.map((d) => [d.code, text.slice(d.range.start, d.range.end)])
}

describe('invalid rules give diagnostics at the right place', () => {
  it.each([
    ['s:\n  A|base64: "ab*"\ncondition: s', [['value-invalid', '"ab*"']]],
    ['s:\n  A|base64offset|contains: "a?c"\ncondition: s', [['value-invalid', '"a?c"']]],
    ['s:\n  A|re|contains: x\ncondition: s', [['modifier-invalid', 're']]],
    ['s:\n  A|re|cased: x\ncondition: s', [['modifier-invalid', 're']]],
    ['s:\n  A|contains|frobnicate: x\ncondition: s', [['modifier-invalid', 'frobnicate']]],
    ['s:\n  A|contains|startswith: x\ncondition: s', [['modifier-invalid', 'startswith']]],
    ['s:\n  A|i: x\ncondition: s', [['modifier-invalid', 'i']]],
    ['s:\n  A|base64|utf16le: x\ncondition: s', [['modifier-invalid', 'utf16le']]],
    ['s:\n  A|gt|contains: 5\ncondition: s', [['modifier-invalid', 'gt']]],
    ['s:\n  A|gt: abc\ncondition: s', [['value-invalid', 'abc']]],
    ['s:\n  A|cidr: 10.0.0.0/40\ncondition: s', [['value-invalid', '10.0.0.0/40']]],
    ['s:\n  A|exists: maybe\ncondition: s', [['value-invalid', 'maybe']]],
    ['s:\n  A|re: "(unclosed"\ncondition: s', [['regex-invalid', '"(unclosed"']]],
    ['s:\n  A|re: "a(?i)b"\ncondition: s', [['regex-invalid', '"a(?i)b"']]],
    ['s:\n  A: []\ncondition: s', [['value-empty-list', '[]']]],
    ['s:\n  A|contains|all: x\ncondition: s', [['modifier-all-single', 'all']]],
    ['s:\n  A: {b: 1}\ncondition: s', [['value-map', '{b: 1}']]],
    ['s:\n  A: x\ncondition: s and t', [['condition-unknown-identifier', 't']]],
    ['s:\n  A: x\ncondition: 1 of x*', [['condition-unknown-identifier', 'x*']]],
    ['s:\n  A: x\ncondition: s and (', [['condition-syntax', '']]],
    ['s:\n  A: x\ncondition: "s and and"', [['condition-syntax', 'and']]],
    ['s:\n  A: x\ncondition: s | count() > 5', [['condition-aggregation-ignored', '| count() > 5']]],
    ['s:\n  - A: x\n  - plain\ncondition: s', [['selection-mixed', '- A: x\n      - plain\n']]],
  ])('%j', (detection, expected) => {
    expect(problems(detection)).toEqual(expected)
  })

  it('reports a missing detection and condition', () => {
    expect(compileRule('title: x\n').diagnostics.map((d) => d.code)).toEqual(['detection-missing'])
    expect(compileRule('title: x\ndetection:\n  s:\n    A: 1\n').diagnostics.map((d) => d.code)).toEqual(['condition-missing'])
    expect(compileRule('').diagnostics.map((d) => d.code)).toEqual(['rule-empty'])
    expect(compileRule('a: [').diagnostics[0].code).toBe('yaml-syntax')
  })

  it('a document with errors never matches, but the others still do', () => {
    const text = ['detection:', '  s:', '    A|bogus: x', '  condition: s', '---', 'detection:', '  s:', '    A: x', '  condition: s', ''].join('\n')
    const compiled = compileRule(text)
    expect(compiled.rules.map((r) => r.valid)).toEqual([false, true])
    expect(matchEvent(compiled, { A: 'x' }).documentIndex).toBe(1)
  })

  it('a warning (aggregation) keeps the rule usable', () => {
    const compiled = compileRule(ruleText('s:\n  A: x\ncondition: s | count() by B > 5'))
    expect(compiled.rules[0].valid).toBe(true)
    expect(matchEvent(compiled, { A: 'x' }).matched).toBe(true)
  })
})
