// Benchmark for scripts/bench.ts: median time to validate the largest rule of the conformance
// corpus (target < 20 ms, so diagnostics keep up with typing). Node-only (reads files).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseYamlStream } from '../parse/yaml-tree'
import { validateRuleText } from './validate'

const CORPUS_CANDIDATES = [
  process.env.SIGMA_CORPUS,
  fileURLToPath(new URL('../../../../shared/conformance/rules', import.meta.url)),
  fileURLToPath(new URL('../../../shared/conformance/rules', import.meta.url)),
]

function largestRule(): { path: string; text: string } {
  const root = CORPUS_CANDIDATES.find((p): p is string => !!p && existsSync(p))
  let best = { path: '', size: -1 }
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (/\.ya?ml$/.test(entry.name)) {
        const size = statSync(path).size
        if (size > best.size) best = { path, size }
      }
    }
  }
  walk(root ?? fileURLToPath(new URL('./__fixtures__', import.meta.url)))
  return { path: best.path, text: readFileSync(best.path, 'utf8') }
}

export async function benchValidation(runs = 30): Promise<Record<string, string | number>> {
  const { path, text } = largestRule()
  for (let i = 0; i < 3; i++) validateRuleText(text) // warm-up: JIT and lazy tables
  const times: number[] = []
  // CPU time too: on a shared, loaded machine wall time mostly measures the other processes.
  const cpuTimes: number[] = []
  let count = 0
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    const cpu = process.cpuUsage()
    count = validateRuleText(text).length
    const used = process.cpuUsage(cpu)
    times.push(performance.now() - start)
    cpuTimes.push((used.user + used.system) / 1000)
  }
  cpuTimes.sort((a, b) => a - b)
  times.sort((a, b) => a - b)
  const median = times[Math.floor(times.length / 2)]
  // The YAML parse (core parser) is most of the cost on big files: report it apart.
  const parseTimes: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    parseYamlStream(text)
    parseTimes.push(performance.now() - start)
  }
  parseTimes.sort((a, b) => a - b)
  return {
    'largest rule': `${path.split(/[\\/]/).slice(-2).join('/')} (${(text.length / 1024).toFixed(0)} KiB, ${count} diagnostics)`,
    'validate median ms (target < 20)': Number(median.toFixed(2)),
    'validate median CPU ms': Number(cpuTimes[Math.floor(cpuTimes.length / 2)].toFixed(2)),
    'validate p90 ms': Number(times[Math.floor(times.length * 0.9)].toFixed(2)),
    'of which YAML parse median ms': Number(parseTimes[Math.floor(parseTimes.length / 2)].toFixed(2)),
  }
}
