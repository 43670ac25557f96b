import { describe, expect, it } from 'vitest'
import { hasWildcard, parseSigmaString } from './sigma-string'

const shape = (value: string) =>
  parseSigmaString(value).map((p) => (p.kind === 'text' ? `text(${p.text})` : p.kind === 'wildcard' ? `wild(${p.char})` : `lit(${p.char})`))

describe('Sigma string values: wildcards and escapes', () => {
  it('splits text and wildcards', () => {
    expect(shape('*\\evil?.exe')).toEqual(['wild(*)', 'text(\\evil)', 'wild(?)', 'text(.exe)'])
  })
  it('keeps a backslash before an ordinary character', () => {
    expect(shape('C:\\Windows\\')).toEqual(['text(C:\\Windows\\)'])
  })
  it('reads \\* and \\? as literal characters', () => {
    expect(shape('a\\*b\\?')).toEqual(['text(a)', 'lit(*)', 'text(b)', 'lit(?)'])
    expect(hasWildcard('a\\*b')).toBe(false)
  })
  it('reads \\\\ as one backslash, so \\\\* is a backslash then a wildcard', () => {
    expect(shape('\\\\*')).toEqual(['text(\\)', 'wild(*)'])
    expect(shape('\\\\\\\\')).toEqual(['text(\\\\)'])
    expect(hasWildcard('x\\\\*')).toBe(true)
  })
  it('records offsets into the value, so diagnostics point at the character', () => {
    const parts = parseSigmaString('ab*c')
    expect(parts[1]).toMatchObject({ kind: 'wildcard', start: 2, end: 3 })
    expect(parts[2]).toMatchObject({ kind: 'text', start: 3, end: 4 })
  })
  it('handles empty strings and lone trailing backslashes', () => {
    expect(shape('')).toEqual([])
    expect(shape('x\\')).toEqual(['text(x\\)'])
  })
})
