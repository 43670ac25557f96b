// Part of `npm test`: when ../shared is present, conformance and regression counts must not fall
// below the committed baseline (quality/baseline.json). Raise the baseline with --update.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runConformance } from './conformance'
import { REPO_ROOT } from './corpus'

interface Baseline {
  /** Byte-identical outputs per backend. */
  conformance: Record<string, number>
  /** Regression cases that pass. */
  regression: number
}

const BASELINE_FILE = join(REPO_ROOT, 'quality', 'baseline.json')

async function measure(): Promise<Baseline | null> {
  const conformance = runConformance()
  if (!conformance) return null
  const { runRegression } = await import('./regression')
  const regression = await runRegression()
  return {
    conformance: Object.fromEntries(conformance.tallies.map((t) => [t.backend, t.identical])),
    regression: regression?.passed ?? 0,
  }
}

async function main(): Promise<void> {
  const current = await measure()
  if (!current) {
    console.log('ratchet: ../shared is not here; conformance and regression are skipped.')
    return
  }
  if (process.argv.includes('--update')) {
    writeFileSync(BASELINE_FILE, JSON.stringify(current, null, 2) + '\n')
    console.log('ratchet: baseline updated', current)
    return
  }
  const baseline: Baseline = existsSync(BASELINE_FILE) ? JSON.parse(readFileSync(BASELINE_FILE, 'utf8')) : { conformance: {}, regression: 0 }
  const failures: string[] = []
  for (const [backend, count] of Object.entries(baseline.conformance)) {
    const now = current.conformance[backend] ?? 0
    if (now < count) failures.push(`conformance ${backend}: ${now} identical, baseline ${count}`)
  }
  if (current.regression < baseline.regression) failures.push(`regression: ${current.regression} passing, baseline ${baseline.regression}`)
  const summary = Object.entries(current.conformance).map(([b, n]) => `${b} ${n}`).join(', ')
  console.log(`ratchet: conformance identical: ${summary}; regression passing: ${current.regression}`)
  if (failures.length > 0) {
    console.error('ratchet: below the committed baseline:\n  ' + failures.join('\n  '))
    process.exitCode = 1
  } else if (JSON.stringify(current) !== JSON.stringify(baseline)) {
    console.log('ratchet: counts differ from the baseline; if they rose, run `npx tsx scripts/ratchet.ts --update` and commit quality/baseline.json.')
  }
}

await main()
