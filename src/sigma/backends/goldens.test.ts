import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { goldenCases, goldenText } from './goldens'

describe('golden outputs', () => {
  for (const c of goldenCases()) {
    it(`${c.name} → ${c.backend}`, () => {
      expect(existsSync(c.goldenFile), `missing ${c.goldenFile}: run npm run goldens and review`).toBe(true)
      expect(goldenText(c)).toBe(readFileSync(c.goldenFile, 'utf8'))
    })
  }
})
