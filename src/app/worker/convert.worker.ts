/// <reference lib="webworker" />
// Runs the Sigma converter off the UI thread so typing never waits for a conversion.
import { convertRuleTextAll } from '../../sigma'
import type { ConvertRequest, ConvertResponse } from './protocol'

const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = (event: MessageEvent<ConvertRequest>) => {
  const { id, text } = event.data
  const started = performance.now()
  let response: ConvertResponse
  try {
    const result = convertRuleTextAll(text)
    response = { id, ok: true, result, durationMs: performance.now() - started }
  } catch (error) {
    response = { id, ok: false, message: error instanceof Error ? error.message : String(error) }
  }
  scope.postMessage(response)
}
