// Events as bounded, single-line text for the UI: previews for the list, field values for the
// details. Input is untrusted and can be huge; everything here has a size limit.
export const MAX_INPUT_ERRORS = 500
export const PREVIEW_LENGTH = 180
const MAX_FIELDS_SHOWN = 300
const MAX_FIELD_VALUE = 1000

/** Windows System fields that say little about what happened; listed after the others in previews. */
const SYSTEM_NOISE = new Set([
  'Provider_Name', 'Provider_Guid', 'Provider_EventSourceName', 'EventID_Qualifiers', 'Version', 'Level', 'Task', 'Opcode',
  'Keywords', 'TimeCreated_SystemTime', 'EventRecordID', 'Correlation', 'Correlation_ActivityID', 'Execution_ProcessID',
  'Execution_ThreadID', 'Security_UserID', 'Security', 'Computer', 'Channel', 'UtcTime', 'ProcessGuid', 'ParentProcessGuid',
  'LogonGuid', 'TerminalSessionId', 'RuleName', 'Hashes', 'FileVersion', 'Company', 'Product', 'Description',
])

/** Cuts to `max` characters (with an ellipsis) and turns line breaks and control characters into spaces. */
export function boundedText(text: string, max: number): string {
  const cut = text.length > max ? `${text.slice(0, max - 1)}…` : text
  // eslint-disable-next-line no-control-regex
  return cut.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
}

export function valueText(value: unknown, max = MAX_FIELD_VALUE): string {
  if (value === null || value === undefined) return 'null'
  if (typeof value === 'string') return boundedText(value, max)
  if (typeof value === 'object') {
    if (Array.isArray(value)) {
      const items: string[] = []
      let length = 0
      for (const item of value) {
        const text = valueText(item, max)
        items.push(text)
        length += text.length + 2
        if (length > max) break
      }
      return boundedText(`[${items.join(', ')}]`, max)
    }
    let json: string
    try {
      json = JSON.stringify(value) ?? String(value)
    } catch {
      json = '{…}'
    }
    return boundedText(json, max)
  }
  return boundedText(String(value), max)
}

/** Field names in display order: EventID first, then what the event is about, then System noise. */
export function orderedKeys(fields: Record<string, unknown>): string[] {
  const keys = Object.keys(fields)
  const first = keys.filter((k) => k === 'EventID')
  const main = keys.filter((k) => k !== 'EventID' && !SYSTEM_NOISE.has(k))
  const noise = keys.filter((k) => k !== 'EventID' && SYSTEM_NOISE.has(k))
  return [...first, ...main, ...noise]
}

/** `EventID=7045 ServiceName=PSEXESVC …`, at most PREVIEW_LENGTH characters, one line. */
export function eventPreview(fields: Record<string, unknown>): string {
  let out = ''
  for (const key of orderedKeys(fields)) {
    const value = fields[key]
    if (value === null || value === '' || value === undefined) continue
    out += `${out ? '  ' : ''}${key}=${valueText(value, 80)}`
    if (out.length >= PREVIEW_LENGTH) break
  }
  return boundedText(out || '(no fields)', PREVIEW_LENGTH)
}

export function explainedFields(fields: Record<string, unknown>): { fields: { name: string; value: string }[]; count: number } {
  const keys = orderedKeys(fields)
  return {
    fields: keys.slice(0, MAX_FIELDS_SHOWN).map((name) => ({ name: boundedText(name, 200), value: valueText(fields[name]) })),
    count: keys.length,
  }
}
