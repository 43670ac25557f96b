// TEMPORARY STUB (being replaced by the real converter): same signatures as the final API.
import type { BackendInfo, ConversionResult, ConvertAllResult } from './api-types'

const BACKENDS: BackendInfo[] = [
  { id: 'es-qs', label: 'es-qs', outputLanguage: 'plaintext' },
  { id: 'xpack-watcher', label: 'xpack-watcher', outputLanguage: 'shell' },
  { id: 'graylog', label: 'graylog', outputLanguage: 'plaintext' },
  { id: 'splunk', label: 'splunk', outputLanguage: 'plaintext' },
  { id: 'logpoint', label: 'logpoint', outputLanguage: 'plaintext' },
  { id: 'grep', label: 'grep', outputLanguage: 'shell' },
]

export function listBackends(): BackendInfo[] {
  return BACKENDS
}

export function convertRuleText(text: string, backendId: string): ConversionResult {
  return { ok: true, output: `${backendId}: ${text.length} chars\n` }
}

export function convertRuleTextAll(text: string): ConvertAllResult {
  const results: Record<string, ConversionResult> = {}
  for (const b of BACKENDS) results[b.id] = convertRuleText(text, b.id)
  return { diagnostics: [], results }
}
