// One list of problems for the editor markers and the Problems panel: the validator's diagnostics
// (with quick fixes) merged with what the converter reports (reading errors, backend failures).
// Pure functions of store data, no Monaco, so the panel stays in the main bundle.
import type { BackendInfo, ConversionResult, Diagnostic, Severity, SourceRange } from '../../sigma'
import type { QuickFix, ValidationDiagnostic } from '../../sigma/validate'
import { collectMarkers } from '../lib/markers'
import type { ValidationPayload } from '../worker/protocol'
import type { ValidationSnapshot } from './slice'

export type ProblemSource = 'validator' | 'converter'

export interface Problem {
  /**
   * Unique within one list and the same for the same problem in the next list (source, code, range),
   * so a list re-rendered after a check is switched off keeps its rows (and the focus in them).
   */
  key: string
  source: ProblemSource
  severity: Severity
  message: string
  /** Validator or core code; backend failures have none. */
  code?: string
  range: SourceRange
  fix?: QuickFix
}

export function toValidationSnapshot(revision: number, payload: ValidationPayload): ValidationSnapshot {
  return payload.ok
    ? { revision, diagnostics: payload.diagnostics, durationMs: payload.durationMs }
    : { revision, diagnostics: [], durationMs: null, error: payload.message }
}

export interface ProblemInputs {
  revision: number
  conversion: { revision: number; diagnostics: Diagnostic[]; results: Record<string, ConversionResult> } | null
  validation: ValidationSnapshot | null
  backends: readonly BackendInfo[]
  disabledChecks: readonly string[]
}

/**
 * Core codes that mean the same as a validator code (the validator words them better and has fixes).
 * Used only for a diagnostic at the very same range; if that check is switched off, the core's
 * diagnostic shows again (it still explains why no backend can translate the rule).
 */
const SAME_AS_VALIDATOR: Readonly<Record<string, string>> = {
  'condition-undefined-identifier': 'undefined-identifier',
  'collection-unknown-action': 'invalid-enum',
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 }

/**
 * Problems for the current text, or null when neither the conversion nor the validation matches it
 * yet (callers keep showing what they have; Monaco moves existing markers along with edits).
 *
 * Merging: the validator re-reports the core's reading errors (yaml-syntax, condition-syntax) at the
 * same ranges, with quick fixes and codes the user can switch off, so a converter diagnostic with the
 * same code at the same range (or the same range and message) is dropped in favour of the validator's.
 * Backend failures stay: they say which backends cannot translate, which the validator does not know.
 * A disabled code hides the converter's diagnostics with that code too: one switch per code.
 */
export function collectProblems(input: ProblemInputs): Problem[] | null {
  const { revision, conversion, validation, backends } = input
  const conversionCurrent = conversion !== null && conversion.revision === revision
  const validationCurrent = validation !== null && validation.revision === revision
  if (!conversionCurrent && !validationCurrent) return null
  const disabled = new Set(input.disabledChecks)

  const problems: Problem[] = []
  const seen = new Set<string>()
  const keys = new Map<string, number>()
  const keyFor = (source: string, code: string | undefined, range: SourceRange) => {
    const base = `${source}:${code ?? ''}@${range.start}:${range.end}`
    const n = keys.get(base) ?? 0
    keys.set(base, n + 1)
    return n === 0 ? base : `${base}#${n}`
  }
  if (validationCurrent) {
    validation.diagnostics.forEach((d: ValidationDiagnostic) => {
      if (disabled.has(d.code)) return
      seen.add(`${d.code}@${d.range.start}:${d.range.end}`)
      seen.add(`${d.range.start}:${d.range.end}:${d.message}`)
      problems.push({ key: keyFor('v', d.code, d.range), source: 'validator', severity: d.severity, message: d.message, code: d.code, range: d.range, fix: d.fix })
    })
  }
  if (conversionCurrent) {
    collectMarkers(conversion.diagnostics, conversion.results, backends).forEach((m) => {
      if (m.code && (disabled.has(m.code) || seen.has(`${m.code}@${m.range.start}:${m.range.end}`))) return
      const alias = m.code && SAME_AS_VALIDATOR[m.code]
      if (alias && seen.has(`${alias}@${m.range.start}:${m.range.end}`)) return
      if (seen.has(`${m.range.start}:${m.range.end}:${m.message}`)) return
      problems.push({ key: keyFor('c', m.code, m.range), source: 'converter', severity: m.severity, message: m.message, code: m.code, range: m.range })
    })
  }
  return problems.sort((a, b) => a.range.start - b.range.start || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])
}

export function countProblems(problems: readonly Problem[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 }
  for (const p of problems) counts[p.severity]++
  return counts
}
