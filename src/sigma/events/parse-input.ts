// Pasted event input → flat events. Accepts one JSON object, a JSON array, NDJSON (or several
// pretty-printed objects one after another), Windows event XML (<Event> or <Events>) and the nested
// {"Event": {"System": ...}} JSON of EVTX dump tools. Errors are per event, with a line number;
// the other events are still returned.
import { flattenNestedJson, flattenWindowsEvent, fromXml, isNestedWindowsEvent, type FlatEvent } from './windows'
import { lineColumn, lineStarts } from '../validate/text-util'
import { parseXml, XmlError } from './xml'

export type EventInputFormat = 'empty' | 'json' | 'xml'

export interface ParsedEvent {
  fields: FlatEvent
  /** 1-based line where the event starts in the input. */
  line: number
}

export interface EventInputError {
  line: number
  message: string
}

export interface EventsParseResult {
  format: EventInputFormat
  events: ParsedEvent[]
  errors: EventInputError[]
}

export interface EventsParseOptions {
  /** Stop after this many events (an error says so). */
  maxEvents?: number
  maxLength?: number
}

const DEFAULTS = { maxEvents: 100_000, maxLength: 64 * 1024 * 1024 }

/** Maps offsets to 1-based line numbers. */
class LineIndex {
  private readonly starts: number[]
  constructor(text: string) {
    this.starts = lineStarts(text)
  }
  lineOf(offset: number): number {
    return lineColumn(this.starts, offset).line
  }
}

export function parseEventsInput(text: string, options: EventsParseOptions = {}): EventsParseResult {
  const limits = { ...DEFAULTS, ...options }
  const result: EventsParseResult = { format: 'empty', events: [], errors: [] }
  if (text.length > limits.maxLength) {
    result.errors.push({ line: 1, message: `The input is larger than ${limits.maxLength} characters.` })
    return result
  }
  const start = text.search(/\S/)
  if (start < 0) return result
  const lines = new LineIndex(text)
  if (text[start] === '<') {
    result.format = 'xml'
    parseXmlEvents(text, lines, result, limits.maxEvents)
  } else {
    result.format = 'json'
    parseJsonEvents(text, start, lines, result, limits.maxEvents)
  }
  return result
}

// ---------- JSON ----------

/** JSON.parse that drops `__proto__` keys, so no event can carry one into later object spreads. */
function parseJsonSafely(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => (key === '__proto__' ? undefined : value))
}

function toEvent(value: unknown): FlatEvent | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return `An event must be a JSON object, not ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}.`
  }
  const record = value as Record<string, unknown>
  return isNestedWindowsEvent(record) ? flattenNestedJson(record) : record
}

function pushEvent(result: EventsParseResult, value: unknown, line: number, maxEvents: number): boolean {
  if (result.events.length >= maxEvents) {
    result.errors.push({ line, message: `Only the first ${maxEvents} events are read.` })
    return false
  }
  const event = toEvent(value)
  if (typeof event === 'string') result.errors.push({ line, message: event })
  else result.events.push({ fields: event, line })
  return true
}

function jsonErrorMessage(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/ in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '')
}

/** Line of a JSON.parse error inside a chunk, when the message gives a position. */
function errorLine(error: unknown, chunkStart: number, lines: LineIndex): number {
  const m = /position (\d+)/.exec(error instanceof Error ? error.message : '')
  return lines.lineOf(chunkStart + (m ? Number(m[1]) : 0))
}

function parseJsonEvents(text: string, start: number, lines: LineIndex, result: EventsParseResult, maxEvents: number): void {
  // The common case first: the whole input is one JSON value.
  try {
    const value = parseJsonSafely(text)
    if (Array.isArray(value)) {
      const offsets = splitTopLevel(text, start + 1, true).map((c) => c.start)
      value.forEach((item, i) => pushEvent(result, item, lines.lineOf(offsets[i] ?? start), maxEvents))
    } else pushEvent(result, value, lines.lineOf(start), maxEvents)
    return
  } catch {
    // Not one value: NDJSON, concatenated objects, or a broken array: split and parse each.
  }
  const isArray = text[start] === '['
  const chunks = isArray ? splitTopLevel(text, start + 1, true) : splitValues(text, start)
  for (const chunk of chunks) {
    const body = text.slice(chunk.start, chunk.end)
    try {
      if (!pushEvent(result, parseJsonSafely(body), lines.lineOf(chunk.start), maxEvents)) return
    } catch (error) {
      result.errors.push({ line: errorLine(error, chunk.start, lines), message: `Invalid JSON: ${jsonErrorMessage(error)}` })
    }
  }
}

interface Chunk {
  start: number
  end: number
}

/**
 * Values one after another (NDJSON or pretty-printed objects). Lines that each hold a whole object
 * are split by line, so one broken line cannot swallow the next ones.
 */
function splitValues(text: string, start: number): Chunk[] {
  const lineChunks: Chunk[] = []
  let lineStart = 0
  let perLine = true
  for (const line of text.split('\n')) {
    const trimmed = line.trim()
    if (trimmed !== '') {
      if (trimmed[0] !== '{' || trimmed[trimmed.length - 1] !== '}') perLine = false
      lineChunks.push({ start: lineStart + line.indexOf(trimmed[0]), end: lineStart + line.length })
    }
    lineStart += line.length + 1
  }
  return perLine ? lineChunks : splitTopLevel(text, start, false)
}

/**
 * Splits at top-level commas (inside an array) or between top-level values, tracking strings and
 * nesting; tolerant of errors so each chunk can be parsed, and fail, on its own.
 */
function splitTopLevel(text: string, from: number, inArray: boolean): Chunk[] {
  const chunks: Chunk[] = []
  let depth = 0
  let inString = false
  let chunkStart = -1
  const close = (end: number): void => {
    if (chunkStart >= 0) {
      const body = text.slice(chunkStart, end)
      const trimmedEnd = chunkStart + body.trimEnd().length
      if (trimmedEnd > chunkStart) chunks.push({ start: chunkStart, end: trimmedEnd })
    }
    chunkStart = -1
  }
  for (let i = from; i < text.length; i++) {
    const c = text[i]
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') inString = false
      else if (c === '\n') inString = false // a broken string ends at the line
      continue
    }
    if (chunkStart < 0 && !/\s/.test(c) && !(inArray && depth === 0 && (c === ',' || c === ']'))) chunkStart = i
    if (c === '"') inString = true
    else if (c === '{' || c === '[') depth++
    else if (c === '}' || c === ']') {
      if (depth === 0 && inArray && c === ']') {
        close(i)
        break
      }
      depth = Math.max(0, depth - 1)
      if (depth === 0 && !inArray) close(i + 1)
    } else if (c === ',' && depth === 0 && inArray) close(i)
  }
  close(text.length)
  return chunks
}

// ---------- XML ----------

const EVENT_OPEN = /<(?:[\w.-]+:)?Event(?=[\s>/])/g
const EVENT_CLOSE = /<\/(?:[\w.-]+:)?Event\s*>/g

/** Each <Event>…</Event> is parsed on its own, so one malformed event does not hide the others. */
function parseXmlEvents(text: string, lines: LineIndex, result: EventsParseResult, maxEvents: number): void {
  let found = 0
  EVENT_OPEN.lastIndex = 0
  for (let open = EVENT_OPEN.exec(text); open; open = EVENT_OPEN.exec(text)) {
    found++
    const start = open.index
    const line = lines.lineOf(start)
    const tagEnd = text.indexOf('>', start)
    let end = -1
    if (tagEnd > 0 && text[tagEnd - 1] === '/') end = tagEnd + 1
    else {
      EVENT_CLOSE.lastIndex = start
      const close = EVENT_CLOSE.exec(text)
      EVENT_OPEN.lastIndex = start + 1
      const next = EVENT_OPEN.exec(text)
      if (close && (!next || next.index > close.index)) end = close.index + close[0].length
    }
    if (end < 0) {
      result.errors.push({ line, message: 'This <Event> has no matching </Event>.' })
      EVENT_OPEN.lastIndex = start + 1
      continue
    }
    EVENT_OPEN.lastIndex = end
    if (result.events.length >= maxEvents) {
      result.errors.push({ line, message: `Only the first ${maxEvents} events are read.` })
      return
    }
    try {
      const [root] = parseXml(text.slice(start, end))
      result.events.push({ fields: flattenWindowsEvent(fromXml(root)), line })
    } catch (error) {
      if (!(error instanceof XmlError)) throw error
      result.errors.push({ line: lines.lineOf(start + error.offset), message: `Invalid XML: ${error.message}` })
    }
  }
  if (found === 0) result.errors.push({ line: 1, message: 'No <Event> element found: paste Windows event XML, JSON or NDJSON.' })
}
