import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CHECKS_STORAGE_KEY, clampProblemsRatio, createDiagnosticsSlice, loadStoredChecks, PROBLEMS_RATIO_LIMITS, type DiagnosticsSlice } from './slice'
import { safeLocalStorage } from '../lib/safe-storage'

function makeSlice() {
  let state = { revision: 1 } as DiagnosticsSlice & { revision: number }
  const set = (partial: Partial<DiagnosticsSlice> | ((s: DiagnosticsSlice) => Partial<DiagnosticsSlice>)) => {
    state = { ...state, ...(typeof partial === 'function' ? partial(state) : partial) }
  }
  state = { ...state, ...createDiagnosticsSlice(set, () => state) }
  return () => state
}

beforeEach(() => {
  // Node has no localStorage: one in-memory store that outlives a "reload" (a new slice).
  const memory = new Map<string, string>()
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => memory.get(key) ?? null,
    setItem: (key: string, value: string) => void memory.set(key, value),
    removeItem: (key: string) => void memory.delete(key),
  })
})
afterEach(() => {
  safeLocalStorage().removeItem(CHECKS_STORAGE_KEY)
  vi.unstubAllGlobals()
})

describe('diagnostics slice', () => {
  it('keeps disabled checks, the open state and the panel size across a reload', () => {
    const get = makeSlice()
    get().setCheckEnabled('missing-id', false)
    get().setCheckEnabled('dangling-detection', false)
    get().setProblemsOpen(false)
    get().setProblemsRatio(0.5)
    const reloaded = makeSlice()()
    expect(reloaded.disabledChecks).toEqual(['dangling-detection', 'missing-id'])
    expect(reloaded.problemsOpen).toBe(false)
    expect(reloaded.problemsRatio).toBe(0.5)
    reloaded.setCheckEnabled('missing-id', true)
    expect(loadStoredChecks().disabled).toEqual(['dangling-detection'])
    reloaded.enableAllChecks()
    expect(loadStoredChecks().disabled).toEqual([])
  })

  it('ignores a stored value that makes no sense and clamps the panel size', () => {
    safeLocalStorage().setItem(CHECKS_STORAGE_KEY, JSON.stringify({ disabled: [3, 'x', 'x'], problemsOpen: 'yes', problemsRatio: 7 }))
    expect(loadStoredChecks()).toEqual({ disabled: ['x'], problemsOpen: true, problemsRatio: PROBLEMS_RATIO_LIMITS.max })
    expect(clampProblemsRatio(Number.NaN)).toBe(PROBLEMS_RATIO_LIMITS.default)
    expect(clampProblemsRatio(0)).toBe(PROBLEMS_RATIO_LIMITS.min)
  })

  it('drops a validation computed for older text', () => {
    const get = makeSlice()
    expect(get().applyValidation({ revision: 0, diagnostics: [], durationMs: 1 })).toBe(false)
    expect(get().applyValidation({ revision: 1, diagnostics: [], durationMs: 1 })).toBe(true)
    expect(get().validation?.revision).toBe(1)
  })
})
