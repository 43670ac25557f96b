// Many events against one compiled rule file, in time slices: the caller (a web worker) gets
// progress, can cancel, and has an overall time budget. A single runaway `|re` cannot be interrupted
// inside one RegExp call, so the UI restarts the worker when it stops answering; `progressCell`
// (a SharedArrayBuffer view) tells the UI which event and which rule value were being evaluated.
import { EventView } from './event-view'
import { entrySlot, testRule } from './evaluate'
import { explainRule } from './explain'
import type { CompileResult, CompiledValue, MatchResult, SigmaEvent } from './types'

/** Layout of `progressCell`: the event index and the id of the regex value being evaluated (-1: none). */
export const PROGRESS_EVENT = 0
export const PROGRESS_VALUE = 1

export interface RunProgress {
  done: number
  total: number
  matches: number
  elapsedMs: number
}

export interface RunOptions {
  /** Work this long before yielding to the event loop (ms). */
  sliceMs?: number
  /** Stop with status 'timeout' after this long (ms); checked between events. */
  budgetMs?: number
  signal?: AbortSignal
  onProgress?: (progress: RunProgress) => void
  /** Int32Array of length ≥ 2, ideally over a SharedArrayBuffer, updated as described above. */
  progressCell?: Int32Array
  /** Build explanations for matches (default true). */
  explain?: boolean
  /** How to yield between slices (default: a macrotask). */
  yieldControl?: () => Promise<void>
}

export interface RunMatch {
  index: number
  result: MatchResult
}

export interface RunOutcome {
  status: 'done' | 'cancelled' | 'timeout'
  matches: RunMatch[]
  /** Events fully evaluated. */
  evaluated: number
  elapsedMs: number
}

const defaultYield = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

export async function runMatches(compiled: CompileResult, events: readonly SigmaEvent[], options: RunOptions = {}): Promise<RunOutcome> {
  const sliceMs = options.sliceMs ?? 16
  const budgetMs = options.budgetMs ?? Infinity
  const yieldControl = options.yieldControl ?? defaultYield
  const cell = options.progressCell
  const probe = cell ? (valueId: number) => Atomics.store(cell, PROGRESS_VALUE, valueId) : undefined
  const explain = options.explain ?? true
  const matches: RunMatch[] = []
  const started = performance.now()
  const outcome = (status: RunOutcome['status'], evaluated: number): RunOutcome => ({ status, matches, evaluated, elapsedMs: performance.now() - started })
  let index = 0
  while (index < events.length) {
    if (options.signal?.aborted) return outcome('cancelled', index)
    const sliceEnd = performance.now() + sliceMs
    do {
      if (performance.now() - started > budgetMs) return outcome('timeout', index)
      if (cell) {
        Atomics.store(cell, PROGRESS_EVENT, index)
        Atomics.store(cell, PROGRESS_VALUE, -1)
      }
      const view = new EventView(events[index])
      for (const rule of compiled.rules) {
        const conditionIndex = testRule(rule, view, probe)
        if (conditionIndex < 0) continue
        matches.push({ index, result: { matched: true, documentIndex: rule.documentIndex, explanation: explain ? explainRule(rule, view, conditionIndex) : undefined } })
        break
      }
      index++
    } while (index < events.length && performance.now() < sliceEnd)
    options.onProgress?.({ done: index, total: events.length, matches: matches.length, elapsedMs: performance.now() - started })
    if (index < events.length) await yieldControl()
  }
  return outcome('done', index)
}

/** The rule value with this id (as written in `progressCell`), to name it after a timeout. */
export function describeValue(compiled: CompileResult, valueId: number): CompiledValue | undefined {
  return valueId >= 0 ? compiled.values[valueId] : undefined
}

/**
 * Without a shared cell the UI only knows the event that hung: these are the regex values that could
 * have been running on it (their field is present), longest event value first.
 */
export function suspectRegexValues(compiled: CompileResult, event: SigmaEvent): CompiledValue[] {
  const view = new EventView(event)
  const found: { value: CompiledValue; length: number }[] = []
  for (const rule of compiled.rules) {
    for (const selection of rule.selections) {
      for (const group of selection.groups) {
        for (const entry of group.entries) {
          const slot = entrySlot(entry, view)
          if (!slot.present) continue
          const length = Math.max(0, ...slot.strings.map((s) => s?.length ?? 0))
          for (const value of entry.values) if (value.isRegex) found.push({ value, length })
        }
      }
    }
  }
  return found.sort((a, b) => b.length - a.length).map((f) => f.value)
}
