// Keeps the events pane in step with the rule and the events: debounced evaluations in the matcher
// worker, explanations for the selected event, and the hang/cancel reporting.
import { useEffect } from 'react'
import { usePlayground } from '../store'
import { debounce } from '../lib/debounce'
import { MatcherClient, type MatcherWorker } from './matcher-client'
import { INITIAL_EVENTS_RUN } from './slice'
import MatchWorker from './match.worker.ts?worker'

const QUIET_MS = 120
const MAX_WAIT_MS = 400

let activeClient: MatcherClient | null = null

/** Stops the evaluation in flight (the Cancel button). */
export function cancelEventMatching(): void {
  activeClient?.cancel()
}

export function useEventMatching(): void {
  useEffect(() => {
    const store = usePlayground
    const patch = (p: Parameters<ReturnType<typeof store.getState>['patchEventsRun']>[0]) => store.getState().patchEventsRun(p)

    const client = new MatcherClient(() => new MatchWorker({ name: 'sigma-match' }) as unknown as MatcherWorker, {
      onParsing(eventsRevision) {
        patch({ status: 'parsing', eventsRevision })
      },
      onParsed(parsed) {
        patch({ parsed, flags: null, matchCount: 0, evaluated: 0, progress: null, missingFields: [] })
      },
      onCompiled(info) {
        patch({ status: 'matching', missingFields: info.missingFields, ruleErrors: info.ruleErrors, documents: info.documents, regexValues: info.regexValues })
      },
      onProgress(progress) {
        patch({ progress })
      },
      onResult(result) {
        const state = store.getState()
        patch({
          status: result.status,
          flags: result.flags,
          flagsRuleRevision: result.ruleRevision,
          matchCount: result.matchCount,
          evaluated: result.evaluated,
          matchMs: result.elapsedMs,
          totalMs: performance.now() - state.eventsRun.startedAt,
          progress: null,
          message:
            result.status === 'timeout' ? `Stopped after ${Math.round(result.elapsedMs / 1000)} s: ${result.evaluated.toLocaleString('en-US')} of ${result.flags.length.toLocaleString('en-US')} events were evaluated.`
            : result.status === 'cancelled' ? `Cancelled: ${result.evaluated.toLocaleString('en-US')} of ${result.flags.length.toLocaleString('en-US')} events were evaluated.`
            : null,
        })
        // Select something to explain: the first match, else the first event.
        let selected = state.selectedEventIndex
        if (selected === null || selected >= result.flags.length) {
          const first = result.flags.findIndex((f) => f > 0)
          selected = first >= 0 ? first : result.flags.length > 0 ? 0 : null
          state.selectEvent(selected)
        }
        if (selected !== null && selected < result.evaluated) client.explain(selected)
        else state.setEventsExplanation(null)
      },
      onExplained(event) {
        const state = store.getState()
        if (event.index === state.selectedEventIndex && event.eventsRevision === state.eventsRevision) state.setEventsExplanation(event)
      },
      onFailed(message, kind) {
        if (kind === 'explain') return
        patch({ status: 'failed', message: `The matcher failed: ${message}`, progress: null })
      },
      onHang(report) {
        // A hang while explaining one event leaves the evaluation results standing.
        if (report.phase === 'explaining') patch({ hang: report })
        else patch({ status: 'hung', hang: report, progress: null, message: null })
      },
      onHangUpdate(report) {
        if (store.getState().eventsRun.hang?.eventsRevision === report.eventsRevision) patch({ hang: report })
      },
    })
    activeClient = client

    const evaluate = () => {
      const { ruleText, revision, eventsText, eventsRevision } = store.getState()
      if (eventsText.trim() === '') {
        client.cancel()
        store.setState({ eventsRun: { ...INITIAL_EVENTS_RUN, ruleRevision: revision, eventsRevision }, eventsExplanation: null, selectedEventIndex: null })
        return
      }
      const current = store.getState().eventsRun
      patch({
        status: current.eventsRevision === eventsRevision && current.parsed ? 'matching' : 'parsing',
        ruleRevision: revision,
        eventsRevision,
        startedAt: performance.now(),
        progress: null,
        hang: null,
        message: null,
        totalMs: null,
        // New events: the old list no longer applies.
        ...(current.parsed && current.parsed.eventsRevision !== eventsRevision ? { parsed: null, flags: null, missingFields: [] } : {}),
      })
      client.evaluate(revision, ruleText, eventsRevision, eventsText)
    }
    const scheduled = debounce(evaluate, QUIET_MS, MAX_WAIT_MS)
    if (store.getState().eventsText.trim() !== '') evaluate()

    const unsubscribe = store.subscribe((state, previous) => {
      if (state.eventsRevision !== previous.eventsRevision) {
        // A paste or drop is evaluated at once; typing is debounced.
        if (Math.abs(state.eventsText.length - previous.eventsText.length) > 1000) {
          scheduled.cancel()
          evaluate()
        } else scheduled.schedule()
      } else if (state.revision !== previous.revision) scheduled.schedule()
      if (state.selectedEventIndex !== previous.selectedEventIndex && state.selectedEventIndex !== null) {
        const run = state.eventsRun
        if (run.flags && run.flagsRuleRevision === state.revision && state.selectedEventIndex < run.evaluated) client.explain(state.selectedEventIndex)
      }
    })
    return () => {
      unsubscribe()
      scheduled.cancel()
      client.dispose()
      if (activeClient === client) activeClient = null
    }
  }, [])
}
