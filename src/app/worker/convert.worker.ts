/// <reference lib="webworker" />
// Runs the Sigma converter off the UI thread so typing never waits for a conversion.
import { convertRuleTextAll } from '../../sigma'
import { validateRuleText } from '../../sigma/validate'
import type { ConvertRequest, ConvertResponse, ValidationPayload } from './protocol'

const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = (event: MessageEvent<ConvertRequest>) => {
  const { id, text, validate } = event.data
  const started = performance.now()
  let response: ConvertResponse
  try {
    const result = convertRuleTextAll(text)
    response = { id, ok: true, result, durationMs: performance.now() - started }
  } catch (error) {
    response = { id, ok: false, message: errorMessage(error) }
  }
  // The validator is cheap (~25 ms on the largest corpus rule) and answers with the same id.
  if (validate) response.validation = runValidation(text, validate.disabled)
  scope.postMessage(response)
}

function runValidation(text: string, disabled: string[]): ValidationPayload {
  const started = performance.now()
  try {
    return { ok: true, diagnostics: validateRuleText(text, { disabled }), durationMs: performance.now() - started }
  } catch (error) {
    return { ok: false, message: errorMessage(error) }
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
