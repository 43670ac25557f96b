import { describe, expect, it } from 'vitest'
import { hoverAt, tagDoc } from './hover'

/** Hover at the first occurrence of `needle` (plus `shift` characters) in `text`. */
function hover(text: string, needle: string, shift = 0) {
  const offset = text.indexOf(needle)
  if (offset < 0) throw new Error(`no ${needle}`)
  return hoverAt(text, offset + shift)
}

const RULE = `title: Test
status: test
logsource:
    category: process_creation
    product: windows
detection:
    selection:
        Image|endswith|cased: '\\cmd.exe'
        Foo: bar
    filter_main:
        User: SYSTEM
    condition: selection and not 1 of filter_*
tags:
    - attack.execution
    - attack.t1059.001
level: high
`

describe('hoverAt', () => {
  it('documents top-level and nested keys from the schema', () => {
    expect(hover(RULE, 'level:')!.markdown).toContain('Criticality')
    const logsource = hover(RULE, 'logsource:')!
    expect(logsource.markdown).toContain('**logsource**')
    expect(logsource.range).toEqual({ start: RULE.indexOf('logsource:'), end: RULE.indexOf('logsource:') + 9 })
    expect(hover(RULE, 'category:')!.markdown).toContain('generic kind of event')
    expect(hover(RULE, 'condition:')!.markdown).toContain('1 of selection_*')
    expect(hover(RULE, 'selection:')!.markdown).toContain('search identifier')
  })
  it('documents each modifier of a field key, with its range', () => {
    const endswith = hover(RULE, 'endswith', 2)!
    expect(endswith.markdown).toContain('**|endswith**')
    expect(endswith.markdown).toContain('at the end of the field')
    const start = RULE.indexOf('endswith')
    expect(endswith.range).toEqual({ start, end: start + 8 })
    expect(hover(RULE, 'cased')!.markdown).toContain('case-sensitively')
  })
  it('documents fields of the log source and says when one is not listed', () => {
    expect(hover(RULE, 'Image|')!.markdown).toContain('Full path of the executable')
    expect(hover(RULE, 'Foo:')!.markdown).toContain('not listed for process_creation / windows')
  })
  it('documents log source and enum values', () => {
    expect(hover(RULE, 'process_creation')!.markdown).toContain('A process was started')
    expect(hover(RULE, 'windows')!.markdown).toContain('Windows event logs')
    expect(hover(RULE, 'high')!.markdown).toContain('internal alert')
    expect(hover(RULE, 'status: test', 9)!.markdown).toContain('slight tuning')
  })
  it('documents condition words and patterns', () => {
    const line = RULE.indexOf('selection and')
    expect(hoverAt(RULE, line + 1)!.markdown).toContain('search identifier of this detection')
    expect(hover(RULE, 'not 1')!.markdown).toContain('**not**')
    expect(hover(RULE, 'filter_*', 3)!.markdown).toContain('`filter_main`')
  })
  it('documents ATT&CK tags', () => {
    expect(hover(RULE, 'attack.execution')!.markdown).toContain('TA0002')
    expect(hover(RULE, 'attack.t1059')!.markdown).toContain('T1059.001')
  })
  it('is silent on plain values', () => {
    expect(hover(RULE, 'Test')).toBeNull()
    expect(hover(RULE, 'SYSTEM')).toBeNull()
  })
})

describe('tagDoc', () => {
  it('names tactics, techniques, groups and namespaces', () => {
    expect(tagDoc('attack.persistence')).toContain('TA0003')
    expect(tagDoc('attack.g0007')).toBe('ATT&CK group G0007')
    expect(tagDoc('tlp.amber')).toContain('TLP:AMBER')
    expect(tagDoc('cve.2021-44228')).toContain('CVE')
    expect(tagDoc('nonsense')).toBeNull()
  })
})
