// The fixture corpus: small rules of our own with events; each rule must match exactly the listed events,
// with an explanation that names a selection that held.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseEventsInput } from '../events/parse-input'
import { compileRule } from './compile'
import { matchEvent } from './match'

const DIR = join(__dirname, '__fixtures__')
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, number[]>
const events = parseEventsInput(readFileSync(join(DIR, 'events.jsonl'), 'utf8')).events

describe('fixture rules', () => {
  it.each(Object.entries(expected))('%s matches events %j', (file, indexes) => {
    const compiled = compileRule(readFileSync(join(DIR, file), 'utf8'))
    expect(compiled.diagnostics).toEqual([])
    const results = events.map((e) => matchEvent(compiled, e.fields))
    expect(results.flatMap((r, i) => (r.matched ? [i] : []))).toEqual(indexes)
    for (const result of results.filter((r) => r.matched)) {
      expect(result.explanation!.condition.result).toBe(true)
      expect(result.explanation!.selections.some((s) => s.matched && s.fields.every((f) => f.matched))).toBe(true)
    }
  })
})
