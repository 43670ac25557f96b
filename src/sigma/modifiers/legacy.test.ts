import { describe, expect, it } from 'vitest'
import { UnsupportedFeatureError } from '../diagnostics'
import { applyLegacyModifier, type ModValue } from './legacy'

const str = (text: string): ModValue => ({ type: 'str', text })
const apply = (name: string, value: ModValue, release: '0.13' | '0.20' = '0.20') => applyLegacyModifier(name, value, undefined, release)

describe('legacy value modifiers', () => {
  it('wraps contains/startswith/endswith values in wildcards once', () => {
    expect(apply('contains', str('abc'))).toMatchObject({ text: '*abc*' })
    expect(apply('contains', str('*abc*'))).toMatchObject({ text: '*abc*' })
    expect(apply('startswith', str('abc'))).toMatchObject({ text: 'abc*' })
    expect(apply('endswith', str('\\abc.exe'))).toMatchObject({ text: '*\\abc.exe' })
  })
  it('keeps a trailing backslash literal in 0.20 by escaping the appended wildcard', () => {
    expect(apply('contains', str('C:\\Temp\\'))).toMatchObject({ text: '*C:\\Temp\\\\*' })
    expect(apply('contains', str('C:\\Temp\\'), '0.13')).toMatchObject({ text: '*C:\\Temp\\*' })
  })
  it('maps over lists', () => {
    expect(apply('contains', { type: 'list', items: [str('a'), str('b')] })).toEqual({ type: 'list', items: [{ type: 'str', text: '*a*' }, { type: 'str', text: '*b*' }] })
  })
  it('turns a list into an AND list with all', () => {
    expect(apply('all', { type: 'list', items: [str('a'), str('b')] })).toMatchObject({ type: 'all' })
  })
  it('encodes base64 and the three base64offset variants', () => {
    expect(apply('base64', str('IEX'))).toMatchObject({ text: 'SUVY' })
    const offsets = apply('base64offset', str('http://'))
    expect(offsets).toEqual({ type: 'list', items: ['aHR0cDovL', 'h0dHA6Ly', 'odHRwOi8v'].map((text) => ({ type: 'str', text })) })
  })
  it('encodes UTF-16 before base64', () => {
    expect(apply('base64', apply('wide', str('ping')))).toMatchObject({ text: 'cABpAG4AZwA=' })
    expect(apply('base64', apply('utf16be', str('p')))).toMatchObject({ text: 'AHA=' })
    expect(apply('base64', apply('utf16', str('p')))).toMatchObject({ text: '//5wAA==' })
  })
  it('knows only the modifiers of each release', () => {
    expect(() => apply('cidr', str('10.0.0.0/8'))).toThrow(UnsupportedFeatureError)
    expect(() => apply('startswith', str('x'), '0.13')).toThrow(/unknown to the reference converter \(sigmac 0.13\)/)
  })
  it('expands windash to the five option dashes at word starts only', () => {
    const out = apply('windash', str('-a x-y /b'))
    if (out.type !== 'list') throw new Error('expected a list')
    expect(out.items).toHaveLength(25)
    expect(out.items[0]).toMatchObject({ text: '-a x-y /b' })
    expect(out.items.map((i) => ('text' in i ? i.text : '')).every((t) => t.includes('x-y'))).toBe(true)
  })
  it('rejects modifiers on values of the wrong type', () => {
    expect(() => apply('contains', { type: 'int', text: '5' })).toThrow(/cannot be applied/)
    expect(() => apply('all', str('x'))).toThrow(/cannot be applied/)
  })
})
