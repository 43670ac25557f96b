// Diagnostics of the validator: the core Diagnostic plus an optional quick fix the editor can apply.
import type { Diagnostic, Severity, SourceRange } from '../api-types'

export interface TextEdit {
  range: SourceRange
  newText: string
}

export interface QuickFix {
  title: string
  edits: TextEdit[]
}

export interface ValidationDiagnostic extends Diagnostic {
  fix?: QuickFix
}

export interface ValidateOptions {
  /** Codes to drop from the result (e.g. ['missing-id']). */
  disabled?: string[]
  /** Date used by "set today's date" fixes (tests pin it); defaults to now. */
  today?: Date
  /** UUID generator for "generate id" fixes (tests pin it). */
  newId?: () => string
}

/** One diagnostic code with its default severity and a one-line description (for docs and --summary). */
export interface CheckInfo {
  code: string
  severity: Severity
  summary: string
}
