// The events part of the application store: what the user pasted (`eventsText`, which share links
// will carry), what is selected, and the latest evaluation from the matcher worker.
import type { ExplainedEvent, MissingField, ParsedEvents, RegexValueInfo, RunProgressInfo } from './protocol'
import type { HangReport } from './matcher-client'

export type EventsRunStatus = 'idle' | 'parsing' | 'matching' | 'done' | 'cancelled' | 'timeout' | 'hung' | 'failed'

export interface EventsRunState {
  status: EventsRunStatus
  /** Revisions of the rule and events the figures below describe (or are being computed for). */
  ruleRevision: number
  eventsRevision: number
  parsed: ParsedEvents | null
  /** Per event of `parsed`: 0 no match, d + 1 matched by document d. */
  flags: Uint8Array | null
  /** The rule revision `flags` were computed for. */
  flagsRuleRevision: number
  matchCount: number
  evaluated: number
  progress: RunProgressInfo | null
  /** Rule evaluation time in the worker (ms) and request to result on the UI side (ms). */
  matchMs: number | null
  totalMs: number | null
  startedAt: number
  missingFields: MissingField[]
  ruleErrors: number
  documents: number
  regexValues: RegexValueInfo[]
  hang: HangReport | null
  message: string | null
}

export interface EventsSlice {
  eventsText: string
  /** Increases on every change of `eventsText`. */
  eventsRevision: number
  /** Index of the selected event in the parsed input, or null. */
  selectedEventIndex: number | null
  eventsMatchesOnly: boolean
  /** Share of the right-hand column given to the translations (the events pane gets the rest). */
  eventsSplitRatio: number
  eventsRun: EventsRunState
  eventsExplanation: ExplainedEvent | null
  setEventsText(text: string): void
  selectEvent(index: number | null): void
  setEventsMatchesOnly(value: boolean): void
  setEventsSplitRatio(ratio: number): void
  patchEventsRun(patch: Partial<EventsRunState>): void
  setEventsExplanation(explanation: ExplainedEvent | null): void
}

export const INITIAL_EVENTS_RUN: EventsRunState = {
  status: 'idle',
  ruleRevision: 0,
  eventsRevision: 0,
  parsed: null,
  flags: null,
  flagsRuleRevision: 0,
  matchCount: 0,
  evaluated: 0,
  progress: null,
  matchMs: null,
  totalMs: null,
  startedAt: 0,
  missingFields: [],
  ruleErrors: 0,
  documents: 0,
  regexValues: [],
  hang: null,
  message: null,
}

type SetState = (partial: Partial<EventsSlice> | ((state: EventsSlice) => Partial<EventsSlice>)) => void

export function createEventsSlice(set: SetState, get: () => EventsSlice): EventsSlice {
  return {
    eventsText: '',
    eventsRevision: 1,
    selectedEventIndex: null,
    eventsMatchesOnly: false,
    eventsSplitRatio: 0.32,
    eventsRun: INITIAL_EVENTS_RUN,
    eventsExplanation: null,
    setEventsText(text) {
      if (text === get().eventsText) return
      set((s) => ({ eventsText: text, eventsRevision: s.eventsRevision + 1, selectedEventIndex: null, eventsExplanation: null }))
    },
    selectEvent(index) {
      set({ selectedEventIndex: index })
    },
    setEventsMatchesOnly(eventsMatchesOnly) {
      set({ eventsMatchesOnly })
    },
    setEventsSplitRatio(ratio) {
      set({ eventsSplitRatio: Number.isFinite(ratio) ? Math.min(0.8, Math.max(0.15, ratio)) : 0.32 })
    },
    patchEventsRun(patch) {
      set((s) => ({ eventsRun: { ...s.eventsRun, ...patch } }))
    },
    setEventsExplanation(eventsExplanation) {
      set({ eventsExplanation })
    },
  }
}
