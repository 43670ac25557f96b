// The single application store. Slices are grouped by concern so later features (events pane,
// problems panel, share dialog) add their own fields without touching the existing ones.
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import seedRule from '../sigma/examples/psexec.yml?raw'
import { listBackends } from '../sigma'
import type { BackendInfo, ConversionResult, Diagnostic } from '../sigma'
import type { ConversionOutcome } from './worker/conversion-client'
import type { ThemePreference } from './lib/theme'
import { safeLocalStorage } from './lib/safe-storage'
import { createEventsSlice, type EventsSlice } from './events/slice'
import { createDiagnosticsSlice, type DiagnosticsSlice } from './diagnostics/slice'

export const SEED_RULE = seedRule
export const UI_STORAGE_KEY = 'sigma-playground:ui'
export const SPLIT_RATIO_LIMITS = { min: 0.2, max: 0.8, default: 0.5 } as const

/** A finished conversion of the rule text at `revision`. */
export interface ConversionSnapshot {
  revision: number
  diagnostics: Diagnostic[]
  results: Record<string, ConversionResult>
  /** Time spent converting in the worker; null when the converter failed. */
  durationMs: number | null
}

export interface LastGoodOutput {
  output: string
  revision: number
}

export interface CursorPosition {
  line: number
  column: number
}

interface EditorSlice {
  ruleText: string
  /** Increases on every change of `ruleText`; results carry the revision they were computed for. */
  revision: number
  cursor: CursorPosition
  /** Asks the editor to move the caret to an offset (nonce makes repeated requests distinct). */
  revealRequest: { offset: number; nonce: number } | null
  setRuleText(text: string): void
  resetRule(): void
  setCursor(cursor: CursorPosition): void
  revealOffset(offset: number): void
}

interface ConversionSlice {
  backends: BackendInfo[]
  /** The newest conversion that matched the text when it arrived; older than `revision` while one is pending. */
  conversion: ConversionSnapshot | null
  /** Per backend, the most recent successful output, shown dimmed and labelled outdated on errors. */
  lastGood: Record<string, LastGoodOutput>
  /** Returns false (and changes nothing) when the text changed since the request was made. */
  applyConversion(revision: number, outcome: ConversionOutcome): boolean
}

interface UiSlice {
  activeBackendId: string
  themePreference: ThemePreference
  /** Share of the width given to the editor. */
  splitRatio: number
  /** Wrap long output lines (on) or scroll horizontally (off, keeps JSON indentation readable). */
  wrapOutput: boolean
  copyNotice: { backendId: string; ok: boolean; nonce: number } | null
  setActiveBackend(id: string): void
  setWrapOutput(wrap: boolean): void
  setThemePreference(preference: ThemePreference): void
  setSplitRatio(ratio: number): void
  notifyCopied(backendId: string, ok: boolean): void
}

export type PlaygroundState = EditorSlice & ConversionSlice & UiSlice & EventsSlice & DiagnosticsSlice

let nonce = 0

export const usePlayground = create<PlaygroundState>()(
  persist(
    (set, get) => ({
      ruleText: SEED_RULE,
      revision: 1,
      cursor: { line: 1, column: 1 },
      revealRequest: null,
      setRuleText(text) {
        if (text === get().ruleText) return
        set((s) => ({ ruleText: text, revision: s.revision + 1 }))
      },
      resetRule() {
        get().setRuleText(SEED_RULE)
      },
      setCursor(cursor) {
        set({ cursor })
      },
      revealOffset(offset) {
        set({ revealRequest: { offset, nonce: ++nonce } })
      },

      backends: listBackends(),
      conversion: null,
      lastGood: {},
      applyConversion(revision, outcome) {
        const state = get()
        if (revision !== state.revision) return false
        const snapshot = toSnapshot(revision, outcome, state.backends)
        const lastGood = { ...state.lastGood }
        for (const [id, result] of Object.entries(snapshot.results)) {
          if (result.ok) lastGood[id] = { output: result.output, revision }
        }
        set({ conversion: snapshot, lastGood })
        return true
      },

      activeBackendId: listBackends()[0]?.id ?? '',
      themePreference: 'system',
      splitRatio: SPLIT_RATIO_LIMITS.default,
      wrapOutput: true,
      copyNotice: null,
      setActiveBackend(id) {
        if (get().backends.some((b) => b.id === id)) set({ activeBackendId: id })
      },
      setWrapOutput(wrapOutput) {
        set({ wrapOutput })
      },
      setThemePreference(themePreference) {
        set({ themePreference })
      },
      setSplitRatio(ratio) {
        set({ splitRatio: clampSplitRatio(ratio) })
      },
      notifyCopied(backendId, ok) {
        set({ copyNotice: { backendId, ok, nonce: ++nonce } })
      },

      // Events pane (src/app/events): pasted events, selection, and the matcher's latest results.
      ...createEventsSlice(set, get),

      // Problems panel (src/app/diagnostics): validator results, disabled checks (own storage key).
      ...createDiagnosticsSlice(set, get),
    }),
    {
      name: UI_STORAGE_KEY,
      storage: createJSONStorage(safeLocalStorage),
      // Only presentation preferences survive a reload; the rule itself will travel via share links.
      partialize: (s): PersistedUi => ({ themePreference: s.themePreference, splitRatio: s.splitRatio, wrapOutput: s.wrapOutput }),
      // localStorage is user-editable and outlives versions: keep only values that still make sense.
      merge: (persisted, current) => ({ ...current, ...sanitizePersistedUi(persisted) }),
    },
  ),
)

type PersistedUi = Pick<PlaygroundState, 'themePreference' | 'splitRatio' | 'wrapOutput'>

function sanitizePersistedUi(value: unknown): Partial<PersistedUi> {
  if (typeof value !== 'object' || value === null) return {}
  const stored = value as Record<string, unknown>
  const result: Partial<PersistedUi> = {}
  if (stored.themePreference === 'system' || stored.themePreference === 'light' || stored.themePreference === 'dark') {
    result.themePreference = stored.themePreference
  }
  if (typeof stored.splitRatio === 'number') result.splitRatio = clampSplitRatio(stored.splitRatio)
  if (typeof stored.wrapOutput === 'boolean') result.wrapOutput = stored.wrapOutput
  return result
}

export function clampSplitRatio(ratio: number): number {
  if (!Number.isFinite(ratio)) return SPLIT_RATIO_LIMITS.default
  return Math.min(SPLIT_RATIO_LIMITS.max, Math.max(SPLIT_RATIO_LIMITS.min, ratio))
}

function toSnapshot(revision: number, outcome: ConversionOutcome, backends: BackendInfo[]): ConversionSnapshot {
  if (outcome.kind === 'converted') {
    return { revision, diagnostics: outcome.result.diagnostics, results: outcome.result.results, durationMs: outcome.durationMs }
  }
  // A crashed converter is reported in every tab like any other conversion error.
  const error = `Internal converter error: ${outcome.message}`
  const results: Record<string, ConversionResult> = {}
  for (const b of backends) results[b.id] = { ok: false, error }
  return { revision, diagnostics: [], results, durationMs: null }
}
