// The SigmaHQ rules of the conformance corpus are valid: the validator must report no error on them
// (warnings and hints are fine). Skipped when the shared corpus is not next to the repository.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { validateRuleFiles } from './validate'

const CORPUS = [join(__dirname, '../../../../shared/conformance/rules'), '/work/shared/conformance/rules'].find((p) => existsSync(p))

function ruleFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) ruleFiles(path, out)
    else if (/\.ya?ml$/.test(entry.name)) out.push(path)
  }
  return out
}

describe.skipIf(!CORPUS)('SigmaHQ corpus', () => {
  it('reports no errors on real rules', () => {
    const files = ruleFiles(CORPUS!).map((path) => ({ path, text: readFileSync(path, 'utf8') }))
    expect(files.length).toBeGreaterThan(2000)
    const errors: string[] = []
    for (const [path, diagnostics] of validateRuleFiles(files)) {
      for (const d of diagnostics) if (d.severity === 'error') errors.push(`${path}: ${d.code} ${d.message}`)
    }
    expect(errors).toEqual([])
  }, 60_000)
})
