import { describe, expect, it } from 'vitest'
import { compilePattern, parseSigmaString, patternText } from './wildcard'

describe('parseSigmaString escapes', () => {
  it.each([
    ['C:\\Windows\\', [{ t: 'text', s: 'C:\\Windows\\' }]],
    ['\\\\\\\\', [{ t: 'text', s: '\\\\' }]],
    ['\\*', [{ t: 'text', s: '*' }]],
    ['\\?', [{ t: 'text', s: '?' }]],
    ['a\\\\*', [{ t: 'text', s: 'a\\' }, { t: 'any' }]],
    ['a**b', [{ t: 'text', s: 'a' }, { t: 'any' }, { t: 'text', s: 'b' }]],
    ['a?', [{ t: 'text', s: 'a' }, { t: 'one' }]],
    ['\\x', [{ t: 'text', s: '\\x' }]],
  ])('%s', (raw, parts) => {
    expect(parseSigmaString(raw)).toEqual(parts)
  })

  it('prints parts back with escapes', () => {
    expect(patternText(parseSigmaString('a\\*b*c?'))).toBe('a\\*b*c?')
  })
})

describe('compilePattern', () => {
  const test = (raw: string, s: string) => compilePattern(parseSigmaString(raw))(s)
  it.each([
    ['abc', 'abc', true],
    ['abc', 'abcd', false],
    ['ab*', 'abcd', true],
    ['*cd', 'abcd', true],
    ['*bc*', 'abcd', true],
    ['a*c*e', 'abcde', true],
    ['a*c*e', 'ace', true],
    ['a*c*e', 'acde', true],
    ['a*c*e', 'abde', false],
    ['ab*ba', 'aba', false],
    ['a?c', 'abc', true],
    ['a?c', 'ac', false],
    ['*', '', true],
    ['', '', true],
    ['', 'x', false],
    ['a.c', 'abc', false],
    ['*\\*', 'x*', true],
    ['*\\*', 'x', false],
    ['line?', 'line\n', true],
    ['*a?c*', 'xxabcxx', true],
    ['*a?c', 'xxabcxx', false],
    ['a?c*', 'xxabcxx', false],
    ['*a?c', 'xxabc', true],
    ['?', '', false],
    ['*?*', 'x', true],
  ])('%s on %j → %s', (raw, s, expected) => {
    expect(test(raw, s)).toBe(expected)
  })
})
