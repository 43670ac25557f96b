import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { EVENTS_MISSING, MatcherClient, type HangReport, type MatcherWorker } from './matcher-client'
import type { MatcherRequest, MatcherResponse } from './protocol'
import { PROGRESS_EVENT, PROGRESS_VALUE } from '../../sigma/match'

class FakeWorker implements MatcherWorker {
  sent: MatcherRequest[] = []
  terminated = false
  onmessage: MatcherWorker['onmessage'] = null
  onerror: MatcherWorker['onerror'] = null
  postMessage(message: MatcherRequest) {
    this.sent.push(message)
  }
  terminate() {
    this.terminated = true
  }
  reply(response: MatcherResponse) {
    this.onmessage?.({ data: response } as MessageEvent<MatcherResponse>)
  }
  lastRun() {
    return this.sent.filter((m) => m.type === 'run').at(-1) as Extract<MatcherRequest, { type: 'run' }>
  }
}

const REGEX = { id: 3, text: '^(a+)+$', range: { start: 10, end: 19 } }

describe('MatcherClient', () => {
  let workers: FakeWorker[]
  let hangs: HangReport[]
  let updates: HangReport[]
  let results: number[]

  const make = (sharedMemory: boolean) =>
    new MatcherClient(
      () => {
        const worker = new FakeWorker()
        workers.push(worker)
        return worker
      },
      { onHang: (r) => hangs.push(r), onHangUpdate: (r) => updates.push(r), onResult: (r) => results.push(r.id) },
      { hangMs: 2000, parseMs: 30_000, sharedMemory },
    )

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] })
    workers = []
    hangs = []
    updates = []
    results = []
  })
  afterEach(() => vi.useRealTimers())

  const compiled = (_worker: FakeWorker, id: number): MatcherResponse => ({ type: 'compiled', id, ruleRevision: 1, eventsRevision: 1, regexValues: [REGEX], missingFields: [], ruleErrors: 0, documents: 1 })

  it('sends the events text only when the worker does not have it', () => {
    const client = make(false)
    client.evaluate(1, 'rule', 1, 'events')
    expect(workers[0].lastRun().eventsText).toBe('events')
    client.evaluate(2, 'rule2', 1, 'events')
    expect(workers[0].lastRun().eventsText).toBeUndefined()
    // The previous run is cancelled, and its late answer ignored.
    expect(workers[0].sent.some((m) => m.type === 'cancel' && m.id === 1)).toBe(true)
    workers[0].reply({ type: 'result', id: 1, ruleRevision: 1, eventsRevision: 1, status: 'cancelled', flags: new Uint8Array(1), matchCount: 0, evaluated: 0, elapsedMs: 1 })
    expect(results).toEqual([])
    client.dispose()
  })

  it('keeps a worker that reports progress, and allows a long parse', () => {
    const client = make(false)
    client.evaluate(1, 'rule', 1, 'events')
    const id = workers[0].lastRun().id
    workers[0].reply({ type: 'parsing', id, eventsRevision: 1, length: 6 })
    vi.advanceTimersByTime(10_000)
    expect(hangs).toEqual([])
    workers[0].reply({ type: 'parsed', id, parsed: { eventsRevision: 1, format: 'json', count: 2, lines: new Int32Array(2), previews: '', previewOffsets: new Uint32Array(3), errors: [], errorCount: 0, parseMs: 1 } })
    workers[0].reply(compiled(workers[0], id))
    for (let i = 0; i < 10; i++) {
      vi.advanceTimersByTime(1500)
      workers[0].reply({ type: 'progress', id, progress: { done: i, total: 100, matches: 0, elapsedMs: i } })
    }
    expect(hangs).toEqual([])
    expect(workers).toHaveLength(1)
    client.dispose()
  })

  it('without shared memory: restarts a silent worker and asks the new one for suspects', () => {
    const client = make(false)
    client.evaluate(1, 'rule', 1, 'events')
    const id = workers[0].lastRun().id
    workers[0].reply(compiled(workers[0], id))
    workers[0].reply({ type: 'progress', id, progress: { done: 41, total: 100, matches: 2, elapsedMs: 20 } })
    vi.advanceTimersByTime(2500)
    expect(workers[0].terminated).toBe(true)
    expect(hangs).toHaveLength(1)
    expect(hangs[0]).toMatchObject({ phase: 'matching', eventIndex: 41, exact: false, value: null, done: 41 })
    const ask = workers[1].sent[0]
    expect(ask).toMatchObject({ type: 'suspects', eventsText: 'events', index: 41, ruleText: 'rule' })
    workers[1].reply({ type: 'suspects', id: ask.id, values: [REGEX] })
    expect(updates[0].suspects).toEqual([REGEX])
    // The replacement worker got the events with the suspects request: the next run does not resend them.
    client.evaluate(2, 'rule2', 1, 'events')
    expect(workers[1].lastRun().eventsText).toBeUndefined()
    client.dispose()
  })

  it('with shared memory: names the event and the rule value from the progress cell', () => {
    const client = make(true)
    client.evaluate(1, 'rule', 1, 'events')
    const run = workers[0].lastRun()
    expect(run.progressCell).toBeInstanceOf(Int32Array)
    workers[0].reply(compiled(workers[0], run.id))
    Atomics.store(run.progressCell!, PROGRESS_EVENT, 7)
    Atomics.store(run.progressCell!, PROGRESS_VALUE, REGEX.id)
    vi.advanceTimersByTime(2100)
    // The cell moved since the last look: alive for one more period, then silent.
    vi.advanceTimersByTime(2500)
    expect(hangs).toHaveLength(1)
    expect(hangs[0]).toMatchObject({ eventIndex: 7, value: REGEX, exact: true })
    expect(workers).toHaveLength(2)
    expect(workers[1].sent).toEqual([])
    client.dispose()
  })

  it('reports a hang while explaining one event', () => {
    const client = make(false)
    client.explain(5)
    vi.advanceTimersByTime(2500)
    expect(hangs[0]).toMatchObject({ phase: 'explaining', eventIndex: 5 })
    client.dispose()
  })
})

describe('MatcherClient when the worker lost the events', () => {
  it('sends the events again once', () => {
    const workers: FakeWorker[] = []
    const failures: string[] = []
    const client = new MatcherClient(
      () => {
        const w = new FakeWorker()
        workers.push(w)
        return w
      },
      { onFailed: (m) => failures.push(m) },
      { sharedMemory: false },
    )
    client.evaluate(1, 'rule', 1, 'events')
    client.evaluate(2, 'rule', 1, 'events')
    const second = workers[0].lastRun()
    expect(second.eventsText).toBeUndefined()
    workers[0].reply({ type: 'failed', id: second.id, message: EVENTS_MISSING })
    expect(workers[0].lastRun().eventsText).toBe('events')
    expect(failures).toEqual([])
    client.dispose()
  })
})
