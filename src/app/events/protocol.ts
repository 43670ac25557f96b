// Messages between the UI thread and the matcher worker (a separate worker from the converter, so a
// runaway `|re` can never hold up the translations). Requests carry an id; every answer names it.
import type { SourceRange } from '../../sigma'
import type { MatchExplanation } from '../../sigma/match'

/** The worker's answer when a run omitted the events text and the worker does not have them. */
export const EVENTS_MISSING = 'The matcher lost the events; they will be sent again.'

export interface EventInputErrorInfo {
  line: number
  message: string
}

/** A rule value the UI may have to name after a hang (only `|re` values can run away). */
export interface RegexValueInfo {
  id: number
  text: string
  range: SourceRange
}

/** A field the rule reads that no event has. */
export interface MissingField {
  field: string
  /** Where the rule uses it (the `Field|mods` keys), for highlighting. */
  keyRanges: SourceRange[]
}

export type MatcherRequest =
  | {
      type: 'run'
      id: number
      ruleRevision: number
      ruleText: string
      eventsRevision: number
      /** Omitted when the worker already holds the events of `eventsRevision`. */
      eventsText?: string
      /** Int32Array over a SharedArrayBuffer (see runMatches' progressCell), when the page is cross-origin isolated. */
      progressCell?: Int32Array
    }
  | { type: 'cancel'; id: number }
  | { type: 'explain'; id: number; index: number }
  /** After a hang without shared memory: which regex values could have been running on this event? */
  | { type: 'suspects'; id: number; ruleText: string; eventsRevision: number; eventsText: string; index: number }

export interface ParsedEvents {
  eventsRevision: number
  format: 'empty' | 'json' | 'xml'
  count: number
  /** 1-based input line of each event. */
  lines: Int32Array
  /** One-line previews of all events, joined; event i is previews.slice(previewOffsets[i], previewOffsets[i + 1]). */
  previews: string
  previewOffsets: Uint32Array
  /** The first input errors (bounded) and how many there were. */
  errors: EventInputErrorInfo[]
  errorCount: number
  parseMs: number
}

export interface RunProgressInfo {
  done: number
  total: number
  matches: number
  elapsedMs: number
}

/** A value of the selected event, bounded and as text (the UI renders text only). */
export interface FieldPreview {
  name: string
  value: string
}

export interface DocumentExplanation {
  documentIndex: number
  title?: string
  matched: boolean
  explanation: MatchExplanation
}

export interface ExplainedEvent {
  index: number
  line: number
  ruleRevision: number
  eventsRevision: number
  /** The document that matched, or -1. */
  documentIndex: number
  documents: DocumentExplanation[]
  fields: FieldPreview[]
  fieldCount: number
}

export type MatcherResponse =
  | { type: 'parsing'; id: number; eventsRevision: number; length: number }
  | { type: 'parsed'; id: number; parsed: ParsedEvents }
  | {
      type: 'compiled'
      id: number
      ruleRevision: number
      eventsRevision: number
      regexValues: RegexValueInfo[]
      missingFields: MissingField[]
      /** Error diagnostics of the rule: documents with errors never match. */
      ruleErrors: number
      documents: number
    }
  | { type: 'progress'; id: number; progress: RunProgressInfo }
  | {
      type: 'result'
      id: number
      ruleRevision: number
      eventsRevision: number
      status: 'done' | 'cancelled' | 'timeout'
      /** Per event: 0 = no match, d + 1 = matched by rule document d. Only the first `evaluated` are meaningful. */
      flags: Uint8Array
      matchCount: number
      evaluated: number
      elapsedMs: number
    }
  | { type: 'explained'; id: number; event: ExplainedEvent }
  | { type: 'suspects'; id: number; values: RegexValueInfo[] }
  | { type: 'failed'; id: number; message: string }
