// The workspace a user shares or autosaves: what they typed and how the playground was set up.

export type Theme = 'light' | 'dark' | 'system'
export const THEMES: readonly Theme[] = ['light', 'dark', 'system']

export type OptionValue = string | boolean | number

export interface WorkspaceState {
  /** Sigma rule text, kept byte for byte (comments, whitespace, CRLF). */
  rule: string
  /** Sample events (JSON / JSON lines) matched against the rule. */
  events: string
  /** Id of the selected output tab, usually a backend id such as `es-qs`. */
  activeTab: string
  /** Backend and UI options; only the ones a link or save set, the app fills in the rest. */
  options: Record<string, OptionValue>
  /** Missing means "follow the system setting". */
  theme?: Theme
}

/** Hard bounds for anything read back from a link or from storage (untrusted input). */
export const LIMITS = {
  ruleChars: 1_000_000,
  eventsChars: 2_000_000,
  activeTabChars: 64,
  optionCount: 64,
  optionKeyChars: 64,
  optionStringChars: 1_000,
} as const

/** The playground's own defaults. Not part of any link format: codecs freeze their own copy. */
export const WORKSPACE_DEFAULTS: Readonly<WorkspaceState> = Object.freeze({
  rule: '',
  events: '',
  activeTab: 'es-qs',
  options: Object.freeze({}) as Record<string, OptionValue>,
})

/** A fresh, mutable copy of the defaults (options get their own object). */
export function defaultWorkspace(): WorkspaceState {
  return { ...WORKSPACE_DEFAULTS, options: {} }
}

export type DecodeResult = { ok: true; state: WorkspaceState } | { ok: false; error: string; state: WorkspaceState }

/** A failure that still hands the caller a usable (default) workspace. */
export function decodeFailure(error: string): DecodeResult {
  return { ok: false, error, state: defaultWorkspace() }
}
