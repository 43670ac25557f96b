// Multi-document rule files: `action: global` sets defaults merged into every following rule,
// `reset` forgets them, `repeat` reuses the previous rule with changes.
import type { Diagnostic } from '../api-types'
import type { YDocument, YEntry, YMap, YNode } from './yaml-tree'
import { mapEntry } from './yaml-tree'

export interface RuleDocument {
  /** The merged rule as a YAML map (global defaults + this document). */
  rule: YMap
  /** Index of the document in the file (0-based), the one that produced this rule. */
  documentIndex: number
}

/** Deep merge like the legacy converter's deep_update_dict: maps merge, everything else replaces. */
export function deepMerge(base: YMap, update: YMap): YMap {
  const entries: YEntry[] = base.entries.map((e) => ({ ...e }))
  for (const entry of update.entries) {
    const index = entries.findIndex((e) => e.key === entry.key)
    if (index < 0) {
      entries.push(entry)
      continue
    }
    const current = entries[index].value
    entries[index] =
      current.kind === 'map' && entry.value.kind === 'map'
        ? { ...entries[index], value: deepMerge(current, entry.value) }
        : { ...entries[index], value: entry.value }
  }
  return { kind: 'map', entries, range: update.range }
}

function withoutKey(map: YMap, key: string): YMap {
  return { ...map, entries: map.entries.filter((e) => e.key !== key) }
}

const EMPTY_MAP: YMap = { kind: 'map', entries: [], range: { start: 0, end: 0 } }

export function collectRules(documents: YDocument[], diagnostics: Diagnostic[]): RuleDocument[] {
  const rules: RuleDocument[] = []
  let globals: YMap = EMPTY_MAP
  let previous: YMap | null = null
  documents.forEach((doc, documentIndex) => {
    const root: YNode | null = doc.root
    if (root === null) return
    if (root.kind !== 'map') {
      diagnostics.push({
        code: 'rule-not-a-map',
        severity: 'error',
        message: 'A Sigma rule document must be a YAML map of keys (title, logsource, detection, ...).',
        range: root.range,
      })
      return
    }
    const actionEntry = mapEntry(root, 'action')
    const action = actionEntry && actionEntry.value.kind === 'scalar' ? actionEntry.value.text : undefined
    const body = withoutKey(root, 'action')
    switch (action) {
      case 'global':
        globals = deepMerge(globals, body)
        return
      case 'reset':
        globals = EMPTY_MAP
        return
      case 'repeat':
        if (!previous) {
          diagnostics.push({
            code: 'collection-repeat-first',
            severity: 'error',
            message: "'action: repeat' needs a rule before it to repeat.",
            range: actionEntry!.value.range,
          })
          return
        }
        previous = deepMerge(previous, body)
        rules.push({ rule: previous, documentIndex })
        return
      case undefined:
        previous = deepMerge(globals, body)
        rules.push({ rule: previous, documentIndex })
        return
      default:
        diagnostics.push({
          code: 'collection-unknown-action',
          severity: 'error',
          message: `Unknown action '${action}': use global, reset or repeat.`,
          range: actionEntry!.value.range,
        })
    }
  })
  return rules
}
