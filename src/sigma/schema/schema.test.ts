import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { LEVEL_VALUES, RELATED_TYPES, STATUS_VALUES, TOP_LEVEL_KEYS } from '../validate/rule-keys'
import { buildSigmaSchema } from './build-schema'
import { ATTACK_TACTICS, FIELDS_BY_LOGSOURCE, LOGSOURCE_CATEGORIES, LOGSOURCE_PRODUCTS, MODIFIERS } from './taxonomy'

const schema = JSON.parse(readFileSync(new URL('./sigma-schema.json', import.meta.url), 'utf8'))

type Props = Record<string, { description?: string; markdownDescription?: string; enum?: string[]; properties?: Props; items?: { properties?: Props } }>

describe('sigma-schema.json', () => {
  it('is what build-schema.ts produces (run write-schema.ts after editing)', () => {
    expect(schema).toEqual(JSON.parse(JSON.stringify(buildSigmaSchema())))
  })

  it('is draft-07 and documents every key for hovers', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#')
    const check = (props: Props, path: string) => {
      for (const [key, value] of Object.entries(props)) {
        expect(value.description, `${path}${key}`).toBeTruthy()
        expect(value.markdownDescription, `${path}${key}`).toBeTruthy()
        if (value.properties) check(value.properties, `${path}${key}.`)
        if (value.items?.properties) check(value.items.properties, `${path}${key}[].`)
      }
    }
    check(schema.properties, '')
  })

  it('knows the same keys and enums as the TS checks', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(TOP_LEVEL_KEYS).sort())
    expect(schema.properties.status.enum).toEqual([...STATUS_VALUES])
    expect(schema.properties.level.enum).toEqual([...LEVEL_VALUES])
    expect(schema.properties.related.items.properties.type.enum).toEqual([...RELATED_TYPES])
  })

  it('tells detection rules, correlations and filters apart by their keys', () => {
    const branch = schema.allOf[0]
    expect(branch.if).toEqual({ required: ['action'] })
    expect(branch.else.if).toEqual({ required: ['correlation'] })
    expect(branch.else.then.required).toEqual(['title', 'correlation'])
    expect(branch.else.else.then.required).toEqual(['title', 'logsource', 'filter'])
    expect(branch.else.else.else.required).toEqual(['title', 'logsource', 'detection'])
  })

  it('accepts both date forms and rejects impossible months', () => {
    const re = new RegExp(schema.properties.date.pattern)
    expect(re.test('2024-01-31')).toBe(true)
    expect(re.test('2019/10/23')).toBe(true)
    expect(re.test('2024-13-01')).toBe(false)
    expect(re.test('24-01-01')).toBe(false)
  })
})

describe('taxonomy', () => {
  it('has unique, documented entries', () => {
    for (const list of [LOGSOURCE_CATEGORIES, LOGSOURCE_PRODUCTS, MODIFIERS, ATTACK_TACTICS]) {
      const names = list.map((e) => e.name)
      expect(new Set(names).size).toBe(names.length)
      for (const e of list) expect(e.doc, e.name).toBeTruthy()
    }
  })

  it('documents every modifier of the specification and lists process_creation fields', () => {
    const names = new Set(MODIFIERS.map((m) => m.name))
    for (const m of ['contains', 'startswith', 'endswith', 'all', 'base64', 'base64offset', 'utf16le', 'utf16be', 'utf16', 'wide', 're', 'cidr', 'windash', 'exists', 'cased', 'expand', 'fieldref', 'gt', 'gte', 'lt', 'lte', 'neq']) expect(names.has(m), m).toBe(true)
    expect(FIELDS_BY_LOGSOURCE.process_creation.map((f) => f.name)).toEqual(expect.arrayContaining(['Image', 'CommandLine', 'ParentImage', 'OriginalFileName']))
  })
})
