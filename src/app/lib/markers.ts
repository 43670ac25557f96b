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

  // Several backends often reject a rule for the same reason at the same place: one marker naming them
  // all. Messages that start with their backend's name ("graylog cannot ...") are compared without it.
  const backendErrors = new Map<string, { range: SourceRange; error: string; named: boolean; labels: string[] }>()
  for (const backend of backends) {
    const result = results[backend.id]
    if (!result || result.ok || !result.range) continue
    if (alreadyMarked.has(markerKey({ range: result.range, message: result.error }))) continue
    const named = result.error.startsWith(`${backend.label} `)
    const error = named ? result.error.slice(backend.label.length) : result.error
    const key = `${named}:${markerKey({ range: result.range, message: error })}`
    const entry = backendErrors.get(key)
    if (entry) entry.labels.push(backend.label)
    else backendErrors.set(key, { range: result.range, error, named, labels: [backend.label] })
  }
  for (const { range, error, named, labels } of backendErrors.values()) {
    const who = labels.join(', ')
    markers.push({ severity: 'error', message: named ? `${who}${error}` : `${who}: ${error}`, range })
  }
  return markers
}

function markerKey(m: { range: SourceRange; message: string }): string {
  return `${m.range.start}:${m.range.end}:${m.message}`
}
