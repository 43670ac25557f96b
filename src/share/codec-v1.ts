// Share format v1: `v1/` + base64url(deflate-raw(UTF-8 JSON of the fields that differ from V1_DEFAULTS)).
// V1_DEFAULTS are part of the format and frozen forever: changing them would change what old
// links mean. App-level defaults live in workspace.ts and may change freely.
import { deflateSync } from 'fflate'
import { decodeBase64Url, encodeBase64Url } from './base64url'
import { formatBytes, inflateRawBounded } from './bounded-inflate'
import { validateWorkspaceFields } from './validate'
import { decodeFailure, type DecodeResult, type OptionValue, type WorkspaceState } from './workspace'

export const V1_DEFAULTS = Object.freeze({ rule: '', events: '', activeTab: 'es-qs' })

/** Largest JSON a v1 link may expand to; checked while inflating. */
export const V1_MAX_DECODED_BYTES = 5 * 1024 * 1024

export interface V1EncodeOptions {
  includeEvents: boolean
  /** Options equal to these are left out of the link (the app fills them back in). */
  defaultOptions?: Readonly<Record<string, OptionValue>>
}

/** Keys in a fixed order so the same state always gives the same link. */
function v1Payload(state: WorkspaceState, options: V1EncodeOptions): Record<string, unknown> {
  const payload: Record<string, unknown> = {}
  if (state.rule !== V1_DEFAULTS.rule) payload.rule = state.rule
  if (options.includeEvents && state.events !== V1_DEFAULTS.events) payload.events = state.events
  if (state.activeTab !== V1_DEFAULTS.activeTab) payload.activeTab = state.activeTab
  const changed: Record<string, OptionValue> = {}
  const defaults = options.defaultOptions ?? {}
  for (const key of Object.keys(state.options).sort()) {
    const value = state.options[key]
    if (!Object.prototype.hasOwnProperty.call(defaults, key) || defaults[key] !== value) changed[key] = value
  }
  if (Object.keys(changed).length > 0) payload.options = changed
  if (state.theme !== undefined) payload.theme = state.theme
  return payload
}

/** Throws a RangeError when the JSON would be larger than a v1 decoder accepts. */
export function encodeV1(state: WorkspaceState, options: V1EncodeOptions): string {
  const bytes = new TextEncoder().encode(JSON.stringify(v1Payload(state, options)))
  if (bytes.length > V1_MAX_DECODED_BYTES) {
    throw new RangeError(`The workspace is too large to share as a link (over ${formatBytes(V1_MAX_DECODED_BYTES)}).`)
  }
  const compressed = deflateSync(bytes, { level: 9 })
  return `v1/${encodeBase64Url(compressed)}`
}

export function decodeV1(payload: string): DecodeResult {
  const compressed = decodeBase64Url(payload)
  if (compressed === null) return decodeFailure('The link is damaged: it contains characters that are not base64url.')
  if (compressed.length === 0) return decodeFailure('The link is empty after "v1/".')
  const inflated = inflateRawBounded(compressed, V1_MAX_DECODED_BYTES)
  if (!inflated.ok) return decodeFailure(`The link could not be opened. ${inflated.error}`)
  let json: string
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes)
  } catch {
    return decodeFailure('The link could not be opened. Its content is not valid UTF-8 text.')
  }
  let parsed: unknown
  try {
    // JSON.parse defines `__proto__` as an own data property (it never sets the prototype);
    // the validator then rejects it as an unknown key.
    parsed = JSON.parse(json)
  } catch {
    return decodeFailure(`The link could not be opened. Its content (${formatBytes(inflated.bytes.length)}) is not valid JSON.`)
  }
  const result = validateWorkspaceFields(parsed)
  if (!result.ok) return decodeFailure(`The link could not be opened. ${result.error}`)
  const state: WorkspaceState = {
    rule: result.fields.rule ?? V1_DEFAULTS.rule,
    events: result.fields.events ?? V1_DEFAULTS.events,
    activeTab: result.fields.activeTab ?? V1_DEFAULTS.activeTab,
    options: result.fields.options ?? (Object.create(null) as Record<string, OptionValue>),
  }
  if (result.fields.theme !== undefined) state.theme = result.fields.theme
  return { ok: true, state }
}
