// Golden files: every fixture rule (and the seed rule) converted by every backend. The expected
// texts live in __golden__/ and are reviewed by hand when they change (npm run goldens).
import { readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { convertRuleText } from '../convert-text'
import { BACKENDS } from '.'

const HERE = fileURLToPath(new URL('.', import.meta.url))
export const FIXTURE_DIR = join(HERE, '__fixtures__')
export const GOLDEN_DIR = join(HERE, '__golden__')
const SEED = join(HERE, '..', 'examples', 'psexec.yml')

export interface GoldenCase {
  name: string
  backend: string
  ruleFile: string
  goldenFile: string
}

export function goldenCases(): GoldenCase[] {
  const rules = [SEED, ...readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.yml')).sort().map((f) => join(FIXTURE_DIR, f))]
  return rules.flatMap((ruleFile) => {
    const name = basename(ruleFile, '.yml')
    return BACKENDS.map((b) => ({ name, backend: b.id, ruleFile, goldenFile: join(GOLDEN_DIR, `${name}.${b.id}.txt`) }))
  })
}

/** The golden text of a conversion: the output itself, or the error after an `ERROR: ` prefix. */
export function goldenText(c: GoldenCase): string {
  const result = convertRuleText(readFileSync(c.ruleFile, 'utf8'), c.backend)
  return result.ok ? result.output : `ERROR: ${result.error}\n`
}
