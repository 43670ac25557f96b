// npm run conformance [-- --diff [N]] [--backend ID] [--rule SUBSTRING] [--ref-failed]
// Converts every corpus rule with every seed backend (the CLI's code path) and compares the output
// byte for byte with what the reference converter printed.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { BACKENDS } from '../src/sigma/backends'
import { renderRule } from '../src/sigma/convert/convert'
import { PreparedRuleCache } from '../src/sigma/convert/prepare'
import { conformanceAvailable, CONFORMANCE_DIR, isMain } from './corpus'

export interface BackendTally {
  backend: string
  /** Rules the reference converted. */
  referenceConverted: number
  identical: number
  differ: number
  /** We reject where the reference converted. */
  weReject: number
  /** The reference failed: we reject too / we convert. */
  bothReject: number
  weConvert: number
}

/** A rule the reference could not convert, and what we did with it. */
export interface ReferenceFailure {
  backend: string
  rule: string
  referenceReason: string
  /** Our output's absence: null when we converted it. */
  ourError: string | null
}

export interface Difference {
  backend: string
  rule: string
  expected: string
  actual: string
}

interface ReferenceEntry {
  rule: string
  out?: string
  error?: string
}

function readReference(backend: string): ReferenceEntry[] {
  const file = join(CONFORMANCE_DIR, 'legacy', `${backend}.jsonl.gz`)
  return gunzipSync(readFileSync(file))
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as ReferenceEntry)
}

export function runConformance(
  options: { backends?: string[]; ruleFilter?: string } = {},
): { tallies: BackendTally[]; differences: Difference[]; referenceFailures: ReferenceFailure[] } | null {
  if (!conformanceAvailable()) return null
  const prepared = new Map<string, PreparedRuleCache>()
  const prepare = (rule: string): PreparedRuleCache => {
    let p = prepared.get(rule)
    if (!p) {
      p = new PreparedRuleCache(readFileSync(join(CONFORMANCE_DIR, 'rules', rule), 'utf8'))
      prepared.set(rule, p)
    }
    return p
  }
  const tallies: BackendTally[] = []
  const differences: Difference[] = []
  const referenceFailures: ReferenceFailure[] = []
  for (const backend of BACKENDS) {
    if (options.backends && !options.backends.includes(backend.id)) continue
    const tally: BackendTally = { backend: backend.id, referenceConverted: 0, identical: 0, differ: 0, weReject: 0, bothReject: 0, weConvert: 0 }
    for (const entry of readReference(backend.id)) {
      if (options.ruleFilter && !entry.rule.includes(options.ruleFilter)) continue
      const result = renderRule(prepare(entry.rule).get(backend.reference), backend)
      if (entry.out !== undefined) {
        tally.referenceConverted++
        if (!result.ok) {
          tally.weReject++
          differences.push({ backend: backend.id, rule: entry.rule, expected: entry.out, actual: `ERROR: ${result.error}` })
        } else if (result.output === entry.out) tally.identical++
        else {
          tally.differ++
          differences.push({ backend: backend.id, rule: entry.rule, expected: entry.out, actual: result.output })
        }
      } else {
        if (result.ok) tally.weConvert++
        else tally.bothReject++
        const referenceReason = summarizeReferenceError(entry.error ?? '')
        referenceFailures.push({ backend: backend.id, rule: entry.rule, referenceReason, ourError: result.ok ? null : result.error })
      }
    }
    tallies.push(tally)
  }
  return { tallies, differences, referenceFailures }
}

/** The reference's traceback, reduced to its cause ("modifier 'windash' unknown", ...). */
export function summarizeReferenceError(error: string): string {
  const last = error.trim().split('\n').pop() ?? ''
  const unknownModifier = /^KeyError: '([^']+)'/.exec(last)
  if (unknownModifier) return `modifier '${unknownModifier[1]}' unknown to the reference`
  return last.replace(/\s*\((?:rules|deprecated)[^)]*\)/, '').replace(/\s+/g, ' ').slice(0, 90)
}

/** Per backend: each reference failure cause, with what we did (converted, or our error's first words). */
export function formatReferenceFailures(failures: ReferenceFailure[]): string {
  const groups = new Map<string, number>()
  for (const f of failures) {
    const ours = f.ourError === null ? 'we convert' : `we reject: ${f.ourError.split('\n')[0].replace(/'[^']*'|"[^"]*"/g, '…').slice(0, 70)}`
    const key = `${f.backend}\t${f.referenceReason}\t${ours}`
    groups.set(key, (groups.get(key) ?? 0) + 1)
  }
  const lines = [...groups.entries()]
    .sort(([a, n], [b, m]) => a.split('\t')[0].localeCompare(b.split('\t')[0]) || m - n)
    .map(([key, n]) => {
      const [backend, reason, ours] = key.split('\t')
      return `${backend.padEnd(14)} ${String(n).padStart(5)}  ${reason}  →  ${ours}`
    })
  return lines.join('\n') + '\n'
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '-' : ((100 * part) / whole).toFixed(2) + '%'
}

export function formatTable(tallies: BackendTally[]): string {
  const header = ['backend', 'ref ok', 'identical', '%', 'differ', 'we reject', 'ref failed: we reject', 'ref failed: we convert']
  const rows = tallies.map((t) => [t.backend, t.referenceConverted, t.identical, percent(t.identical, t.referenceConverted), t.differ, t.weReject, t.bothReject, t.weConvert].map(String))
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n'
}

function main(): void {
  const args = process.argv.slice(2)
  const diffIndex = args.indexOf('--diff')
  const diffCount = diffIndex < 0 ? 0 : Number(args[diffIndex + 1]) > 0 ? Number(args[diffIndex + 1]) : 10
  const backendIndex = args.indexOf('--backend')
  const ruleIndex = args.indexOf('--rule')
  const started = performance.now()
  const result = runConformance({
    backends: backendIndex >= 0 ? args[backendIndex + 1].split(',') : undefined,
    ruleFilter: ruleIndex >= 0 ? args[ruleIndex + 1] : undefined,
  })
  if (!result) {
    console.log(`conformance: no corpus at ${CONFORMANCE_DIR}; nothing to compare (this is fine on machines without ../shared).`)
    return
  }
  for (const d of result.differences.slice(0, diffCount)) {
    console.log(`--- ${d.backend} ${d.rule}\nexpected: ${JSON.stringify(d.expected)}\nactual:   ${JSON.stringify(d.actual)}\n`)
  }
  process.stdout.write(formatTable(result.tallies))
  if (args.includes('--ref-failed')) process.stdout.write('\nWhere the reference failed:\n' + formatReferenceFailures(result.referenceFailures))
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`)
}

if (isMain(import.meta.url)) main()
