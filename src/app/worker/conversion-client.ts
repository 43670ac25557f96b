// Talks to the conversion worker. At most one request is in flight; while it runs, only the newest
// text is kept, so a burst of keystrokes costs one extra conversion, not one per key. A conversion
// that hangs is abandoned (the worker is replaced) so later edits still get translated.
import type { ConvertAllResult } from '../../sigma'
import type { ConvertRequest, ConvertResponse, ValidationPayload } from './protocol'

export type ConversionOutcome =
  | { kind: 'converted'; result: ConvertAllResult; durationMs: number; validation?: ValidationPayload }
  | { kind: 'failed'; message: string; validation?: ValidationPayload }

/** Extra work done on the same text in the same round trip. */
export interface RequestOptions {
  validate?: ConvertRequest['validate']
}

/** The part of `Worker` the client uses, so tests can supply a fake. */
export interface ConversionWorker {
  postMessage(message: ConvertRequest): void
  terminate(): void
  onmessage: ((event: MessageEvent<ConvertResponse>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
}

export type OutcomeListener = (revision: number, outcome: ConversionOutcome) => void

interface PendingJob {
  revision: number
  text: string
  options?: RequestOptions
}

interface InFlightJob extends PendingJob {
  id: number
  timer: ReturnType<typeof setTimeout>
}

export class ConversionClient {
  private worker: ConversionWorker
  private nextId = 1
  private inFlight: InFlightJob | null = null
  private queued: PendingJob | null = null
  private disposed = false

  constructor(
    private readonly createWorker: () => ConversionWorker,
    private readonly onOutcome: OutcomeListener,
    private readonly timeoutMs = 5000,
  ) {
    this.worker = this.spawn()
  }

  /** Asks for a translation of `text`; the outcome is reported with the same `revision`. */
  request(revision: number, text: string, options?: RequestOptions): void {
    if (this.disposed) return
    this.queued = { revision, text, options }
    this.sendNext()
  }

  dispose(): void {
    this.disposed = true
    if (this.inFlight) clearTimeout(this.inFlight.timer)
    this.inFlight = null
    this.queued = null
    this.worker.terminate()
  }

  private spawn(): ConversionWorker {
    const worker = this.createWorker()
    worker.onmessage = (event) => this.handleResponse(event.data)
    worker.onerror = (event) => {
      event.preventDefault?.()
      this.finish({ kind: 'failed', message: event.message || 'The conversion worker crashed.' }, true)
    }
    return worker
  }

  private sendNext(): void {
    if (this.inFlight || !this.queued) return
    const job = this.queued
    this.queued = null
    const id = this.nextId++
    const timer = setTimeout(() => {
      this.finish({ kind: 'failed', message: `Conversion did not finish within ${this.timeoutMs / 1000} s.` }, true)
    }, this.timeoutMs)
    this.inFlight = { ...job, id, timer }
    this.worker.postMessage({ id, text: job.text, ...job.options })
  }

  private handleResponse(response: ConvertResponse): void {
    // A response for a request we abandoned (timeout, restart) is ignored.
    if (!this.inFlight || response.id !== this.inFlight.id) return
    const outcome: ConversionOutcome = response.ok
      ? { kind: 'converted', result: response.result, durationMs: response.durationMs }
      : { kind: 'failed', message: response.message }
    if (response.validation) outcome.validation = response.validation
    this.finish(outcome, false)
  }

  private finish(outcome: ConversionOutcome, restartWorker: boolean): void {
    const job = this.inFlight
    if (!job || this.disposed) return
    clearTimeout(job.timer)
    this.inFlight = null
    if (restartWorker) {
      this.worker.terminate()
      this.worker = this.spawn()
    }
    this.onOutcome(job.revision, outcome)
    this.sendNext()
  }
}
