/** Offsets are UTF-16 code-unit offsets into the rule text (what JavaScript strings index). */
export interface SourceRange {
  start: number
  end: number
}

export type Severity = 'error' | 'warning' | 'info' | 'hint'

export interface Diagnostic {
  code: string
  severity: Severity
  message: string
  range: SourceRange
}

export interface BackendInfo {
  id: string
  label: string
  /** Monaco language id used to display the output read-only. */
  outputLanguage: 'plaintext' | 'shell' | 'json'
}

export type ConversionResult =
  | {
      ok: true
      output: string
      /**
       * Where the output reproduces a known weakness of the reference converter (so it is what the
       * legacy tool prints, but may not search what the rule means): said plainly, never silently.
       */
      warnings?: ConversionWarning[]
    }
  | { ok: false; error: string; range?: SourceRange }

export interface ConversionWarning {
  message: string
  range?: SourceRange
}

export interface ConvertAllResult {
  /** Problems found while reading the rule (YAML, structure, condition); shared by every backend. */
  diagnostics: Diagnostic[]
  results: Record<string, ConversionResult>
}
