import { describe, expect, it } from 'vitest'
import { convertRuleTextAll } from '../convert-text'
import { validateRuleText } from '../validate'
import { buildTemplate, newUuid, TEMPLATES, todayIso } from './templates'

const values = { id: '3f1c2a9e-7b4d-4c1e-9a2b-5d6e7f8a9b0c', date: '2025-03-04' }

describe('templates', () => {
  for (const { kind } of TEMPLATES) {
    it(`${kind}: passes the validator without any finding and carries the id and date`, () => {
      const text = buildTemplate(kind, values)
      expect(validateRuleText(text)).toEqual([])
      expect(text).toContain(`id: ${values.id}\n`)
      expect(text).toContain(`date: ${values.date}\n`)
    })
  }
  it('the detection rule converts for every backend', () => {
    const { results } = convertRuleTextAll(buildTemplate('rule', values))
    for (const result of Object.values(results)) expect(result.ok).toBe(true)
  })
  it('formats today as YYYY-MM-DD', () => {
    expect(todayIso(new Date(2025, 0, 5))).toBe('2025-01-05')
  })
})

describe('newUuid', () => {
  it('makes version 4 UUIDs the validator accepts', () => {
    const id = newUuid()
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(newUuid()).not.toBe(id)
    expect(newUuid((b) => b.fill(0))).toBe('00000000-0000-4000-8000-000000000000')
  })
})
