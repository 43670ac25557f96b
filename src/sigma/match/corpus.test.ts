// Smoke test over the shared SigmaHQ corpus (skipped when ../shared is absent): every rule compiles
// without an error and evaluates an event without throwing.
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compileRule } from './compile'
import { matchEvent } from './match'
import { listYamlFiles } from '../../test-support/yaml-files'

const CORPUS = resolve(__dirname, '../../../../shared/conformance/rules')


describe.skipIf(!existsSync(CORPUS))('SigmaHQ corpus', () => {
  it('compiles every rule without errors', () => {
    const failures: string[] = []
    const event = { EventID: 1, Image: 'C:\\Windows\\System32\\cmd.exe', CommandLine: 'cmd /c whoami', User: 'x' }
    for (const file of listYamlFiles(CORPUS)) {
      const compiled = compileRule(readFileSync(file, 'utf8'))
      for (const d of compiled.diagnostics) if (d.severity === 'error') failures.push(`${file}: ${d.code} ${d.message}`)
      matchEvent(compiled, event, { explain: 'always' })
    }
    expect(failures).toEqual([])
  }, 60_000)
})
