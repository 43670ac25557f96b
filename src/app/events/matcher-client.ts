// Talks to the matcher worker. One evaluation is in flight at a time: a new one replaces it (the
// worker drops the old run at its next time slice). A watchdog replaces a worker that stops
// answering, which is how a runaway `|re` (one RegExp call cannot be interrupted) is stopped; the
// shared progress cell, or else the last progress message, says which event and rule value hung.
import { PROGRESS_EVENT, PROGRESS_VALUE } from '../../sigma/match/runner'
import { EVENTS_MISSING, type ExplainedEvent, type MatcherRequest, type MatcherResponse, type MissingField, type ParsedEvents, type RegexValueInfo, type RunProgressInfo } from './protocol'
export { EVENTS_MISSING } from './protocol'

/** The part of `Worker` the client uses, so tests can supply a fake. */
export interface MatcherWorker {
  postMessage(message: MatcherRequest, transfer?: Transferable[]): void
  terminate(): void
  onmessage: ((event: MessageEvent<MatcherResponse>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
}

export interface HangReport {
  /** What the worker was doing when it stopped answering. */
  phase: 'parsing' | 'matching' | 'explaining'
  ruleRevision: number
  eventsRevision: number
  /** Index of the event being evaluated (exact with shared memory, else the first one not reported done). */
  eventIndex: number | null
  /** The rule value that was running (shared memory only). */
  value: RegexValueInfo | null
  /** Without shared memory: the regex values that could have been running on that event. */
  suspects: RegexValueInfo[] | null
  exact: boolean
  /** How many events were reported done before the hang. */
  done: number
}

export interface MatcherListener {
  onParsing?(eventsRevision: number): void
  onParsed?(parsed: ParsedEvents): void
  onCompiled?(info: { ruleRevision: number; eventsRevision: number; missingFields: MissingField[]; ruleErrors: number; documents: number; regexValues: RegexValueInfo[] }): void
  onProgress?(progress: RunProgressInfo): void
  onResult?(result: Extract<MatcherResponse, { type: 'result' }>): void
  onExplained?(event: ExplainedEvent): void
  onFailed?(message: string, kind: 'run' | 'explain'): void
  onHang?(report: HangReport): void
  /** A later answer about the same hang (the suspects, computed by the replacement worker). */
  onHangUpdate?(report: HangReport): void
}

export interface MatcherClientOptions {
  /** No message for this long while busy: the worker is considered hung (ms). */
  hangMs?: number
  /** Allowance for parsing a large input, which cannot report progress (ms). */
  parseMs?: number
  /** Use a SharedArrayBuffer progress cell (default: when the page is cross-origin isolated). */
  sharedMemory?: boolean
}

/** Extra wait before declaring a hang, so messages queued behind a busy UI thread are seen first. */
const CONFIRM_MS = 250

interface RunJob {
  id: number
  ruleRevision: number
  ruleText: string
  eventsRevision: number
  eventsText: string
  phase: 'parsing' | 'matching'
  lastProgress: RunProgressInfo | null
  regexValues: RegexValueInfo[]
  resent?: boolean
}

interface ExplainJob {
  id: number
  index: number
}

export class MatcherClient {
  private worker: MatcherWorker
  private cell: Int32Array | null = null
  private nextId = 1
  private run: RunJob | null = null
  private explainJob: ExplainJob | null = null
  private workerEventsRevision = -1
  private lastMessageAt = 0
  private lastCellEvent = -1
  private watchdog: ReturnType<typeof setTimeout> | null = null
  private disposed = false
  private readonly hangMs: number
  private readonly parseMs: number
  private readonly sharedMemory: boolean

  constructor(
    private readonly createWorker: () => MatcherWorker,
    private readonly listener: MatcherListener,
    options: MatcherClientOptions = {},
  ) {
    this.hangMs = options.hangMs ?? 2000
    this.parseMs = options.parseMs ?? 30_000
    this.sharedMemory = options.sharedMemory ?? (typeof SharedArrayBuffer !== 'undefined' && globalThis.crossOriginIsolated === true)
    this.worker = this.spawn()
  }

  /** True when hangs are reported exactly (shared progress cell). */
  get exactHangReports(): boolean {
    return this.cell !== null
  }

  get busy(): boolean {
    return this.run !== null
  }

  /** Evaluates the rule on the events; replaces an evaluation in flight. */
  evaluate(ruleRevision: number, ruleText: string, eventsRevision: number, eventsText: string): void {
    if (this.disposed) return
    if (this.run) this.worker.postMessage({ type: 'cancel', id: this.run.id })
    const id = this.nextId++
    const sendText = this.workerEventsRevision !== eventsRevision
    this.run = { id, ruleRevision, ruleText, eventsRevision, eventsText, phase: sendText ? 'parsing' : 'matching', lastProgress: null, regexValues: [] }
    if (this.cell) {
      Atomics.store(this.cell, PROGRESS_EVENT, -1)
      Atomics.store(this.cell, PROGRESS_VALUE, -1)
    }
    this.worker.postMessage({
      type: 'run',
      id,
      ruleRevision,
      ruleText,
      eventsRevision,
      ...(sendText ? { eventsText } : {}),
      ...(this.cell ? { progressCell: this.cell } : {}),
    })
    this.workerEventsRevision = eventsRevision
    this.arm()
  }

  /** Stops the evaluation in flight; its (partial) result still arrives with status 'cancelled'. */
  cancel(): void {
    if (this.run) this.worker.postMessage({ type: 'cancel', id: this.run.id })
  }

  /** Asks why event `index` matched or not, for the latest evaluated rule. */
  explain(index: number): void {
    if (this.disposed) return
    const id = this.nextId++
    this.explainJob = { id, index }
    this.worker.postMessage({ type: 'explain', id, index })
    this.arm()
  }

  dispose(): void {
    this.disposed = true
    this.disarm()
    this.run = null
    this.explainJob = null
    this.worker.terminate()
  }

  private spawn(): MatcherWorker {
    const worker = this.createWorker()
    this.cell = this.sharedMemory ? new Int32Array(new SharedArrayBuffer(8)).fill(-1) : null
    this.lastCellEvent = -1
    worker.onmessage = (event) => this.handle(event.data)
    worker.onerror = (event) => {
      event.preventDefault?.()
      this.crashed(event.message || 'The matcher worker crashed.')
    }
    return worker
  }

  private restart(): void {
    this.worker.terminate()
    this.worker = this.spawn()
    this.workerEventsRevision = -1
  }

  private handle(message: MatcherResponse): void {
    if (this.disposed) return
    this.lastMessageAt = performance.now()
    const run = this.run
    if (message.type === 'explained' || (message.type === 'failed' && this.explainJob?.id === message.id)) {
      if (this.explainJob?.id !== message.id) return
      this.explainJob = null
      if (message.type === 'explained') this.listener.onExplained?.(message.event)
      else this.listener.onFailed?.(message.message, 'explain')
      this.settle()
      this.arm()
      return
    }
    if (message.type === 'suspects') return // answered through pendingSuspects
    if (!run || message.id !== run.id) return
    switch (message.type) {
      case 'parsing':
        run.phase = 'parsing'
        this.listener.onParsing?.(message.eventsRevision)
        break
      case 'parsed':
        run.phase = 'matching'
        this.listener.onParsed?.(message.parsed)
        break
      case 'compiled':
        run.phase = 'matching'
        run.regexValues = message.regexValues
        this.listener.onCompiled?.(message)
        break
      case 'progress':
        run.lastProgress = message.progress
        this.listener.onProgress?.(message.progress)
        break
      case 'result':
        this.run = null
        this.listener.onResult?.(message)
        break
      case 'failed':
        this.run = null
        // The worker may not hold the events (it was replaced): send them again, once.
        this.workerEventsRevision = -1
        if (message.message === EVENTS_MISSING && !run.resent) {
          this.evaluate(run.ruleRevision, run.ruleText, run.eventsRevision, run.eventsText)
          if (this.run) (this.run as RunJob).resent = true
          return
        }
        this.listener.onFailed?.(message.message, 'run')
        break
    }
    this.settle()
    this.arm()
  }

  private settle(): void {
    if (!this.run && !this.explainJob) this.disarm()
  }

  /** (Re)starts the silence timer; called on every request and every message from the worker. */
  private arm(): void {
    if (!this.run && !this.explainJob) return
    this.lastMessageAt = performance.now()
    this.disarm()
    this.schedule(this.allowance(), false)
  }

  private disarm(): void {
    if (this.watchdog !== null) clearTimeout(this.watchdog)
    this.watchdog = null
  }

  private allowance(): number {
    return this.run?.phase === 'parsing' ? this.parseMs : this.hangMs
  }

  private schedule(ms: number, confirming: boolean): void {
    this.watchdog = setTimeout(() => this.check(confirming), Math.max(10, ms))
  }

  private check(confirming: boolean): void {
    this.watchdog = null
    if (this.disposed || (!this.run && !this.explainJob)) return
    const silentFor = performance.now() - this.lastMessageAt
    // The shared cell moving means the worker is busy but alive (e.g. a slow, finite regex).
    const cellEvent = this.cell ? Atomics.load(this.cell, PROGRESS_EVENT) : -1
    const moved = cellEvent !== this.lastCellEvent
    this.lastCellEvent = cellEvent
    if (moved && this.run?.phase === 'matching') return this.schedule(this.hangMs, false)
    if (silentFor < this.allowance()) return this.schedule(this.allowance() - silentFor, false)
    // Messages may be queued behind a busy UI thread: give them one more short turn before giving up.
    if (!confirming) return this.schedule(CONFIRM_MS, true)
    this.hung()
  }

  private hung(): void {
    const run = this.run
    const explainJob = this.explainJob
    const phase: HangReport['phase'] = run ? run.phase : 'explaining'
    const cellEvent = this.cell ? Atomics.load(this.cell, PROGRESS_EVENT) : -1
    const cellValue = this.cell ? Atomics.load(this.cell, PROGRESS_VALUE) : -1
    const regexValues = run?.regexValues ?? []
    let report: HangReport
    if (phase === 'explaining') {
      report = { phase, ruleRevision: -1, eventsRevision: -1, eventIndex: explainJob?.index ?? null, value: null, suspects: null, exact: false, done: 0 }
    } else {
      const exact = this.cell !== null && cellEvent >= 0
      const value = exact ? (regexValues.find((v) => v.id === cellValue) ?? null) : null
      report = {
        phase,
        ruleRevision: run!.ruleRevision,
        eventsRevision: run!.eventsRevision,
        eventIndex: phase === 'parsing' ? null : exact ? cellEvent : (run!.lastProgress?.done ?? 0),
        value,
        suspects: null,
        exact: exact && value !== null,
        done: run!.lastProgress?.done ?? 0,
      }
    }
    this.run = null
    this.explainJob = null
    this.disarm()
    this.restart()
    this.listener.onHang?.(report)
    // Without the exact value, let the new worker list the regexes that could have run on that event.
    if (!report.exact && report.eventIndex !== null && run && regexValues.length > 0) this.askSuspects(run, report)
  }

  private askSuspects(run: RunJob, report: HangReport): void {
    const id = this.nextId++
    const worker = this.worker
    const previous = worker.onmessage
    worker.onmessage = (event) => {
      const message = event.data
      if (message.type === 'suspects' && message.id === id) {
        worker.onmessage = previous
        if (this.worker === worker && !this.disposed) this.listener.onHangUpdate?.({ ...report, suspects: message.values })
        return
      }
      previous?.call(worker, event)
    }
    worker.postMessage({ type: 'suspects', id, ruleText: run.ruleText, eventsRevision: run.eventsRevision, eventsText: run.eventsText, index: report.eventIndex! })
    // The replacement worker now holds these events.
    this.workerEventsRevision = run.eventsRevision
  }

  private crashed(message: string): void {
    const hadRun = this.run !== null
    const hadExplain = this.explainJob !== null
    this.run = null
    this.explainJob = null
    this.disarm()
    this.restart()
    if (hadRun) this.listener.onFailed?.(message, 'run')
    else if (hadExplain) this.listener.onFailed?.(message, 'explain')
  }
}
