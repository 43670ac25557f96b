import { describe, expect, it } from 'vitest'
import { convertRuleText, convertRuleTextAll, listBackends } from '.'

const rule = (detection: string, extra = '') => `title: T\nlogsource:\n    product: windows\n${extra}detection:\n${detection}`

describe('convertRuleTextAll', () => {
  it('lists the six seed backends in tab order', () => {
    expect(listBackends().map((b) => b.id)).toEqual(['es-qs', 'xpack-watcher', 'graylog', 'splunk', 'logpoint', 'grep'])
  })

  it('reports YAML errors with their position, for every backend', () => {
    const text = 'title: x\ndetection:\n  sel: [a\n  condition: sel\n'
    const { diagnostics, results } = convertRuleTextAll(text)
    expect(diagnostics.some((d) => d.severity === 'error' && d.range.start > 0)).toBe(true)
    for (const result of Object.values(results)) expect(result.ok).toBe(false)
  })

  it('points an undefined identifier at its place in the condition', () => {
    const text = rule('    selection:\n        a: 1\n    condition: selection and filter\n')
    const result = convertRuleText(text, 'es-qs')
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(text.slice(result.range!.start, result.range!.end)).toBe('filter')
  })

  it('says that correlation rules and filters have no legacy translation, at their key', () => {
    const correlation = 'title: C\ncorrelation:\n    type: event_count\n    rules: [a]\n    timespan: 5m\n    condition: {gte: 3}\n'
    const filter = 'title: F\nlogsource:\n    product: windows\nfilter:\n    rules: [a]\n    selection:\n        User: x\n    condition: not selection\n'
    for (const [text, kind] of [[correlation, 'correlation'], [filter, 'filter']] as const) {
      const result = convertRuleText(text, 'splunk')
      if (result.ok) throw new Error('expected an error')
      expect(result.error).toContain('detection rules only')
      expect(text.slice(result.range!.start, result.range!.end)).toBe(kind)
    }
  })

  it('points into quoted conditions too', () => {
    const text = rule("    selection:\n        a: 1\n    condition: 'selection or nope'\n")
    const result = convertRuleText(text, 'splunk')
    if (result.ok) throw new Error('expected an error')
    expect(text.slice(result.range!.start, result.range!.end)).toBe('nope')
  })

  it('names the backend and the feature it cannot express', () => {
    const text = rule("    selection:\n        a|re: 'x.*y'\n    condition: selection\n")
    expect(convertRuleText(text, 'splunk')).toMatchObject({ ok: false, error: expect.stringContaining("splunk cannot express regular expressions") })
    expect(convertRuleText(text, 'es-qs')).toEqual({ ok: true, output: 'a.keyword:/x.*y/\n' })
  })

  it('rejects booleans in field values instead of guessing', () => {
    const text = rule('    selection:\n        Enabled: true\n    condition: selection\n')
    expect(convertRuleText(text, 'es-qs').ok).toBe(false)
  })

  it('uses only the first condition of a list, as the reference did', () => {
    const text = rule('    a:\n        x: 1\n    b:\n        y: 2\n    condition:\n        - a\n        - b\n')
    expect(convertRuleText(text, 'splunk')).toEqual({ ok: true, output: 'x="1"\n' })
  })

  it('says where it reproduces a known weakness of the reference', () => {
    const text = rule("    k:\n        '|all': [a, b]\n    condition: k\n")
    const result = convertRuleText(text, 'es-qs')
    expect(result).toMatchObject({ ok: true, output: '(:"a" AND :"b")\n' })
    if (!result.ok) return
    expect(result.warnings?.[0].message).toContain('empty field name')
    expect(convertRuleText(rule('    k:\n        x: null\n    condition: k\n'), 'grep')).toMatchObject({ ok: true, warnings: [expect.objectContaining({ message: expect.stringContaining('cannot test whether a field is missing') })] })
  })

  it('returns an error for an unknown backend', () => {
    expect(convertRuleText(rule('    a:\n        x: 1\n    condition: a\n'), 'nope').ok).toBe(false)
  })
})

describe('fuzz: the converter never throws', () => {
  const fragments = ['title: x\n', 'detection:\n', '  sel:\n', '    a: 1\n', '    b|contains: x\n', '    - k\n', '  condition: sel\n', '  condition: 1 of them\n', "  condition: 'not sel'\n", '---\n', 'action: global\n', '\t', ':', '"', '|', 'fields: [a]\n', '    c: null\n', '    d|re: (\n', '    e|base64offset|contains: y\n']
  it('holds for 2,000 random rule texts', () => {
    let seed = 7
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff)
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: Math.floor(random() * 14) }, () => fragments[Math.floor(random() * fragments.length)]).join('')
      const { results } = convertRuleTextAll(text)
      for (const result of Object.values(results)) {
        if (!result.ok) expect(result.error, text).not.toMatch(/^Internal error/)
      }
    }
  })
})
