import { describe, expect, it } from 'vitest'
import { completeAt, identifierPatterns, type CompleteOptions } from './completions'
import { analyzeCursor } from './context'

/** The text with '‸' marking the cursor. */
function at(marked: string): [string, number] {
  const offset = marked.indexOf('‸')
  if (offset < 0) throw new Error('no cursor')
  return [marked.slice(0, offset) + marked.slice(offset + 1), offset]
}

function complete(marked: string, options: CompleteOptions = {}) {
  const [text, offset] = at(marked)
  return completeAt(text, offset, options)
}

const labels = (marked: string, options: CompleteOptions = {}) => complete(marked, options).map((i) => i.label)

/** Applies an item the way an editor does (snippet markers and \t left as they are). */
function apply(marked: string, label: string): string {
  const [text] = at(marked)
  const item = complete(marked).find((i) => i.label === label)
  if (!item) throw new Error(`no item ${label}`)
  return text.slice(0, item.range.start) + item.insertText + text.slice(item.range.end)
}

const RULE = `title: Test
logsource:
    category: process_creation
    product: windows
detection:
    selection_img:
        Image|endswith: '\\cmd.exe'
    selection_cli:
        CommandLine|contains: whoami
    filter:
        User: SYSTEM
    condition: ‸
level: high
`

describe('top-level keys', () => {
  it('offers the schema keys not yet in the document, with docs', () => {
    const items = complete('title: x\nle‸\n')
    const level = items.find((i) => i.label === 'level')!
    expect(level.kind).toBe('key')
    expect(level.documentation).toContain('Criticality')
    expect(level.insertText).toBe('level: $0')
    expect(level.retrigger).toBe(true)
    expect(level.range).toEqual({ start: 9, end: 11 })
    expect(items.map((i) => i.label)).not.toContain('title')
  })
  it('inserts maps and lists on their own lines', () => {
    expect(apply('title: x\nlog‸', 'logsource')).toBe('title: x\nlogsource:\n\t$0')
    expect(apply('title: x\nta‸', 'tags')).toBe('title: x\ntags:\n\t- $0')
  })
  it('offers the keys of logsource and detection', () => {
    expect(labels('logsource:\n    product: windows\n    ‸')).toEqual(['category', 'service', 'definition'])
    expect(labels('detection:\n    sel:\n        a: 1\n    ‸')).toContain('condition')
  })
  it('offers templates only in an empty document and only when asked to', () => {
    const templateValues = () => ({ id: '00000000-0000-4000-8000-000000000000', date: '2025-02-03' })
    const items = complete('ru‸', { templateValues })
    const rule = items.find((i) => i.kind === 'template' && i.label === 'rule')!
    expect(rule.insertText).toContain('id: 00000000-0000-4000-8000-000000000000')
    expect(rule.insertText).toContain('date: 2025-02-03')
    expect(items.filter((i) => i.kind === 'template').map((i) => i.label)).toEqual(['rule', 'correlation', 'filter'])
    expect(complete('title: x\nru‸', { templateValues }).some((i) => i.kind === 'template')).toBe(false)
    expect(complete('ru‸').some((i) => i.kind === 'template')).toBe(false)
  })
})

describe('values', () => {
  it('offers status and level values with their docs', () => {
    const items = complete('status: ‸')
    expect(items.map((i) => i.label)).toEqual(['stable', 'test', 'experimental', 'deprecated', 'unsupported'])
    expect(items[0].documentation).toContain('production')
    expect(labels('level: hi‸')).toContain('critical')
  })
  it('offers log source values, services filtered by the product', () => {
    const products = complete('logsource:\n    product: win‸dows\n')
    const windows = products.find((i) => i.label === 'windows')!
    expect(windows.documentation).toContain('Windows event logs')
    // The whole word is replaced, also the part after the cursor.
    expect(windows.range).toEqual({ start: 24, end: 31 })
    const services = labels('logsource:\n    product: linux\n    service: ‸\n')
    expect(services).toContain('auditd')
    expect(services).not.toContain('security')
    expect(labels('logsource:\n    category: ‸')).toContain('process_creation')
  })
  it('puts a space after a bare colon', () => {
    expect(apply('logsource:\n    product:‸', 'linux')).toBe('logsource:\n    product: linux')
  })
  it('offers correlation types from the schema', () => {
    expect(labels('correlation:\n    type: ‸')).toContain('value_count')
  })
})

describe('detection fields and modifiers', () => {
  it('offers the fields of the declared log source', () => {
    const items = complete(RULE.replace('        User: SYSTEM', '        Parent‸').replace('    condition: ‸', '    condition: x'))
    expect(items.map((i) => i.label)).toContain('ParentImage')
    expect(items.find((i) => i.label === 'ParentImage')!.detail).toBe('field of process_creation / windows')
  })
  it('uses the global document’s log source and the service fields', () => {
    const text = 'action: global\nlogsource:\n    product: windows\n    service: security\n---\ndetection:\n    sel:\n        Ev‸\n'
    expect(labels(text)).toContain('EventID')
  })
  it('offers no fields for an unknown log source', () => {
    expect(labels('logsource:\n    product: windows\ndetection:\n    sel:\n        ‸')).toEqual([])
  })
  it('offers modifiers after |, without those already on the key', () => {
    const list = labels('detection:\n    sel:\n        CommandLine|contains|‸')
    expect(list).toContain('all')
    expect(list).toContain('windash')
    expect(list).not.toContain('contains')
    expect(list).not.toContain('i')
    expect(labels('detection:\n    sel:\n        CommandLine|re|‸')).toContain('i')
  })
  it('replaces only the modifier being typed', () => {
    expect(apply('detection:\n    sel:\n        Image|ends‸', 'endswith')).toBe('detection:\n    sel:\n        Image|endswith')
  })
  it('offers modifiers in a list of maps too', () => {
    expect(labels('detection:\n    sel:\n        - Image|st‸')).toContain('startswith')
  })
  it('offers no modifiers outside a detection', () => {
    expect(labels('title: a|‸')).toEqual([])
  })
})

describe('condition', () => {
  it('offers the search identifiers and the keywords', () => {
    const list = labels(RULE)
    expect(list).toEqual(['selection_img', 'selection_cli', 'filter', 'not', '1 of', 'all of'])
  })
  it('offers operators after an identifier and identifiers after an operator', () => {
    expect(labels(RULE.replace('condition: ‸', 'condition: selection_img ‸'))).toEqual(['and', 'or', 'and not'])
    expect(labels(RULE.replace('condition: ‸', 'condition: selection_img and not fi‸'))).toContain('filter')
  })
  it('offers patterns and them after "of"', () => {
    const list = labels(RULE.replace('condition: ‸', 'condition: 1 of ‸'))
    expect(list).toContain('selection_*')
    expect(list).toContain('them')
    expect(apply(RULE.replace('condition: ‸', 'condition: 1 of sel‸'), 'selection_*')).toContain('condition: 1 of selection_*\n')
  })
  it('includes the identifiers of the global document', () => {
    const text = 'action: global\ndetection:\n    shared:\n        a: 1\n---\ndetection:\n    own:\n        b: 2\n    condition: ‸\n'
    expect(labels(text).slice(0, 2)).toEqual(['shared', 'own'])
  })
  it('works in a list of conditions', () => {
    expect(labels(RULE.replace('condition: ‸', 'condition:\n        - ‸'))).toContain('selection_cli')
  })
})

describe('tags', () => {
  it('offers namespaces and tactics, without tags already listed', () => {
    const text = 'tags:\n    - attack.execution\n    - attack.‸\n'
    const items = complete(text)
    expect(items.map((i) => i.label)).toContain('attack.persistence')
    expect(items.map((i) => i.label)).not.toContain('attack.execution')
    const tactic = items.find((i) => i.label === 'attack.persistence')!
    expect(tactic.documentation).toContain('TA0003')
    expect(tactic.range).toEqual({ start: 35, end: 42 })
    expect(items.find((i) => i.label === 'tlp.')!.retrigger).toBe(true)
  })
})

describe('trigger characters', () => {
  it('only answers a space where a value or condition word follows', () => {
    expect(labels('status: ‸', { triggerCharacter: ' ' }).length).toBeGreaterThan(0)
    expect(labels('detection:\n    ‸', { triggerCharacter: ' ' })).toEqual([])
    expect(labels('detection:\n    sel:\n        Image|‸', { triggerCharacter: '|' })).toContain('endswith')
    expect(labels('title: x|‸', { triggerCharacter: '|' })).toEqual([])
  })
})

describe('helpers', () => {
  it('groups identifiers by prefix', () => {
    expect(identifierPatterns(['selection_a', 'selection_b', 'filter_x', 'other'])).toEqual(['selection_*'])
  })
  it('knows nothing inside block scalars', () => {
    const [text, offset] = at('description: |\n    some text‸\nlevel: high\n')
    expect(analyzeCursor(text, offset).context.kind).toBe('none')
  })
})
