// Runs the SigmaHQ regression corpus (../shared/regression: real rules + events recorded on Windows
// hosts) through the matcher, on the typed and the all-strings event files. Every case must pass.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseEventsInput } from '../src/sigma/events/index'
import { compileRule, EventView, testEvent } from '../src/sigma/match/index'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const REGRESSION_DIR = resolve(ROOT, '../shared/regression')

interface IndexFile {
  rules: { rule_id: string; rule_path: string; tests: { dir: string; match_count: number | null }[] }[]
}
interface TestFile {
  tests: { events: { index: number; in_logsource_per_thor_yml: boolean }[] }[]
}

export interface RegressionCase {
  dir: string
  rulePath: string
  required: number
  /** Matches among the events of the rule's log source, per event file. */
  typed: number
  strings: number
  /** Matches among all events (the README says pass/fail should not change). */
  typedAll: number
  errors: string[]
  passed: boolean
}

function countMatches(ruleText: string, eventsText: string, inLogsource: Set<number>, errors: string[]): { inSource: number; all: number; matched: string } {
  const compiled = compileRule(ruleText)
  for (const d of compiled.diagnostics) if (d.severity === 'error') errors.push(`rule: ${d.message}`)
  const parsed = parseEventsInput(eventsText)
  for (const e of parsed.errors) errors.push(`events line ${e.line}: ${e.message}`)
  let inSource = 0
  const matched: number[] = []
  parsed.events.forEach((event, index) => {
    if (testEvent(compiled, new EventView(event.fields)) < 0) return
    matched.push(index)
    if (inLogsource.has(index)) inSource++
  })
  return { inSource, all: matched.length, matched: matched.join(',') }
}

export function runRegressionCases(dir = REGRESSION_DIR): RegressionCase[] | null {
  const indexPath = join(dir, 'index.json')
  if (!existsSync(indexPath)) return null
  const index = JSON.parse(readFileSync(indexPath, 'utf8')) as IndexFile
  const cases: RegressionCase[] = []
  for (const rule of index.rules) {
    for (const test of rule.tests) {
      const folder = join(dir, test.dir)
      const errors: string[] = []
      const meta = JSON.parse(readFileSync(join(folder, 'test.json'), 'utf8')) as TestFile
      const inLogsource = new Set(meta.tests.flatMap((t) => t.events.filter((e) => e.in_logsource_per_thor_yml).map((e) => e.index)))
      const ruleText = readFileSync(join(folder, 'rule.yml'), 'utf8')
      const typed = countMatches(ruleText, readFileSync(join(folder, 'events.jsonl'), 'utf8'), inLogsource, errors)
      const strings = countMatches(ruleText, readFileSync(join(folder, 'events.strings.jsonl'), 'utf8'), inLogsource, [])
      const required = test.match_count ?? 1
      if (typed.matched !== strings.matched) errors.push(`typed and all-strings events disagree: [${typed.matched}] vs [${strings.matched}]`)
      const passed = errors.length === 0 && typed.inSource >= required && strings.inSource >= required && typed.all >= required
      cases.push({ dir: test.dir, rulePath: rule.rule_path, required, typed: typed.inSource, strings: strings.inSource, typedAll: typed.all, errors, passed })
    }
  }
  return cases
}

export async function runRegression(): Promise<{ passed: number; total: number } | null> {
  const cases = runRegressionCases()
  if (!cases) return null
  return { passed: cases.filter((c) => c.passed).length, total: cases.length }
}

function main(): number {
  const cases = runRegressionCases()
  if (!cases) {
    console.log(`Regression corpus not found at ${REGRESSION_DIR}: nothing to run.`)
    return 0
  }
  const nameWidth = Math.min(80, Math.max(...cases.map((c) => c.rulePath.length)))
  console.log(`${'rule'.padEnd(nameWidth)}  need  typed  strings  result`)
  for (const c of cases) {
    const name = c.rulePath.length > nameWidth ? '…' + c.rulePath.slice(-nameWidth + 1) : c.rulePath
    console.log(`${name.padEnd(nameWidth)}  ${String(c.required).padStart(4)}  ${String(c.typed).padStart(5)}  ${String(c.strings).padStart(7)}  ${c.passed ? 'pass' : 'FAIL'}`)
    for (const error of c.errors) console.log(`    ${error}`)
  }
  const passed = cases.filter((c) => c.passed).length
  console.log(`\nregression: ${passed}/${cases.length} cases pass (typed and all-strings events)`)
  return passed === cases.length ? 0 : 1
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main()
