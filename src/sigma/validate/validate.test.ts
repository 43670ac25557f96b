import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { applyQuickFix, listChecks, validateRuleFiles, validateRuleText, type ValidationDiagnostic } from './index'
import { editDistance } from './edit-distance'
import { isNetwork } from './checks/modifiers'
import { lineColumn, lineStarts } from './text-util'

const FIXTURES = join(__dirname, '__fixtures__')
const TODAY = new Date(2024, 5, 1)
const NEW_ID = '00000000-0000-4000-8000-000000000000'
const options = { today: TODAY, newId: () => NEW_ID }
/** Most fixtures are minimal rules: the "recommended key" hints have their own fixture. */
const RECOMMENDED = ['missing-status', 'missing-level', 'missing-description']
const fixtureOptions = (file: string) => (file === 'missing-recommended.yml' ? options : { ...options, disabled: RECOMMENDED })

function read(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8')
}

/** [code, 1-based line, exact text of the range] */
type Expected = [string, number, string]

const EXPECTED: Record<string, Expected[]> = {
  'valid.yml': [],
  'filter.yml': [],
  'correlation.yml': [],
  'action-global.yml': [],
  'dangling-detection.yml': [['dangling-detection', 13, 'filter']],
  'missing-recommended.yml': [
    ['missing-status', 1, 'title'],
    ['missing-description', 1, 'title'],
    ['missing-level', 1, 'title'],
  ],
  'undefined-identifier.yml': [
    ['dangling-detection', 11, 'selection'],
    ['undefined-identifier', 13, 'selction'],
    ['undefined-identifier', 13, 'filter*'],
  ],
  'condition-folded.yml': [
    ['dangling-detection', 13, 'filter'],
    ['undefined-identifier', 17, 'fliter'],
  ],
  'condition-syntax.yml': [['condition-syntax', 15, 'or']],
  'condition-unclosed.yml': [['condition-syntax', 15, '(']],
  'them-single-detection.yml': [['them-single-detection', 13, '1 of them']],
  'all-of-them.yml': [['all-of-them', 15, 'all of them']],
  'deprecated-aggregation.yml': [['deprecated-aggregation', 14, '| count() by User > 10']],
  'specific-logsource.yml': [['specific-logsource', 9, '1']],
  'missing-id.yml': [['missing-id', 1, 'title']],
  'invalid-id.yml': [['invalid-id', 2, 'rule-0001']],
  'duplicate-id.yml': [['duplicate-id', 16, '9a3e2c1b-5d4f-4a6b-8c7d-0e1f2a3b4c5d']],
  'duplicate-reference.yml': [['duplicate-reference', 13, 'https://example.com/a']],
  'similar-to-standard-key.yml': [
    ['similar-to-standard-key', 10, 'desciption'],
    ['similar-to-standard-key', 11, 'Level'],
    ['similar-to-standard-key', 12, 'reference'],
  ],
  'unknown-key.yml': [
    ['logsource-unknown-key', 10, 'vendor'],
    ['unknown-key', 11, 'my_custom_field'],
  ],
  'logsource-value-format.yml': [['logsource-value-format', 5, 'Process Creation']],
  'missing-required-key.yml': [['missing-required-key', 1, 'title']],
  'missing-condition.yml': [['missing-condition', 10, 'detection']],
  'invalid-enum.yml': [
    ['yaml-duplicate-key', 10, 'status'],
    ['invalid-enum', 10, 'beta'],
    ['invalid-enum', 11, 'High'],
    ['invalid-enum', 14, 'derivative'],
    ['invalid-type', 15, 'attack.execution'],
  ],
  'dates.yml': [
    ['old-date-format', 3, '2023/01/05'],
    ['invalid-date', 4, '2022-02-30'],
    ['modified-before-date', 15, '2024-01-01'],
    ['invalid-date', 25, 'yesterday'],
  ],
  'correlation-invalid.yml': [
    ['invalid-enum', 5, 'value_counts'],
    ['invalid-timespan', 8, 'one hour'],
    ['invalid-enum', 10, 'more'],
    ['missing-required-key', 19, 'condition'],
  ],
  'tags.yml': [
    ['invalid-tag-format', 15, 'attack.T1059'],
    ['unknown-tag-namespace', 16, 'foo.bar'],
    ['duplicate-tag', 18, 'attack.execution'],
    ['invalid-attack-tag', 19, 'attack.t12345'],
    ['invalid-attack-tag', 20, 'attack.exection'],
    ['invalid-d3fend-tag', 21, 'd3fend.xyz'],
    ['invalid-tlp-tag', 22, 'tlp.purple'],
    ['invalid-car-tag', 23, 'car.2016-4-5'],
    ['invalid-cve-tag', 24, 'cve.abc'],
    ['invalid-detection-tag', 25, 'detection.foo'],
    ['invalid-stp-tag', 26, 'stp.6'],
    ['invalid-tag-format', 27, 'notag'],
  ],
  'invalid-modifier-combination.yml': [
    ['invalid-modifier-combination', 12, 'CommandLine|contains|startswith'],
    ['invalid-modifier-combination', 13, 'Data|base64offset'],
    ['invalid-modifier-combination', 14, 'Image|re|contains'],
    ['invalid-modifier-combination', 15, 'i'],
    ['invalid-modifier-combination', 16, 'ParentImage|all'],
  ],
  'unknown-modifier.yml': [
    ['unknown-modifier', 12, 'endwith'],
    ['unknown-modifier', 13, 'frobnicate'],
  ],
  'repeated-modifier.yml': [['repeated-modifier', 12, 'contains']],
  'all-single-value.yml': [['all-single-value', 12, 'all']],
  'modifier-value-type.yml': [
    ['modifier-value-type', 12, "'not-an-ip'"],
    ['modifier-value-type', 14, 'ten'],
    ['modifier-value-type', 16, 'maybe'],
    ['modifier-value-type', 17, 'server01'],
  ],
  'base64-wildcard.yml': [['base64-wildcard', 12, "'http*://'"]],
  'double-wildcard.yml': [['double-wildcard', 12, '**']],
  'number-as-string.yml': [['number-as-string', 9, "'4625'"]],
  'control-character.yml': [
    ['control-character', 12, '\\t'],
    ['control-character', 12, '\\n'],
  ],
  'wildcards-instead-of-modifier.yml': [
    ['wildcards-instead-of-modifier', 12, 'CommandLine'],
    ['wildcards-instead-of-modifier', 13, 'Image'],
    ['escaped-wildcard', 16, '\\*'],
  ],
  'escaped-wildcard.yml': [['escaped-wildcard', 12, '\\*']],
  'invalid-regex.yml': [['invalid-regex', 12, "'[a-'"]],
  'regex-flavor.yml': [
    ['regex-flavor', 12, '(?i)'],
    ['regex-flavor', 13, '+'],
    ['regex-flavor', 14, '(?<='],
    ['regex-flavor', 15, '\\A'],
    ['regex-flavor', 15, '\\Z'],
  ],
  'yaml-tab.yml': [
    ['yaml-syntax', 7, '\t'],
    ['yaml-syntax', 7, 'x'],
    ['yaml-syntax', 7, 'x\n    condition'],
  ],
  'yaml-bad-indent.yml': [['yaml-syntax', 13, ' ']],
  'yaml-duplicate-key.yml': [['yaml-duplicate-key', 13, 'Image|endswith']],
  'yaml-invalid-escape.yml': [
    ['yaml-syntax', 12, '\\'],
    ['yaml-syntax', 12, '\\'],
    ['yaml-syntax', 12, '\\'],
  ],
  'yaml-warning.yml': [['yaml-warning', 8, '!custom']],
  'rule-not-a-map.yml': [['rule-not-a-map', 1, '- title: A list is not a rule\n- detection: {}\n']],
  'collection-repeat-first.yml': [['collection-repeat-first', 1, 'repeat']],
  // Reported once, as invalid-enum with a fix (the collection reader's own error is left out).
  'collection-unknown-action.yml': [['invalid-enum', 1, 'globl']],
  'condition-aggregation.yml': [['condition-aggregation', 10, '>']],
  'ambiguous-rule-kind.yml': [['ambiguous-rule-kind', 6, 'detection']],
  'title-too-long.yml': [['title-too-long', 1, 'A'.repeat(260)]],
  'empty-detection.yml': [
    ['empty-detection', 6, 'detection'],
    ['undefined-identifier', 7, 'selection'],
  ],
}

function describeDiagnostics(text: string, diagnostics: ValidationDiagnostic[]): Expected[] {
  const starts = lineStarts(text)
  return diagnostics.map((d) => [d.code, lineColumn(starts, d.range.start).line, text.slice(d.range.start, d.range.end)])
}

function applyFix(text: string, d: ValidationDiagnostic): string {
  return applyQuickFix(text, d.fix!)
}

const clean = (text: string) => validateRuleText(text, { ...options, disabled: RECOMMENDED })

function fixFor(text: string, code: string, index = 0): ValidationDiagnostic {
  const d = validateRuleText(text, { ...options, disabled: code.startsWith('missing-') ? [] : RECOMMENDED }).filter((x) => x.code === code)[index]
  expect(d, `a ${code} diagnostic`).toBeDefined()
  expect(d.fix, `a fix for ${code}`).toBeDefined()
  return d
}

describe('validateRuleText on fixtures', () => {
  it('has an expectation for every fixture file', () => {
    expect(readdirSync(FIXTURES).filter((f) => f.endsWith('.yml')).sort()).toEqual(Object.keys(EXPECTED).sort())
  })

  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`${file}: ${expected.map((e) => e[0]).join(', ') || 'no problems'}`, () => {
      const text = read(file)
      expect(describeDiagnostics(text, validateRuleText(text, fixtureOptions(file)))).toEqual(expected)
    })
  }

  it('uses only registered codes, with their default severities unless a check says otherwise', () => {
    const known = new Set(listChecks().map((c) => c.code))
    for (const file of Object.keys(EXPECTED)) {
      for (const d of validateRuleText(read(file), options)) expect(known.has(d.code), d.code).toBe(true)
    }
  })
})

describe('severities', () => {
  it('reports structural and condition problems as errors and style as hints', () => {
    const sev = (file: string, code: string) => validateRuleText(read(file), options).find((d) => d.code === code)?.severity
    expect(sev('undefined-identifier.yml', 'undefined-identifier')).toBe('error')
    expect(sev('condition-syntax.yml', 'condition-syntax')).toBe('error')
    expect(sev('dangling-detection.yml', 'dangling-detection')).toBe('warning')
    expect(sev('wildcards-instead-of-modifier.yml', 'wildcards-instead-of-modifier')).toBe('hint')
    expect(sev('invalid-modifier-combination.yml', 'invalid-modifier-combination')).toBe('warning')
  })
})

describe('quick fixes', () => {
  it('generates an id after the title', () => {
    const text = read('missing-id.yml')
    const fixed = applyFix(text, fixFor(text, 'missing-id'))
    expect(fixed.split('\n').slice(0, 2)).toEqual(['title: Fixture rule', `id: ${NEW_ID}`])
    expect(validateRuleText(fixed, options).map((d) => d.code)).not.toContain('missing-id')
  })

  it('turns *x* into |contains and *x into |endswith', () => {
    const text = read('wildcards-instead-of-modifier.yml')
    let fixed = applyFix(text, fixFor(text, 'wildcards-instead-of-modifier', 0))
    expect(fixed).toContain("CommandLine|contains: 'whoami'")
    fixed = applyFix(fixed, fixFor(fixed, 'wildcards-instead-of-modifier', 0))
    expect(fixed).toContain("Image|endswith:\n            - '\\cmd.exe'\n            - '\\powershell.exe'")
    expect(validateRuleText(fixed, options).map((d) => d.code)).not.toContain('wildcards-instead-of-modifier')
  })

  it('removes a duplicate tag line', () => {
    const text = read('tags.yml')
    const fixed = applyFix(text, fixFor(text, 'duplicate-tag'))
    expect(fixed.match(/- attack\.execution\n/g)).toHaveLength(1)
  })

  it("sets today's date on an invalid date and rewrites the old format", () => {
    const text = read('dates.yml')
    expect(applyFix(text, fixFor(text, 'invalid-date'))).toContain('modified: 2024-06-01')
    expect(applyFix(text, fixFor(text, 'old-date-format'))).toContain('date: 2023-01-05')
  })

  it("adds today's date when the rule has none", () => {
    const text = read('valid.yml').replace(/^date: .*\n/m, '')
    const d = fixFor(text, 'missing-date')
    expect(d.fix!.title).toBe('Add date: 2024-06-01')
    const fixed = applyFix(text, d)
    expect(fixed).toMatch(/\ndate: 2024-06-01\n/)
    expect(validateRuleText(fixed, options).map((x) => x.code)).not.toContain('missing-date')
  })

  it('adds a missing required key and a missing condition', () => {
    const text = read('missing-required-key.yml')
    const fixed = applyFix(text, fixFor(text, 'missing-required-key'))
    expect(clean(fixed)).toEqual([])
    const noCondition = read('missing-condition.yml')
    const withCondition = applyFix(noCondition, fixFor(noCondition, 'missing-condition'))
    expect(withCondition).toContain('    condition: 1 of selection_*\nlevel: low')
    expect(clean(withCondition)).toEqual([])
  })

  it('replaces single backslash escapes by single quotes', () => {
    const text = read('control-character.yml')
    const fixed = applyFix(text, fixFor(text, 'control-character'))
    expect(fixed).toContain("Image: 'C:\\temp\\new.exe'")
    expect(clean(fixed)).toEqual([])
    const escape = read('yaml-invalid-escape.yml')
    expect(clean(applyFix(escape, fixFor(escape, 'yaml-syntax')))).toEqual([])
  })

  it('adds status, description and level', () => {
    let text = read('missing-recommended.yml')
    for (const code of RECOMMENDED) text = applyFix(text, fixFor(text, code))
    expect(validateRuleText(text, options)).toEqual([])
    expect(text).toContain('status: experimental')
    expect(text).toContain("    condition: selection\nlevel: medium\n")
  })

  it('moves a leading (?i) into the |i modifier', () => {
    const text = read('regex-flavor.yml')
    expect(applyFix(text, fixFor(text, 'regex-flavor'))).toContain("CommandLine|re|i: 'whoami'")
  })

  it('fixes typos: identifiers, modifiers, keys, enums, tab indentation', () => {
    const cases: [string, string, string][] = [
      ['undefined-identifier.yml', 'undefined-identifier', 'condition: selection and not'],
      ['unknown-modifier.yml', 'unknown-modifier', 'Image|endswith:'],
      ['similar-to-standard-key.yml', 'similar-to-standard-key', '\ndescription: Misspelt'],
      ['invalid-enum.yml', 'invalid-enum', 'status: test\nlevel'],
      ['yaml-tab.yml', 'yaml-syntax', '    selection:\n    Image: x'],
      ['double-wildcard.yml', 'double-wildcard', "'cmd*whoami'"],
      ['number-as-string.yml', 'number-as-string', 'EventID: 4625\n'],
      ['them-single-detection.yml', 'them-single-detection', 'condition: selection'],
    ]
    for (const [file, code, expected] of cases) expect(applyFix(read(file), fixFor(read(file), code)), file).toContain(expected)
  })
})

describe('options and cross-file checks', () => {
  it('drops disabled codes', () => {
    const codes = validateRuleText(read('undefined-identifier.yml'), { ...options, disabled: ['dangling-detection', ...RECOMMENDED] }).map((d) => d.code)
    expect(codes).toEqual(['undefined-identifier', 'undefined-identifier'])
  })

  it('finds ids and titles shared by different files', () => {
    const valid = read('valid.yml')
    const results = validateRuleFiles([
      { path: 'a.yml', text: valid },
      { path: 'b.yml', text: valid },
      { path: 'c.yml', text: read('filter.yml') },
    ], { ...options, disabled: RECOMMENDED })
    const a = results.get('a.yml')!
    expect(a.map((d) => d.code).sort()).toEqual(['duplicate-id', 'duplicate-title'])
    expect(a.find((d) => d.code === 'duplicate-id')!.message).toContain('b.yml:2')
    expect(results.get('c.yml')).toEqual([])
  })

  it('never throws on truncated or mangled rules', () => {
    const text = read('valid.yml') + '---\n' + read('correlation.yml')
    for (let cut = 0; cut <= text.length; cut += 3) {
      expect(() => validateRuleText(text.slice(0, cut))).not.toThrow()
      expect(() => validateRuleText(text.slice(cut))).not.toThrow()
    }
    for (const junk of ['', '---', '- a\n- b', 'detection: 5', 'detection:\n  condition: [1, 2]', 'title: [a', '{}', 'detection:\n  sel:\n    a|re: "(?<=x"\n  condition: sel']) {
      expect(() => validateRuleText(junk)).not.toThrow()
    }
  })
})

describe('helpers', () => {
  it('measures edit distance with transpositions', () => {
    expect(editDistance('desciption', 'description')).toBe(1)
    expect(editDistance('descirption', 'description')).toBe(1)
    expect(editDistance('title', 'title')).toBe(0)
    expect(editDistance('abc', 'xyz', 1)).toBe(2)
  })

  it('recognises IPv4 and IPv6 networks', () => {
    for (const ok of ['10.0.0.0/8', '192.168.1.1', 'fe80::/10', '::1', '2001:db8::/32', '::ffff:10.0.0.1']) expect(isNetwork(ok), ok).toBe(true)
    for (const bad of ['10.0.0.0/33', '256.1.1.1', 'abc', '10.0.0/8', 'fe80::/129', '1:2:3:4:5:6:7:8:9']) expect(isNetwork(bad), bad).toBe(false)
  })
})
