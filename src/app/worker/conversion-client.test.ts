import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ConversionClient, type ConversionOutcome, type ConversionWorker } from './conversion-client'
import type { ConvertRequest, ConvertResponse } from './protocol'

class FakeWorker implements ConversionWorker {
  sent: ConvertRequest[] = []
  terminated = false
  onmessage: ConversionWorker['onmessage'] = null
  onerror: ConversionWorker['onerror'] = null
  postMessage(message: ConvertRequest) {
    this.sent.push(message)
  }
  terminate() {
    this.terminated = true
  }
  reply(response: ConvertResponse) {
    this.onmessage?.({ data: response } as MessageEvent<ConvertResponse>)
  }
  succeed(request: ConvertRequest, output = request.text) {
    this.reply({ id: request.id, ok: true, durationMs: 1, result: { diagnostics: [], results: { x: { ok: true, output } } } })
  }
}

describe('ConversionClient', () => {
  let workers: FakeWorker[]
  let outcomes: Array<[number, ConversionOutcome]>
  let client: ConversionClient

  beforeEach(() => {
    vi.useFakeTimers()
    workers = []
    outcomes = []
    client = new ConversionClient(
      () => {
        const worker = new FakeWorker()
        workers.push(worker)
        return worker
      },
      (revision, outcome) => outcomes.push([revision, outcome]),
      1000,
    )
  })
  afterEach(() => {
    client.dispose()
    vi.useRealTimers()
  })

  it('reports the outcome with the revision of the request', () => {
    client.request(7, 'a')
    workers[0].succeed(workers[0].sent[0])
    expect(outcomes).toHaveLength(1)
    expect(outcomes[0][0]).toBe(7)
    expect(outcomes[0][1]).toMatchObject({ kind: 'converted', durationMs: 1 })
  })

  it('keeps one request in flight and only the newest text queued', () => {
    client.request(1, 'a')
    client.request(2, 'ab')
    client.request(3, 'abc')
    const worker = workers[0]
    expect(worker.sent.map((r) => r.text)).toEqual(['a'])
    worker.succeed(worker.sent[0])
    expect(worker.sent.map((r) => r.text)).toEqual(['a', 'abc'])
    worker.succeed(worker.sent[1])
    expect(outcomes.map(([revision]) => revision)).toEqual([1, 3])
  })

  it('ignores responses whose id it did not ask for', () => {
    client.request(1, 'a')
    workers[0].reply({ id: 999, ok: true, durationMs: 1, result: { diagnostics: [], results: {} } })
    expect(outcomes).toEqual([])
  })

  it('reports a converter exception as a failure', () => {
    client.request(1, 'a')
    workers[0].reply({ id: workers[0].sent[0].id, ok: false, message: 'boom' })
    expect(outcomes).toEqual([[1, { kind: 'failed', message: 'boom' }]])
  })

  it('replaces a worker that hangs and carries on with the next text', () => {
    client.request(1, 'slow')
    client.request(2, 'next')
    vi.advanceTimersByTime(1000)
    expect(outcomes[0]).toEqual([1, { kind: 'failed', message: 'Conversion did not finish within 1 s.' }])
    expect(workers[0].terminated).toBe(true)
    expect(workers[1].sent.map((r) => r.text)).toEqual(['next'])
    // A late answer from the abandoned worker changes nothing.
    workers[0].succeed(workers[0].sent[0])
    expect(outcomes).toHaveLength(1)
  })

  it('replaces a crashed worker', () => {
    client.request(1, 'a')
    workers[0].onerror?.({ message: 'crash', preventDefault() {} } as ErrorEvent)
    expect(outcomes[0]).toEqual([1, { kind: 'failed', message: 'crash' }])
    expect(workers).toHaveLength(2)
  })

  it('does nothing after dispose', () => {
    client.dispose()
    client.request(1, 'a')
    expect(workers[0].sent).toEqual([])
    expect(workers[0].terminated).toBe(true)
  })
})
