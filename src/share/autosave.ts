// localStorage autosave: a versioned JSON envelope, read back with the same strict validation
// as share links (storage can hold anything: old versions, other tabs, hand edits).
import { validateWorkspaceFields } from './validate'
import { decodeFailure, defaultWorkspace, type DecodeResult, type WorkspaceState } from './workspace'

export const AUTOSAVE_STORAGE_KEY = 'sigma-playground:workspace'
const FORMAT = 'sigma-playground-workspace'
const CURRENT_VERSION = 1
const MAX_STORED_CHARS = 10 * 1024 * 1024

interface Envelope {
  format: typeof FORMAT
  version: number
  state: unknown
}

/** One reader per stored version; a new version adds a reader that migrates to the current state. */
const READERS: ReadonlyMap<number, (state: unknown) => DecodeResult> = new Map([[1, readV1]])

export function serializeWorkspace(state: WorkspaceState): string {
  const stored: Record<string, unknown> = {
    rule: state.rule,
    events: state.events,
    activeTab: state.activeTab,
    options: { ...state.options },
  }
  if (state.theme !== undefined) stored.theme = state.theme
  const envelope: Envelope = { format: FORMAT, version: CURRENT_VERSION, state: stored }
  return JSON.stringify(envelope)
}

/** Never throws; on any problem returns the app defaults with a message. */
export function deserializeWorkspace(text: string | null): DecodeResult {
  if (text === null || text === '') return decodeFailure('No saved workspace.')
  if (text.length > MAX_STORED_CHARS) return decodeFailure('The saved workspace is too large to read.')
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return decodeFailure('The saved workspace is not valid JSON.')
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return decodeFailure('The saved workspace is not an object.')
  }
  const envelope = parsed as Partial<Envelope>
  if (envelope.format !== FORMAT) return decodeFailure('The saved data is not a Sigma Playground workspace.')
  const reader = typeof envelope.version === 'number' ? READERS.get(envelope.version) : undefined
  if (!reader) return decodeFailure(`The saved workspace has an unknown version (${String(envelope.version)}).`)
  return reader(envelope.state)
}

function readV1(value: unknown): DecodeResult {
  const result = validateWorkspaceFields(value)
  if (!result.ok) return decodeFailure(`The saved workspace is invalid: ${result.error}`)
  const state: WorkspaceState = { ...defaultWorkspace(), ...result.fields }
  return { ok: true, state }
}

export type ShareOpenDecision = 'load' | 'ask'

/**
 * What to do when a share link is opened while the browser holds autosaved work.
 * 'load': nothing would be lost. 'ask': the local rule or events differ from the link and are
 * real work (not empty, not the pristine default), so the UI should offer to keep them as a backup.
 */
export function decideShareLinkOpen(
  local: WorkspaceState | null,
  shared: WorkspaceState,
  pristine: Pick<WorkspaceState, 'rule' | 'events'> = defaultWorkspace(),
): ShareOpenDecision {
  if (local === null) return 'load'
  const noLocalWork =
    (local.rule.trim() === '' || local.rule === pristine.rule) && (local.events.trim() === '' || local.events === pristine.events)
  if (noLocalWork) return 'load'
  const sameWork = local.rule === shared.rule && local.events === shared.events
  return sameWork ? 'load' : 'ask'
}
