import { describe, expect, it } from 'vitest'
import { analyzeCursor, documentFacts, splitDocuments, splitLines } from './context'

function cursor(marked: string) {
  const offset = marked.indexOf('‸')
  return analyzeCursor(marked.slice(0, offset) + marked.slice(offset + 1), offset)
}

describe('analyzeCursor', () => {
  it('reads the key path of a value, also for lists at the key’s indentation', () => {
    expect(cursor('logsource:\n    product: win‸').context).toMatchObject({ kind: 'value', path: ['logsource', 'product'], text: 'win' })
    expect(cursor('tags:\n- attack.x\n- att‸').context).toMatchObject({ kind: 'item', path: ['tags'], text: 'att' })
    expect(cursor('tags:\n    - attack.x\n    - ‸').context).toMatchObject({ kind: 'item', path: ['tags'], text: '' })
  })
  it('finds the parent map of a key from the indentation, skipping block scalars and comments', () => {
    const text = 'description: |\n    detection:\n      not a key\n# comment\ndetection:\n    sel:\n        a: 1\n    cond‸'
    expect(cursor(text).context).toMatchObject({ kind: 'key', path: ['detection'] })
  })
  it('reads field keys with modifiers in lists of maps', () => {
    const c = cursor('detection:\n    sel:\n        - Image|contains|‸\n')
    expect(c.context).toMatchObject({ kind: 'modifier', path: ['detection', 'sel'], field: 'Image', modifiers: ['contains'] })
  })
  it('says nothing on document markers, in comments or mid-value without context', () => {
    expect(cursor('---‸\n').context.kind).toBe('none')
    expect(cursor('# tit‸').context.kind).toBe('none')
    expect(cursor('title: a\n    some text‸').context.kind).toBe('none')
  })
  it('knows an empty document', () => {
    expect(cursor('ru‸').emptyDocument).toBe(true)
    expect(cursor('# a comment\n\nru‸\n').emptyDocument).toBe(true)
    expect(cursor('title: x\nru‸').emptyDocument).toBe(false)
    expect(cursor('title: x\n---\nru‸').emptyDocument).toBe(true)
  })
})

describe('documentFacts', () => {
  it('merges the global document and forgets it after a reset', () => {
    const text = [
      'action: global', 'logsource:', '    product: windows', 'detection:', '    common:', '        a: 1',
      '---', 'logsource:', '    service: security', 'detection:', '    own:', '        b: 2', '    condition: own',
      '---', 'action: reset', '---', 'logsource:', '    product: linux',
    ].join('\n')
    const lines = splitLines(text)
    const docs = splitDocuments(lines)
    expect(docs).toHaveLength(4)
    expect(documentFacts(lines, docs, 1)).toMatchObject({ logsource: { product: 'windows', service: 'security' }, identifiers: ['common', 'own'] })
    expect(documentFacts(lines, docs, 3)).toMatchObject({ logsource: { product: 'linux' }, identifiers: [] })
  })
  it('takes filter identifiers but not rules or condition', () => {
    const text = 'filter:\n    rules:\n        - x\n    selection:\n        User: a\n    condition: not selection\n'
    const lines = splitLines(text)
    expect(documentFacts(lines, splitDocuments(lines), 0).identifiers).toEqual(['selection'])
  })
})
