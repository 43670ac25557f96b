// Property tests: random rules and events never make the matcher throw.
import { describe, expect, it } from 'vitest'
import { compileRule } from './compile'
import { MODIFIERS } from './modifiers'
import { matchEvent } from './match'
import { ruleText } from './test-helpers'
import { seededRandom } from '../../test-support/seeded-random'

/** A small deterministic PRNG so failures reproduce. */

const ATOMS = ['*', '?', '\\', '\\*', '\\\\', 'a', 'B', ' ', '-', '/', '%x%', '(', ')', '[', '.', '1', '0x1', 'null', 'true', "'", '"', ':', '#', '\n', '\u2013', 'é', '10.0.0.0/8', '::1']
const MODS = [...Object.keys(MODIFIERS), 'bogus', '']
const FIELDS = ['A', 'B', 'a.b', '__proto__', 'constructor', '']

describe('fuzz', () => {
  const random = seededRandom(42)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]
  const word = (n: number) => Array.from({ length: 1 + Math.floor(random() * n) }, () => pick(ATOMS)).join('')
  const yamlValue = () => JSON.stringify(word(6))
  const randomEvent = (): Record<string, unknown> => {
    const values: unknown[] = [word(8), 5, -1.5, null, true, [word(3), 7], { b: word(4) }, '', '10.1.2.3', 'fe80::1']
    const event: Record<string, unknown> = {}
    for (const field of FIELDS) if (random() < 0.6) event[field] = pick(values)
    return event
  }

  it('random detections compile to diagnostics, never exceptions, and evaluate safely', () => {
    for (let i = 0; i < 400; i++) {
      const lines: string[] = []
      const names = ['s1', 's2', '_s3']
      for (const name of names) {
        lines.push(`${name}:`)
        const entries = 1 + Math.floor(random() * 3)
        for (let e = 0; e < entries; e++) {
          const mods = Array.from({ length: Math.floor(random() * 3) }, () => pick(MODS))
          const key = [pick(FIELDS.slice(0, 3)), ...mods].join('|')
          lines.push(random() < 0.5 ? `  '${key}': ${yamlValue()}` : `  '${key}':\n    - ${yamlValue()}\n    - ${pick(['1', 'null', 'true', yamlValue()])}`)
        }
      }
      lines.push(`condition: ${pick(['s1', 'all of s*', '1 of them', 's1 and not s2', '(s1 or _s3) and not 1 of s*', 's1 |', 'bogus', 'not'])}`)
      const text = ruleText(lines.join('\n'))
      const compiled = compileRule(text, { placeholders: { x: ['1', '*'] } })
      for (const d of compiled.diagnostics) {
        expect(d.range.start).toBeGreaterThanOrEqual(0)
        expect(d.range.end).toBeLessThanOrEqual(text.length)
      }
      for (let k = 0; k < 5; k++) {
        const result = matchEvent(compiled, randomEvent(), { explain: 'always' })
        expect(typeof result.matched).toBe('boolean')
      }
    }
  })

  it('random text as a rule never throws', () => {
    for (let i = 0; i < 300; i++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 30) }, () => pick([...ATOMS, 'detection:', 'condition:', '  ', '- ', '---', '|'])).join('')
      expect(() => matchEvent(compileRule(text), randomEvent(), { explain: 'always' })).not.toThrow()
    }
  })
})
