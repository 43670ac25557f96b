// Turns core diagnostics and per-backend errors into editor markers (still as text offsets; the
// editor converts them to positions with model.getPositionAt).
import type { BackendInfo, ConversionResult, Diagnostic, Severity, SourceRange } from '../../sigma'

export interface MarkerSpec {
  severity: Severity
  message: string
  range: SourceRange
  code?: string
}

export function collectMarkers(
  diagnostics: readonly Diagnostic[],
  results: Readonly<Record<string, ConversionResult>>,
  backends: readonly BackendInfo[],
): MarkerSpec[] {
  const markers: MarkerSpec[] = diagnostics.map((d) => ({
    severity: d.severity,
    message: d.message,
    range: d.range,
    code: d.code,
  }))
  const alreadyMarked = new Set(markers.map(markerKey))

  // Several backends often reject a rule for the same reason at the same place: one marker naming them all.
  const backendErrors = new Map<string, { range: SourceRange; error: string; labels: string[] }>()
  for (const backend of backends) {
    const result = results[backend.id]
    if (!result || result.ok || !result.range) continue
    const key = markerKey({ range: result.range, message: result.error })
    if (alreadyMarked.has(key)) continue
    const entry = backendErrors.get(key)
    if (entry) entry.labels.push(backend.label)
    else backendErrors.set(key, { range: result.range, error: result.error, labels: [backend.label] })
  }
  for (const { range, error, labels } of backendErrors.values()) {
    // Say which backends fail, unless the message already names its (only) backend.
    const named = labels.length === 1 && error.startsWith(labels[0])
    markers.push({ severity: 'error', message: named ? error : `${labels.join(', ')}: ${error}`, range })
  }
  return markers
}

function markerKey(m: { range: SourceRange; message: string }): string {
  return `${m.range.start}:${m.range.end}:${m.message}`
}
