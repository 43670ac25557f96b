/// <reference lib="webworker" />
// Parses pasted events and evaluates the rule on them, off the UI thread and apart from the
// conversion worker. The events of the latest input stay here (the UI only gets line numbers,
// one-line previews and per-event match flags), so a rule edit does not resend or reparse them.
import { parseEventsInput } from '../../sigma/events'
import { compileRule, EventView, matchEvent, runMatches, suspectRegexValues, type CompileResult, type SigmaEvent } from '../../sigma/match'
import { EVENTS_MISSING, type DocumentExplanation, type MatcherRequest, type MatcherResponse, type MissingField, type ParsedEvents, type RegexValueInfo } from './protocol'
import { boundedText, eventPreview, explainedFields, MAX_INPUT_ERRORS } from './event-text'

const scope = self as unknown as DedicatedWorkerGlobalScope
const RUN_BUDGET_MS = 30_000
const MAX_DOCUMENTS_EXPLAINED = 16

interface EventsCache {
  revision: number
  events: SigmaEvent[]
  lines: Int32Array
  /** Every top-level key of every event: most "is this field anywhere?" questions end here. */
  keys: Set<string>
}

interface RuleCache {
  revision: number
  text: string
  compiled: CompileResult
}

let eventsCache: EventsCache | null = null
let ruleCache: RuleCache | null = null
let current: { id: number; controller: AbortController } | null = null

const post = (message: MatcherResponse, transfer: Transferable[] = []) => scope.postMessage(message, transfer)

scope.onmessage = (event: MessageEvent<MatcherRequest>) => {
  const request = event.data
  try {
    switch (request.type) {
      case 'run':
        void run(request).catch((error) => post({ type: 'failed', id: request.id, message: errorText(error) }))
        break
      case 'cancel':
        if (current?.id === request.id) current.controller.abort()
        break
      case 'explain':
        explain(request.id, request.index)
        break
      case 'suspects':
        suspects(request)
        break
    }
  } catch (error) {
    post({ type: 'failed', id: request.id, message: errorText(error) })
  }
}

async function run(request: Extract<MatcherRequest, { type: 'run' }>): Promise<void> {
  current?.controller.abort()
  const controller = new AbortController()
  current = { id: request.id, controller }
  const { id } = request

  if (eventsCache?.revision !== request.eventsRevision) {
    if (request.eventsText === undefined) {
      post({ type: 'failed', id, message: EVENTS_MISSING })
      return
    }
    post({ type: 'parsing', id, eventsRevision: request.eventsRevision, length: request.eventsText.length })
    const parsed = loadEvents(request.eventsRevision, request.eventsText)
    post({ type: 'parsed', id, parsed }, [parsed.lines.buffer, parsed.previewOffsets.buffer])
  }
  const events = eventsCache!
  const compiled = loadRule(request.ruleRevision, request.ruleText)
  post({
    type: 'compiled',
    id,
    ruleRevision: request.ruleRevision,
    eventsRevision: events.revision,
    regexValues: regexValues(compiled),
    missingFields: missingFields(compiled, events),
    ruleErrors: compiled.diagnostics.filter((d) => d.severity === 'error').length,
    documents: compiled.rules.length,
  })

  const outcome = await runMatches(compiled, events.events, {
    signal: controller.signal,
    budgetMs: RUN_BUDGET_MS,
    explain: false,
    progressCell: request.progressCell,
    onProgress: (progress) => post({ type: 'progress', id, progress }),
  })
  if (current?.id === id) current = null
  const flags = new Uint8Array(events.events.length)
  for (const match of outcome.matches) flags[match.index] = Math.min(255, match.result.documentIndex + 1)
  post(
    {
      type: 'result',
      id,
      ruleRevision: request.ruleRevision,
      eventsRevision: events.revision,
      status: outcome.status,
      flags,
      matchCount: outcome.matches.length,
      evaluated: outcome.evaluated,
      elapsedMs: outcome.elapsedMs,
    },
    [flags.buffer],
  )
}

function loadEvents(revision: number, text: string): ParsedEvents {
  const started = performance.now()
  const result = parseEventsInput(text)
  const count = result.events.length
  const events: SigmaEvent[] = new Array(count)
  const lines = new Int32Array(count)
  const previewOffsets = new Uint32Array(count + 1)
  const previews: string[] = new Array(count)
  const keys = new Set<string>()
  let offset = 0
  for (let i = 0; i < count; i++) {
    const { fields, line } = result.events[i]
    events[i] = fields
    lines[i] = line
    for (const key in fields) if (Object.hasOwn(fields, key)) keys.add(key)
    const preview = eventPreview(fields)
    previews[i] = preview
    previewOffsets[i] = offset
    offset += preview.length
  }
  previewOffsets[count] = offset
  eventsCache = { revision, events, lines: lines.slice(), keys }
  return {
    eventsRevision: revision,
    format: result.format,
    count,
    lines,
    previews: previews.join(''),
    previewOffsets,
    errors: result.errors.slice(0, MAX_INPUT_ERRORS).map((e) => ({ line: e.line, message: boundedText(e.message, 300) })),
    errorCount: result.errors.length,
    parseMs: performance.now() - started,
  }
}

function loadRule(revision: number, text: string): CompileResult {
  if (ruleCache?.revision === revision && ruleCache.text === text) return ruleCache.compiled
  const compiled = compileRule(text)
  ruleCache = { revision, text, compiled }
  return compiled
}

function regexValues(compiled: CompileResult): RegexValueInfo[] {
  return compiled.values.filter((v) => v.isRegex).map((v) => ({ id: v.id, text: boundedText(v.text, 300), range: v.range }))
}

/** Fields the rule reads (keywords and fieldref targets aside) that not one event has. */
function missingFields(compiled: CompileResult, cache: EventsCache): MissingField[] {
  if (cache.events.length === 0) return []
  const used = new Map<string, MissingField>()
  for (const rule of compiled.rules) {
    for (const selection of rule.selections) {
      for (const group of selection.groups) {
        for (const entry of group.entries) {
          if (entry.field === null) continue
          const known = used.get(entry.field)
          if (known) known.keyRanges.push(entry.keyRange)
          else used.set(entry.field, { field: entry.field, keyRanges: [entry.keyRange] })
        }
      }
    }
  }
  const missing: MissingField[] = []
  for (const info of used.values()) {
    if (cache.keys.has(info.field)) continue
    // Dotted names can also walk nested objects: ask the matcher's own lookup.
    if (info.field.includes('.') && cache.events.some((e) => new EventView(e).slot(info.field).present)) continue
    missing.push(info)
  }
  return missing
}

function explain(id: number, index: number): void {
  const events = eventsCache
  const rule = ruleCache
  const fields = events?.events[index]
  if (!events || !rule || !fields) {
    post({ type: 'failed', id, message: 'This event is no longer loaded.' })
    return
  }
  const view = new EventView(fields)
  const documents: DocumentExplanation[] = []
  let documentIndex = -1
  for (const compiledRule of rule.compiled.rules.slice(0, MAX_DOCUMENTS_EXPLAINED)) {
    // One document at a time, so a non-matching event is explained for every document.
    const single: CompileResult = { ...rule.compiled, rules: [compiledRule] }
    const result = matchEvent(single, view, { explain: 'always' })
    if (!result.explanation) continue
    if (result.matched && documentIndex < 0) documentIndex = compiledRule.documentIndex
    for (const selection of result.explanation.selections) {
      for (const field of selection.fields) field.eventValue = field.eventValue === undefined ? undefined : boundedText(displayValue(field.eventValue), 400)
    }
    documents.push({ documentIndex: compiledRule.documentIndex, title: compiledRule.title, matched: result.matched, explanation: result.explanation })
  }
  const shown = explainedFields(fields)
  post({
    type: 'explained',
    id,
    event: { index, line: events.lines[index], ruleRevision: rule.revision, eventsRevision: events.revision, documentIndex, documents, fields: shown.fields, fieldCount: shown.count },
  })
}

function suspects(request: Extract<MatcherRequest, { type: 'suspects' }>): void {
  if (eventsCache?.revision !== request.eventsRevision) loadEvents(request.eventsRevision, request.eventsText)
  const compiled = compileRule(request.ruleText)
  const event = eventsCache!.events[request.index]
  const values = event ? suspectRegexValues(compiled, event) : compiled.values.filter((v) => v.isRegex)
  post({ type: 'suspects', id: request.id, values: values.map((v) => ({ id: v.id, text: boundedText(v.text, 300), range: v.range })) })
}

function displayValue(value: unknown): string {
  if (value === null) return 'null'
  if (typeof value === 'string') return value
  if (typeof value === 'object') {
    try {
      return JSON.stringify(value)
    } catch {
      return String(value)
    }
  }
  return String(value)
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
