// What one backend tab shows, derived from the store. Kept pure so the rules about stale output
// live in one place: an output is shown as current only if it was computed for the current text.
import type { ConversionResult, Diagnostic, SourceRange } from '../../sigma'
import type { ConversionSnapshot, LastGoodOutput } from '../store'

export type TabView =
  | { kind: 'loading' }
  | {
      kind: 'output'
      output: string
      /** The text changed and a newer result is on its way. */
      pending: boolean
    }
  | {
      kind: 'error'
      error: string
      errorRange?: SourceRange
      /** Rule-level errors (YAML, structure) that explain the failure; the backend error is not repeated. */
      diagnostics: Diagnostic[]
      /** Shown dimmed and labelled outdated, never as the current translation. */
      lastGood?: LastGoodOutput
      pending: boolean
    }

export function tabViewFor(
  backendId: string,
  revision: number,
  conversion: ConversionSnapshot | null,
  lastGood: Readonly<Record<string, LastGoodOutput>>,
): TabView {
  const result: ConversionResult | undefined = conversion?.results[backendId]
  if (!conversion || !result) return { kind: 'loading' }
  const pending = conversion.revision !== revision
  if (result.ok) return { kind: 'output', output: result.output, pending }
  const diagnostics = conversion.diagnostics.filter((d) => d.severity === 'error' && d.message !== result.error)
  return { kind: 'error', error: result.error, errorRange: result.range, diagnostics, lastGood: lastGood[backendId], pending }
}

export interface DiagnosticCounts {
  errors: number
  warnings: number
  infos: number
}

export function countDiagnostics(diagnostics: readonly Diagnostic[]): DiagnosticCounts {
  const counts: DiagnosticCounts = { errors: 0, warnings: 0, infos: 0 }
  for (const d of diagnostics) {
    if (d.severity === 'error') counts.errors++
    else if (d.severity === 'warning') counts.warnings++
    else counts.infos++
  }
  return counts
}
