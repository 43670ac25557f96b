// Rule text in, every backend's output out: the one entry point the UI, worker and CLI share.
import type { BackendInfo, ConversionResult, ConvertAllResult } from './api-types'
import { BACKENDS, findBackend } from './backends'
import { renderRule } from './convert/convert'
import { PreparedRuleCache } from './convert/prepare'

export function listBackends(): BackendInfo[] {
  return BACKENDS.map(({ id, label, outputLanguage }) => ({ id, label, outputLanguage }))
}

export function convertRuleText(text: string, backendId: string): ConversionResult {
  const backend = findBackend(backendId)
  if (!backend) return { ok: false, error: `Unknown backend '${backendId}'. Known: ${BACKENDS.map((b) => b.id).join(', ')}.` }
  return renderRule(new PreparedRuleCache(text).get(backend.reference), backend)
}

export function convertRuleTextAll(text: string): ConvertAllResult {
  const cache = new PreparedRuleCache(text)
  const prepared = cache.get('0.20')
  const results: Record<string, ConversionResult> = {}
  for (const backend of BACKENDS) results[backend.id] = renderRule(cache.get(backend.reference), backend)
  const diagnostics = [...prepared.diagnostics]
  if (!prepared.ok && !diagnostics.some((d) => d.severity === 'error')) diagnostics.push(prepared.error.toDiagnostic())
  return { diagnostics, results }
}
