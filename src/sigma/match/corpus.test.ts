// Smoke test over the shared SigmaHQ corpus (skipped when ../shared is absent): every rule compiles
// without an error and evaluates an event without throwing.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compileRule } from './compile'
import { matchEvent } from './match'

const CORPUS = resolve(__dirname, '../../../../shared/conformance/rules')

function listRules(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) listRules(path, out)
    else if (name.endsWith('.yml')) out.push(path)
  }
  return out
}

describe.skipIf(!existsSync(CORPUS))('SigmaHQ corpus', () => {
  it('compiles every rule without errors', () => {
    const failures: string[] = []
    const event = { EventID: 1, Image: 'C:\\Windows\\System32\\cmd.exe', CommandLine: 'cmd /c whoami', User: 'x' }
    for (const file of listRules(CORPUS)) {
      const compiled = compileRule(readFileSync(file, 'utf8'))
      for (const d of compiled.diagnostics) if (d.severity === 'error') failures.push(`${file}: ${d.code} ${d.message}`)
      matchEvent(compiled, event, { explain: 'always' })
    }
    expect(failures).toEqual([])
  }, 60_000)
})
