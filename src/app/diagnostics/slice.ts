// The diagnostics part of the application store: the validator's latest answer (from the conversion
// worker, same revision scheme as the translations), which checks the user switched off, and the
// Problems panel's open state. Preferences persist under their own localStorage key so this slice
// needs no change to the store's persisted UI fields.
import type { ValidationDiagnostic } from '../../sigma/validate'
import { safeLocalStorage } from '../lib/safe-storage'

export const CHECKS_STORAGE_KEY = 'sigma-playground:checks'

export interface ValidationSnapshot {
  /** Rule revision the diagnostics were computed for (offsets only make sense for that text). */
  revision: number
  diagnostics: ValidationDiagnostic[]
  /** Time spent validating in the worker; null when the validator failed. */
  durationMs: number | null
  /** The validator threw (a bug in the core): said in the Problems panel instead of failing silently. */
  error?: string
}

export interface DiagnosticsSlice {
  validation: ValidationSnapshot | null
  /** Check codes switched off by the user, passed as `disabled` to validateRuleText. */
  disabledChecks: string[]
  problemsOpen: boolean
  /** Share of the editor pane's height given to the editor when the Problems panel is open. */
  problemsRatio: number
  /** Returns false (and changes nothing) when the text changed since the request was made. */
  applyValidation(snapshot: ValidationSnapshot): boolean
  setCheckEnabled(code: string, enabled: boolean): void
  enableAllChecks(): void
  setProblemsOpen(open: boolean): void
  setProblemsRatio(ratio: number): void
}

export const PROBLEMS_RATIO_LIMITS = { min: 0.3, max: 0.9, default: 0.72 } as const

interface StoredChecks {
  disabled: string[]
  problemsOpen: boolean
  problemsRatio: number
}

type SetState = (partial: Partial<DiagnosticsSlice> | ((s: DiagnosticsSlice) => Partial<DiagnosticsSlice>)) => void

export function createDiagnosticsSlice(set: SetState, get: () => DiagnosticsSlice & { revision: number }): DiagnosticsSlice {
  const stored = loadStoredChecks()
  const save = () => {
    const { disabledChecks, problemsOpen, problemsRatio } = get()
    try {
      safeLocalStorage().setItem(CHECKS_STORAGE_KEY, JSON.stringify({ disabled: disabledChecks, problemsOpen, problemsRatio } satisfies StoredChecks))
    } catch {
      // Quota or blocked storage: the choice still holds for this session.
    }
  }
  return {
    validation: null,
    disabledChecks: stored.disabled,
    problemsOpen: stored.problemsOpen,
    problemsRatio: stored.problemsRatio,
    applyValidation(snapshot) {
      if (snapshot.revision !== get().revision) return false
      set({ validation: snapshot })
      return true
    },
    setCheckEnabled(code, enabled) {
      const current = get().disabledChecks
      const next = enabled ? current.filter((c) => c !== code) : current.includes(code) ? current : [...current, code].sort()
      if (next === current) return
      set({ disabledChecks: next })
      save()
    },
    enableAllChecks() {
      if (get().disabledChecks.length === 0) return
      set({ disabledChecks: [] })
      save()
    },
    setProblemsOpen(problemsOpen) {
      if (problemsOpen === get().problemsOpen) return
      set({ problemsOpen })
      save()
    },
    setProblemsRatio(ratio) {
      const problemsRatio = clampProblemsRatio(ratio)
      if (problemsRatio === get().problemsRatio) return
      set({ problemsRatio })
      save()
    },
  }
}

/** Reads the stored preferences, keeping only values that still make sense (storage is user-editable). */
export function loadStoredChecks(): StoredChecks {
  const fallback: StoredChecks = { disabled: [], problemsOpen: true, problemsRatio: PROBLEMS_RATIO_LIMITS.default }
  try {
    const raw = safeLocalStorage().getItem(CHECKS_STORAGE_KEY)
    if (!raw) return fallback
    const value: unknown = JSON.parse(raw)
    if (typeof value !== 'object' || value === null) return fallback
    const { disabled, problemsOpen, problemsRatio } = value as Record<string, unknown>
    return {
      disabled: Array.isArray(disabled) ? [...new Set(disabled.filter((c): c is string => typeof c === 'string'))].sort() : [],
      problemsOpen: typeof problemsOpen === 'boolean' ? problemsOpen : true,
      problemsRatio: typeof problemsRatio === 'number' ? clampProblemsRatio(problemsRatio) : PROBLEMS_RATIO_LIMITS.default,
    }
  } catch {
    return fallback
  }
}

export function clampProblemsRatio(ratio: number): number {
  if (!Number.isFinite(ratio)) return PROBLEMS_RATIO_LIMITS.default
  return Math.min(PROBLEMS_RATIO_LIMITS.max, Math.max(PROBLEMS_RATIO_LIMITS.min, ratio))
}
