// Differential check of the fast YAML path against the `yaml`-library path on every corpus rule:
// the fast parser must bail out or produce a deep-equal result. Also times both paths.
//   npx tsx scripts/yaml-differential.ts [--verbose]
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { fastParseYamlStream } from '../src/sigma/parse/fast-yaml'
import { parseYamlWithLibrary } from '../src/sigma/parse/yaml-tree'
import { REPO_ROOT, SHARED_DIR, isMain } from './corpus'
import { listYamlFiles } from '../src/test-support/yaml-files'


/** Every YAML file the differential covers: the shared corpora and the repository's fixtures. */
export function corpusFiles(): string[] {
  return [
    join(SHARED_DIR, 'conformance', 'rules'),
    join(SHARED_DIR, 'regression'),
    join(REPO_ROOT, 'src/sigma/backends/__fixtures__'),
    join(REPO_ROOT, 'src/sigma/examples'),
    join(REPO_ROOT, 'src/sigma/validate/__fixtures__'),
  ].flatMap((dir) => listYamlFiles(dir))
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

function timeMedian(run: () => void, runs = 30, warmup = 10): number {
  for (let i = 0; i < warmup; i++) run()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    run()
    times.push(performance.now() - t0)
  }
  return median(times)
}

if (isMain(import.meta.url)) {
  const verbose = process.argv.includes('--verbose')
  const files = corpusFiles()
  const texts = files.map((path) => ({ path, text: readFileSync(path, 'utf8') }))
  let fast = 0
  const bailed: string[] = []
  const mismatches: string[] = []
  for (const { path, text } of texts) {
    const result = fastParseYamlStream(text)
    if (!result) {
      bailed.push(path)
      continue
    }
    fast++
    if (!isDeepStrictEqual(result, parseYamlWithLibrary(text))) mismatches.push(path)
  }
  console.log(`files: ${texts.length}, fast path: ${fast} (${((100 * fast) / texts.length).toFixed(2)}%), bailed: ${bailed.length}, MISMATCHES: ${mismatches.length}`)
  for (const path of mismatches) console.log(`  mismatch: ${path}`)
  if (verbose) for (const path of bailed) console.log(`  bailed: ${path}`)

  const largest = texts.reduce((a, b) => (statSync(b.path).size > statSync(a.path).size ? b : a))
  const lib = timeMedian(() => parseYamlWithLibrary(largest.text))
  const quick = timeMedian(() => fastParseYamlStream(largest.text))
  console.log(`largest (${largest.path.slice(SHARED_DIR.length + 1)}, ${(largest.text.length / 1024).toFixed(0)} KiB): yaml ${lib.toFixed(2)} ms, fast ${quick.toFixed(2)} ms (${(lib / quick).toFixed(1)}x)`)
  const all = (parse: (text: string) => unknown) => () => {
    for (const { text } of texts) parse(text)
  }
  const libAll = timeMedian(all(parseYamlWithLibrary), 5, 2)
  const quickAll = timeMedian(all((text) => fastParseYamlStream(text) ?? parseYamlWithLibrary(text)), 5, 2)
  console.log(`whole corpus: yaml ${libAll.toFixed(0)} ms, fast-then-fallback ${quickAll.toFixed(0)} ms (${(libAll / quickAll).toFixed(1)}x)`)
  if (mismatches.length > 0) process.exitCode = 1
}
