import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { run } from './test'

const dir = mkdtempSync(join(tmpdir(), 'sigma-test-cmd-'))
const file = (name: string, text: string) => {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}
const RULE = file('rule.yml', 'title: Whoami\nauthor: Someone\ndetection:\n  sel:\n    Image|endswith: \\whoami.exe\n  condition: sel\n')

function capture() {
  const out: string[] = []
  const err: string[] = []
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true))
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (err.push(String(chunk)), true))
  return { out: () => out.join(''), err: () => err.join('') }
}

afterEach(() => vi.restoreAllMocks())

describe('sigma-playground test', () => {
  it('prints matches with explanations and the rule author', async () => {
    const events = file('e.jsonl', '{"Image": "C:\\\\x\\\\whoami.exe"}\n{"Image": "cmd.exe"}\n')
    const io = capture()
    expect(await run([RULE, events])).toBe(0)
    expect(io.out()).toContain('author: Someone')
    expect(io.out()).toContain('1 of 2 events match')
    expect(io.out()).toContain('Image|endswith')
  })

  it('--json prints one object whose matches list the matching events', async () => {
    const events = file('e.json', '[{"Image": "cmd.exe"}, {"Image": "C:\\\\x\\\\WHOAMI.EXE"}]')
    const io = capture()
    expect(await run(['--json', RULE, events])).toBe(0)
    const output = JSON.parse(io.out())
    expect(output.matches.map((m: { index: number }) => m.index)).toEqual([1])
    expect(output.matches[0].explanation.selections[0].name).toBe('sel')
  })

  it('exits non-zero on input errors but still reports the other events', async () => {
    const events = file('bad.jsonl', '{"Image": "a\\\\whoami.exe"}\n{broken\n')
    const io = capture()
    expect(await run([RULE, events])).toBe(1)
    expect(io.err()).toContain(':2: error: Invalid JSON')
    expect(io.out()).toContain('1 of 1 events match')
    expect(await run([RULE, join(dir, 'missing.json')])).toBe(1)
    expect(await run([RULE])).toBe(2)
  })
})
