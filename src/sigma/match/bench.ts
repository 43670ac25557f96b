// Throughput benchmark of the matcher (node only: reads rule files from disk). 100 rules × 10,000
// events, every rule evaluated on every event, the way the playground tests a pasted batch.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseEventsInput } from '../events/parse-input'
import { compileRule } from './compile'
import { EventView } from './event-view'
import { testEvent } from './evaluate'
import type { CompileResult, SigmaEvent } from './types'

const HERE = dirname(fileURLToPath(import.meta.url))
const REPO = resolve(HERE, '../../..')
const CORPUS_RULES = resolve(REPO, '../shared/conformance/rules/rules/windows')
const CORPUS_EVENTS = resolve(REPO, '../shared/regression')
const FIXTURES = join(HERE, '__fixtures__')

export interface BenchOptions {
  rules?: number
  events?: number
  /** 'auto' (default): the shared corpus when present, else the fixtures. */
  source?: 'auto' | 'fixtures'
}

export interface BenchResult {
  evaluationsPerSecond: number
  rules: number
  events: number
  evaluations: number
  matches: number
  seconds: number
  compileMsPerRule: number
  source: 'corpus' | 'fixtures'
}

function listFiles(dir: string, ext: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) listFiles(path, ext, out)
    else if (name.endsWith(ext)) out.push(path)
  }
  return out
}

function loadRuleTexts(limit: number, useCorpus: boolean): { texts: string[]; source: BenchResult['source'] } {
  if (useCorpus) {
    const files = listFiles(CORPUS_RULES, '.yml')
    // Spread the pick over the corpus (every k-th file) rather than one folder.
    const step = Math.max(1, Math.floor(files.length / limit))
    const texts = files.filter((_, i) => i % step === 0).slice(0, limit).map((f) => readFileSync(f, 'utf8'))
    return { texts, source: 'corpus' }
  }
  return { texts: listFiles(FIXTURES, '.yml').map((f) => readFileSync(f, 'utf8')), source: 'fixtures' }
}

function loadEvents(useCorpus: boolean): SigmaEvent[] {
  const texts = useCorpus
    ? readdirSync(CORPUS_EVENTS)
        .map((d) => join(CORPUS_EVENTS, d, 'events.jsonl'))
        .filter(existsSync)
    : listFiles(FIXTURES, '.jsonl')
  return texts.flatMap((f) => parseEventsInput(readFileSync(f, 'utf8')).events.map((e) => e.fields))
}

export function benchMatcher(options: BenchOptions = {}): BenchResult {
  const wantedRules = options.rules ?? 100
  const wantedEvents = options.events ?? 10_000
  const useCorpus = options.source !== 'fixtures' && existsSync(CORPUS_RULES) && existsSync(CORPUS_EVENTS)
  const { texts, source } = loadRuleTexts(wantedRules, useCorpus)
  const compileStart = performance.now()
  const compiled: CompileResult[] = texts.map((t) => compileRule(t)).filter((c) => c.rules.some((r) => r.valid))
  const compileMsPerRule = (performance.now() - compileStart) / Math.max(1, texts.length)
  const base = loadEvents(useCorpus)
  if (base.length === 0 || compiled.length === 0) throw new Error('benchMatcher: no rules or events to run')
  const events = Array.from({ length: wantedEvents }, (_, i) => base[i % base.length])
  // Warm-up so the JIT has seen the hot path.
  for (let i = 0; i < Math.min(500, events.length); i++) {
    const view = new EventView(events[i])
    for (const rule of compiled) testEvent(rule, view)
  }
  let matches = 0
  const start = performance.now()
  for (const event of events) {
    // One view per event, shared by every rule: what the playground does with a batch.
    const view = new EventView(event)
    for (const rule of compiled) if (testEvent(rule, view) >= 0) matches++
  }
  const seconds = (performance.now() - start) / 1000
  const evaluations = events.length * compiled.length
  return {
    evaluationsPerSecond: Math.round(evaluations / seconds),
    rules: compiled.length,
    events: events.length,
    evaluations,
    matches,
    seconds,
    compileMsPerRule,
    source,
  }
}
