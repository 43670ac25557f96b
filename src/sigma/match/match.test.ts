import { describe, expect, it } from 'vitest'
import { compileRule } from './compile'
import { matchEvent } from './match'
import { compileDetection, explain, matches } from './test-helpers'
import type { SigmaEvent } from './types'

/** [detection, event, expected] rows. */
type Row = [string, SigmaEvent, boolean]
const table = (rows: Row[]) => rows.map(([d, e, x]) => [d.trim().split('\n').join(' / '), d, e, x] as const)

describe('maps, lists and case', () => {
  it.each(
    table([
      ["s:\n  A: x\n  B: y\ncondition: s", { A: 'x', B: 'y' }, true],
      ["s:\n  A: x\n  B: y\ncondition: s", { A: 'x', B: 'z' }, false],
      ["s:\n  A: [x, y]\ncondition: s", { A: 'y' }, true],
      ["s:\n  A|all: [x, y]\ncondition: s", { A: 'y' }, false],
      ["s:\n  A|contains|all: [x, y]\ncondition: s", { A: 'yx' }, true],
      ["s:\n  - A: x\n  - B: y\ncondition: s", { B: 'y' }, true],
      ["s:\n  A: Hello\ncondition: s", { A: 'hELLO' }, true],
      ["s:\n  A|cased: Hello\ncondition: s", { A: 'hello' }, false],
      ["s:\n  A|cased: Hello\ncondition: s", { A: 'Hello' }, true],
      ["s:\n  A|contains|cased: ell\ncondition: s", { A: 'HELLO' }, false],
      ["s:\n  A: x\ncondition: s", { A: ['a', 'x'] }, true],
      ["s:\n  A: x\ncondition: s", {}, false],
    ]),
  )('%s', (_, detection, event, expected) => {
    expect(matches(detection, event)).toBe(expected)
  })
})

describe('wildcards and escapes', () => {
  it.each(
    table([
      // `\*` is an escaped star: a backslash before a wildcard must itself be escaped.
      [String.raw`s:
  A: 'C:\Windows\\*'
condition: s`, { A: 'c:\\windows\\system32' }, true],
      [String.raw`s:
  A: 'C:\Windows\*'
condition: s`, { A: 'c:\\windows\\system32' }, false],
      [String.raw`s:
  A: 'C:\Windows\*'
condition: s`, { A: 'C:\\Windows*' }, true],
      [String.raw`s:
  A: 'C:\Windows\'
condition: s`, { A: 'C:\\Windows\\' }, true],
      [String.raw`s:
  A: '\\\\server'
condition: s`, { A: '\\\\server' }, true],
      [String.raw`s:
  A: '\\\\server'
condition: s`, { A: '\\\\\\\\server' }, false],
      [String.raw`s:
  A: 'a\*b'
condition: s`, { A: 'a*b' }, true],
      [String.raw`s:
  A: 'a\*b'
condition: s`, { A: 'axb' }, false],
      [String.raw`s:
  A: 'a?c'
condition: s`, { A: 'abc' }, true],
      [String.raw`s:
  A: 'a\?c'
condition: s`, { A: 'abc' }, false],
      [String.raw`s:
  A|endswith: '\'
condition: s`, { A: 'dir\\' }, true],
      [String.raw`s:
  A|contains: '"BUILTIN\\"'
condition: s`, { A: 'findstr "BUILTIN\\"' }, true],
    ]),
  )('%s', (_, detection, event, expected) => {
    expect(matches(detection, event)).toBe(expected)
  })
})

describe('numbers, null and empty', () => {
  it.each(
    table([
      ['s:\n  EventID: 7045\ncondition: s', { EventID: 7045 }, true],
      ['s:\n  EventID: 7045\ncondition: s', { EventID: '7045' }, true],
      ["s:\n  EventID: '7045'\ncondition: s", { EventID: 7045 }, true],
      ['s:\n  EventID: 7045\ncondition: s', { EventID: '7046' }, false],
      ['s:\n  EventID: [1, 7045]\ncondition: s', { EventID: 7045 }, true],
      ['s:\n  Keywords: 0x8000000000000000\ncondition: s', { Keywords: '0x8000000000000000' }, true],
      ['s:\n  Mode: 0777\ncondition: s', { Mode: '0777' }, true],
      ['s:\n  Flag: true\ncondition: s', { Flag: true }, true],
      ['s:\n  Flag: true\ncondition: s', { Flag: 'True' }, true],
      ['s:\n  Flag: yes\ncondition: s', { Flag: 'yes' }, true],
      ['s:\n  A: null\ncondition: s', {}, true],
      ['s:\n  A: null\ncondition: s', { A: null }, true],
      ['s:\n  A: null\ncondition: s', { A: '' }, false],
      ["s:\n  A: ''\ncondition: s", { A: '' }, true],
      ["s:\n  A: ''\ncondition: s", {}, false],
      ["s:\n  A: ''\ncondition: s", { A: null }, false],
      ['s:\n  EventID|contains: 70\ncondition: s', { EventID: 7045 }, true],
    ]),
  )('%s', (_, detection, event, expected) => {
    expect(matches(detection, event)).toBe(expected)
  })
})

describe('value modifiers', () => {
  it.each(
    table([
      ['s:\n  A|startswith: ab\ncondition: s', { A: 'ABC' }, true],
      ['s:\n  A|startswith: bc\ncondition: s', { A: 'ABC' }, false],
      ['s:\n  A|endswith: bc\ncondition: s', { A: 'ABC' }, true],
      ['s:\n  A|contains: b\ncondition: s', { A: 'ABC' }, true],
      ['s:\n  A|re: ^a.c$\ncondition: s', { A: 'abc' }, true],
      ['s:\n  A|re: ^a.c$\ncondition: s', { A: 'ABC' }, false],
      ['s:\n  A|re|i: ^a.c$\ncondition: s', { A: 'ABC' }, true],
      ["s:\n  A|re: '(?i)^a.c$'\ncondition: s", { A: 'ABC' }, true],
      ["s:\n  A|re|m: '^b$'\ncondition: s", { A: 'a\nb\nc' }, true],
      ["s:\n  A|re: '^b$'\ncondition: s", { A: 'a\nb\nc' }, false],
      ["s:\n  A|re|s: 'a.b'\ncondition: s", { A: 'a\nb' }, true],
      ["s:\n  A|re: 'a.b'\ncondition: s", { A: 'a\nb' }, false],
      ["s:\n  A|re: '(?P<x>a)(?P=x)'\ncondition: s", { A: 'aa' }, true],
      ['s:\n  A|base64: abc\ncondition: s', { A: 'YWJj' }, true],
      ['s:\n  A|base64|contains: abc\ncondition: s', { A: 'xxYWJjxx' }, true],
      ['s:\n  A|base64offset|contains: hello\ncondition: s', { A: 'PREFIXaGVsbG8' }, true],
      ['s:\n  A|base64offset|contains: hello\ncondition: s', { A: btoa('xhello world') }, true],
      ['s:\n  A|base64offset|contains: hello\ncondition: s', { A: btoa('xxhello world') }, true],
      ['s:\n  A|base64offset|contains: hello\ncondition: s', { A: btoa('goodbye') }, false],
      ['s:\n  A|utf16le|base64offset|contains: ping\ncondition: s', { A: btoa('p\0i\0n\0g\0') }, true],
      ['s:\n  A|wide|base64offset|contains: ping\ncondition: s', { A: btoa('x\0p\0i\0n\0g\0') }, true],
      ['s:\n  A|utf16be|base64: ab\ncondition: s', { A: btoa('\0a\0b') }, true],
      ['s:\n  A|utf16|base64: ab\ncondition: s', { A: btoa('\xff\xfea\0b\0') }, true],
      ['s:\n  A|wide|contains: ab\ncondition: s', { A: 'xa\0b\0' }, true],
      ['s:\n  A|windash|contains: " -exec"\ncondition: s', { A: 'cmd /exec' }, true],
      ['s:\n  A|windash|contains: " -exec"\ncondition: s', { A: 'cmd \u2013exec' }, true],
      ['s:\n  A|windash|contains: " -exec"\ncondition: s', { A: 'cmd \u2014exec' }, true],
      ['s:\n  A|windash|contains: " -exec"\ncondition: s', { A: 'cmd \u2015exec' }, true],
      ['s:\n  A|windash|contains: " -exec"\ncondition: s', { A: 'cmd -exec' }, true],
      ['s:\n  A|windash|contains: " -exec"\ncondition: s', { A: 'cmd +exec' }, false],
      // A dash inside a word is not an option flag: not expanded.
      ['s:\n  A|windash|contains: "a-b"\ncondition: s', { A: 'a/b' }, false],
      ['s:\n  A|windash|base64offset|contains: " -e"\ncondition: s', { A: btoa('x /e') }, true],
      ['s:\n  A|cidr: 10.0.0.0/8\ncondition: s', { A: '10.20.30.40' }, true],
      ['s:\n  A|cidr: [192.168.0.0/16, "fe80::/10"]\ncondition: s', { A: 'fe80::1' }, true],
      ['s:\n  A|cidr: 10.0.0.0/8\ncondition: s', { A: '11.0.0.1' }, false],
      ['s:\n  A|exists: true\ncondition: s', { A: '' }, true],
      ['s:\n  A|exists: true\ncondition: s', {}, false],
      ['s:\n  A|exists: false\ncondition: s', {}, true],
      ['s:\n  A|exists: false\ncondition: s', { A: null }, true],
      ['s:\n  A|fieldref: B\ncondition: s', { A: 'Bob', B: 'bob' }, true],
      ['s:\n  A|fieldref|cased: B\ncondition: s', { A: 'Bob', B: 'bob' }, false],
      ['s:\n  A|fieldref: B\ncondition: s', { A: 'Bob' }, false],
      ['s:\n  A|fieldref|startswith: B\ncondition: s', { A: 'Bobby', B: 'bob' }, true],
      ['s:\n  A|fieldref: B\ncondition: s', { A: 5, B: '5' }, true],
      ['s:\n  A|gt: 5\ncondition: s', { A: 6 }, true],
      ['s:\n  A|gt: 5\ncondition: s', { A: '6' }, true],
      ['s:\n  A|gt: 5\ncondition: s', { A: 5 }, false],
      ['s:\n  A|gte: 5\ncondition: s', { A: 5 }, true],
      ['s:\n  A|lt: 5\ncondition: s', { A: '4.5' }, true],
      ['s:\n  A|lte: 5\ncondition: s', { A: 6 }, false],
      ['s:\n  A|lt: 5\ncondition: s', { A: 'abc' }, false],
      ['s:\n  A|neq: x\ncondition: s', { A: 'y' }, true],
      ['s:\n  A|neq: x\ncondition: s', { A: 'X' }, false],
      ['s:\n  A|neq: x\ncondition: s', {}, false],
      ['s:\n  A|expand: "%hosts%"\ncondition: s', { A: 'dc2' }, true],
      ['s:\n  A|expand: "%hosts%"\ncondition: s', { A: 'web1' }, false],
      ['s:\n  A|expand|contains: "%one%.local"\ncondition: s', { A: 'x.srv.local' }, true],
    ]),
  )('%s', (_, detection, event, expected) => {
    expect(matches(detection, event, { placeholders: { hosts: ['dc1', 'dc2'], one: 'srv' } })).toBe(expected)
  })

  it('reports a placeholder missing from the table and matches it literally', () => {
    const compiled = compileDetection('s:\n  A|expand: "%nope%"\ncondition: s')
    expect(compiled.diagnostics.map((d) => d.code)).toEqual(['placeholder-missing'])
    expect(matchEvent(compiled, { A: '%nope%' }).matched).toBe(true)
  })
})

describe('keywords', () => {
  it.each(
    table([
      ['keywords:\n  - evil\n  - bad\ncondition: keywords', { A: 'very BAD thing' }, true],
      ['keywords:\n  - evil\ncondition: keywords', { A: 'good', B: { nested: 'evil.exe' } }, true],
      ['keywords:\n  - evil\ncondition: keywords', { A: 'good' }, false],
      ['keywords:\n  - "ev*il"\ncondition: keywords', { A: 'xevXXil' }, true],
      ['keywords:\n  - 4625\ncondition: keywords', { EventID: 4625 }, true],
      ['keywords:\n  - 4625\ncondition: keywords', { EventID: '4625' }, true],
      ['keywords:\n  "|all":\n    - a1\n    - b2\ncondition: keywords', { A: 'a1', B: 'b2' }, true],
      ['keywords:\n  "|all":\n    - a1\n    - b2\ncondition: keywords', { A: 'a1' }, false],
      ['keywords: evil\ncondition: keywords', { A: 'evil' }, true],
    ]),
  )('%s', (_, detection, event, expected) => {
    expect(matches(detection, event)).toBe(expected)
  })
})

describe('conditions', () => {
  const d = 'sel_a:\n  A: 1\nsel_b:\n  B: 1\n_hidden:\n  C: 1\nfilter:\n  D: 1\n'
  it.each([
    ['1 of sel_*', { B: 1 }, true],
    ['all of sel_*', { B: 1 }, false],
    ['all of sel_*', { A: 1, B: 1 }, true],
    ['1 of them', { C: 1 }, false],
    ['1 of them', { D: 1 }, true],
    ['all of them', { A: 1, B: 1, D: 1 }, true],
    ['1 of _*', { C: 1 }, true],
    ['sel_a and not filter', { A: 1, D: 1 }, false],
    ['sel_a and not filter', { A: 1 }, true],
    ['not (sel_a or sel_b)', {}, true],
    ['sel_a or sel_b and filter', { A: 1 }, true],
    ['(sel_a or sel_b) and filter', { A: 1 }, false],
    ['not not sel_a', { A: 1 }, true],
    ['SEL_A AND NOT FILTER', { A: 1 }, false], // identifiers are case-sensitive, keywords are not
  ] as const)('%s', (condition, event, expected) => {
    const compiled = compileDetection(d + `condition: ${condition}`)
    if (condition.startsWith('SEL_A')) {
      expect(compiled.diagnostics[0]?.code).toBe('condition-unknown-identifier')
      return
    }
    expect(compiled.diagnostics).toEqual([])
    expect(matchEvent(compiled, event).matched).toBe(expected)
  })

  it('treats a list of conditions as an OR and reports which one held', () => {
    const compiled = compileDetection('a:\n  A: 1\nb:\n  B: 1\ncondition:\n  - a\n  - b')
    const result = matchEvent(compiled, { B: 1 })
    expect(result.matched).toBe(true)
    expect(result.explanation?.conditionIndex).toBe(1)
  })
})

describe('dotted field names', () => {
  it('prefers a literal key, then walks nested objects', () => {
    const d = 's:\n  process.name: cmd.exe\ncondition: s'
    expect(matches(d, { 'process.name': 'cmd.exe' })).toBe(true)
    expect(matches(d, { process: { name: 'cmd.exe' } })).toBe(true)
    expect(matches(d, { 'process.name': 'other', process: { name: 'cmd.exe' } })).toBe(false)
    expect(matches(d, { process: [{ name: 'x' }, { name: 'cmd.exe' }] })).toBe(true)
    expect(matches(d, { process: 'cmd.exe' })).toBe(false)
  })

  it('never reads inherited properties', () => {
    expect(matches('s:\n  constructor|exists: true\ncondition: s', {})).toBe(false)
    expect(matches('s:\n  toString: x\ncondition: s', {})).toBe(false)
    expect(matches('s:\n  __proto__.x: 1\ncondition: s', {})).toBe(false)
  })
})

describe('multi-document rules', () => {
  const text = [
    'action: global',
    'title: multi',
    'detection:',
    '    condition: sel',
    '---',
    'logsource: {product: a}',
    'detection:',
    '    sel:',
    '        EventID: 1',
    '---',
    'logsource: {product: b}',
    'detection:',
    '    sel:',
    '        EventID: 2',
    '',
  ].join('\n')

  it('matches when any document matches and says which', () => {
    const compiled = compileRule(text)
    expect(compiled.diagnostics).toEqual([])
    expect(compiled.rules.map((r) => r.documentIndex)).toEqual([1, 2])
    expect(matchEvent(compiled, { EventID: 2 })).toMatchObject({ matched: true, documentIndex: 2 })
    expect(matchEvent(compiled, { EventID: 1 })).toMatchObject({ matched: true, documentIndex: 1 })
    expect(matchEvent(compiled, { EventID: 3 }).matched).toBe(false)
  })
})

describe('explanations', () => {
  const detection = 'selection:\n  Image|endswith: \\cmd.exe\n  CommandLine|contains:\n    - whoami\n    - net user\nfilter:\n  User: SYSTEM\ncondition: selection and not filter'

  it('names selections, fields, values and ranges', () => {
    const compiled = compileDetection(detection)
    const text = compiled.rules.length ? compiled : null
    expect(text).not.toBeNull()
    const result = explain(detection, { Image: 'C:\\Windows\\cmd.exe', CommandLine: 'cmd /c net user', User: 'bob' })
    expect(result.matched).toBe(true)
    const selection = result.explanation!.selections.find((s) => s.name === 'selection')!
    expect(selection.matched).toBe(true)
    expect(selection.fields.map((f) => [f.field, f.ruleValue, f.eventValue])).toEqual([
      ['Image', '\\cmd.exe', 'C:\\Windows\\cmd.exe'],
      ['CommandLine', 'net user', 'cmd /c net user'],
    ])
    const filter = result.explanation!.selections.find((s) => s.name === 'filter')!
    expect(filter.matched).toBe(false)
    expect(result.explanation!.condition).toMatchObject({ kind: 'and', result: true, children: [{ kind: 'selection', name: 'selection', result: true }, { kind: 'not', result: true }] })
  })

  it('gives ranges that point at the rule text', async () => {
    const { ruleText } = await import('./test-helpers')
    const text = ruleText(detection)
    const compiled = compileRule(text)
    const result = matchEvent(compiled, { Image: 'x\\cmd.exe', CommandLine: 'whoami' })
    const ex = result.explanation!
    const slice = (r: { start: number; end: number }) => text.slice(r.start, r.end)
    expect(slice(ex.condition.range)).toBe('selection and not filter')
    expect(slice(ex.condition.children[1].range)).toBe('not filter')
    const sel = ex.selections[0]
    expect(slice(sel.nameRange)).toBe('selection')
    expect(slice(sel.fields[0].keyRange)).toBe('Image|endswith')
    expect(slice(sel.fields[0].range)).toBe('\\cmd.exe')
    expect(slice(sel.fields[1].range)).toBe('whoami')
  })

  it('says in which field a keyword was found', () => {
    const result = explain('keywords:\n  - mimikatz\ncondition: keywords', { A: 'x', Process: { CommandLine: 'run Mimikatz.exe' } })
    expect(result.explanation!.selections[0].fields[0]).toMatchObject({ field: null, eventField: 'Process.CommandLine', eventValue: 'run Mimikatz.exe', ruleValue: 'mimikatz' })
  })

  it('explains a non-match on request, marking missing fields', () => {
    const result = explain(detection, { Image: 'x' })
    expect(result.matched).toBe(false)
    const fields = result.explanation!.selections[0].fields
    expect(fields[1]).toMatchObject({ field: 'CommandLine', matched: false, missing: true })
  })
})
