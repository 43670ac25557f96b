// Messages between the UI thread and the conversion worker. Every request carries an id so a
// response can be matched to the request that produced it.
import type { ConvertAllResult } from '../../sigma'

export interface ConvertRequest {
  id: number
  text: string
}

export type ConvertResponse =
  | { id: number; ok: true; result: ConvertAllResult; durationMs: number }
  /** The converter threw: a bug in the core, reported instead of leaving the UI waiting. */
  | { id: number; ok: false; message: string }
