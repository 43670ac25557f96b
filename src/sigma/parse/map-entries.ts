// Adding a key to a map being built, the way PyYAML (and so the reference converter) does it.
import type { Diagnostic } from '../api-types'
import type { YEntry } from './yaml-tree'

/**
 * A repeated key keeps the first key's position and takes the later value, as PyYAML does, with a
 * warning. `seen` maps each key to its index in `entries`.
 */
export function addMapEntry(
  entries: YEntry[],
  seen: Map<string, number>,
  entry: YEntry,
  diagnostics: Diagnostic[],
): void {
  const previous = seen.get(entry.key)
  if (previous === undefined) {
    seen.set(entry.key, entries.length)
    entries.push(entry)
    return
  }
  diagnostics.push({
    code: 'yaml-duplicate-key',
    severity: 'warning',
    message: `Duplicate key '${entry.key}': the later value replaces the earlier one.`,
    range: entry.keyRange,
  })
  entries[previous] = { ...entries[previous], value: entry.value }
}

