// npm run bench: speed, measured (never asserted in tests). Prints one table of figures.
//   --skip-browser   node figures only      --skip-build   don't rebuild for the bundle size
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { convertRuleTextAll } from '../src/sigma'
import { conformanceAvailable, CONFORMANCE_DIR, REPO_ROOT } from './corpus'
import { listYamlFiles } from '../src/test-support/yaml-files'

type Row = [string, string]
const rows: Row[] = []
const report = (name: string, value: string) => {
  rows.push([name, value])
  console.log(`${name.padEnd(58)} ${value}`)
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

function timeIt(fn: () => void, runs: number): number {
  for (let i = 0; i < Math.min(20, runs); i++) fn() // warm-up for the JIT
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    fn()
    samples.push(performance.now() - start)
  }
  return median(samples)
}


function benchConversion(): void {
  const seed = readFileSync(join(REPO_ROOT, 'src/sigma/examples/psexec.yml'), 'utf8')
  report('seed rule → all 6 backends, median (node)', `${(timeIt(() => convertRuleTextAll(seed), 500) * 1000).toFixed(0)} µs`)
  if (!conformanceAvailable()) return report('corpus conversion', 'skipped (no ../shared)')
  const texts = listYamlFiles(join(CONFORMANCE_DIR, 'rules')).map((f) => readFileSync(f, 'utf8'))
  convertRuleTextAll(texts[0])
  const start = performance.now()
  for (const text of texts) convertRuleTextAll(text)
  const seconds = (performance.now() - start) / 1000
  report(`corpus (${texts.length} rules) → all 6 backends`, `${seconds.toFixed(2)} s = ${(texts.length / seconds).toFixed(0)} rules/s`)
  const largest = texts.reduce((a, b) => (b.length > a.length ? b : a))
  report(`largest corpus rule (${(largest.length / 1024).toFixed(1)} KiB) → all 6, median`, `${timeIt(() => convertRuleTextAll(largest), 50).toFixed(2)} ms`)
}

async function optional(name: string, load: () => Promise<void>): Promise<void> {
  try {
    await load()
  } catch (error) {
    report(name, `unavailable (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`)
  }
}

function bundleSize(skipBuild: boolean): void {
  if (!skipBuild) execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: REPO_ROOT, stdio: 'inherit' })
  const dist = join(REPO_ROOT, 'dist')
  if (!existsSync(dist)) return report('production bundle', 'no dist/ (run npm run build)')
  let raw = 0
  let gzip = 0
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name)
      if (entry.isDirectory()) walk(path)
      else {
        raw += statSync(path).size
        if (/\.(js|css|html)$/.test(entry.name)) gzip += gzipSync(readFileSync(path)).length
        else gzip += statSync(path).size
      }
    }
  }
  walk(dist)
  report('production bundle (dist/, all assets incl. Monaco)', `${(raw / 1024 / 1024).toFixed(2)} MiB raw, ${(gzip / 1024 / 1024).toFixed(2)} MiB gzip`)
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  benchConversion()
  await optional('diagnostics', async () => {
    const { benchValidation } = await import('../src/sigma/validate/bench')
    const result = await benchValidation()
    for (const [name, value] of Object.entries(result)) report(`diagnostics: ${name}`, String(value))
  })
  await optional('matcher', async () => {
    const { benchMatcher } = await import('../src/sigma/match/bench')
    const result = await benchMatcher()
    for (const [name, value] of Object.entries(result)) report(`matcher: ${name}`, String(value))
  })
  if (!args.includes('--skip-browser')) {
    bundleSize(args.includes('--skip-build'))
    await optional('browser', async () => {
      const { benchBrowser } = await import('./bench-browser')
      const result = await benchBrowser()
      for (const [name, value] of Object.entries(result)) report(`browser: ${name}`, String(value))
    })
    await optional('browser events', async () => {
      const { benchEventsBrowser } = await import('./bench-events-browser')
      // The keystroke benchmark just built the app into the same folder.
      const result = await benchEventsBrowser({ skipBuild: true })
      for (const [name, value] of Object.entries(result)) report(`browser events: ${name}`, String(value))
    })
  }
}

await main()
