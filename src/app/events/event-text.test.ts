import { describe, expect, it } from 'vitest'
import { boundedText, eventPreview, explainedFields, PREVIEW_LENGTH, valueText } from './event-text'

describe('event text', () => {
  it('previews put EventID and event data before Windows System noise, on one bounded line', () => {
    const preview = eventPreview({ Provider_Name: 'SCM', Keywords: '0x8080', ServiceName: 'PSEXESVC', EventID: 7045 })
    expect(preview).toBe('EventID=7045  ServiceName=PSEXESVC  Provider_Name=SCM  Keywords=0x8080')
    const long = eventPreview({ CommandLine: 'x'.repeat(5000), Other: 'line1\nline2' })
    expect(long.length).toBeLessThanOrEqual(PREVIEW_LENGTH)
    expect(long).not.toContain('\n')
  })

  it('bounds values and removes control characters', () => {
    expect(boundedText('a\u0000b\r\nc\u2028d', 100)).toBe('a b c d')
    expect(boundedText('abcdef', 4)).toBe('abc…')
    expect(valueText(['a', 1, null])).toBe('[a, 1, null]')
    expect(valueText({ nested: { x: 1 } })).toBe('{"nested":{"x":1}}')
    const many = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`f${i}`, 'v']))
    const shown = explainedFields(many)
    expect(shown.count).toBe(1000)
    expect(shown.fields.length).toBe(300)
  })
})
