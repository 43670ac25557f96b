// Messages between the UI thread and the conversion worker. Every request carries an id so a
// response can be matched to the request that produced it.
import type { ConvertAllResult } from '../../sigma'
import type { ValidationDiagnostic } from '../../sigma/validate'

export interface ConvertRequest {
  id: number
  text: string
  /** Also run the Sigma validator (checks with quick fixes) on the same text; `disabled` codes are dropped. */
  validate?: { disabled: string[] }
}

/** The validator's answer, carried next to the conversion (present when the request asked for it). */
export type ValidationPayload =
  | { ok: true; diagnostics: ValidationDiagnostic[]; durationMs: number }
  | { ok: false; message: string }

export type ConvertResponse =
  | { id: number; ok: true; result: ConvertAllResult; durationMs: number; validation?: ValidationPayload }
  /** The converter threw: a bug in the core, reported instead of leaving the UI waiting. */
  | { id: number; ok: false; message: string; validation?: ValidationPayload }
