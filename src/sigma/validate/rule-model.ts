// A rule seen by the checks: the merged YAML map plus its detection section broken into search
// identifiers, field items (field, modifiers, values) and conditions, all with source ranges.
import type { SourceRange } from '../api-types'
import type { ParsedCondition } from '../condition/ast'
import { parseCondition } from '../condition/parse'
import { SigmaError } from '../diagnostics'
import type { YEntry, YMap, YNode, YScalar } from '../parse/yaml-tree'
import { mapEntry } from '../parse/yaml-tree'
import { mapValueOffsets } from './text-util'

export type RuleKind = 'detection' | 'correlation' | 'filter' | 'unknown'

export interface SearchIdentifier {
  name: string
  nameRange: SourceRange
  value: YNode
}

export interface Modifier {
  name: string
  range: SourceRange
}

/** One `field|mod: value(s)` entry, or a keyword list (field null). */
export interface DetectionItem {
  searchId: SearchIdentifier
  field: string | null
  /** The YAML key (`Field|contains|all`) and its range; absent for plain keyword lists. */
  key?: string
  keyRange?: SourceRange
  modifiers: Modifier[]
  node: YNode
  /** Every scalar value of the item (a list is flattened one level). */
  values: YScalar[]
}

export interface ConditionInfo {
  text: string
  node: YScalar
  /** Offset of each condition character in the source (see mapValueOffsets). */
  offsets: number[]
  parsed?: ParsedCondition
  error?: SigmaError
}

export interface DetectionSection {
  key: 'detection' | 'filter'
  entry: YEntry
  searchIds: SearchIdentifier[]
  items: DetectionItem[]
  conditions: ConditionInfo[]
  conditionEntry?: YEntry
}

export interface RuleContext {
  text: string
  rule: YMap
  kind: RuleKind
  documentIndex: number
  detection?: DetectionSection
}

/** Keys of a detection (or filter) map that are not search identifiers. */
const RESERVED: Record<DetectionSection['key'], Set<string>> = {
  detection: new Set(['condition', 'timeframe']),
  filter: new Set(['condition', 'rules']),
}

export function ruleKind(rule: YMap): RuleKind {
  if (mapEntry(rule, 'correlation')) return 'correlation'
  if (mapEntry(rule, 'filter') && !mapEntry(rule, 'detection')) return 'filter'
  if (mapEntry(rule, 'detection')) return 'detection'
  return 'unknown'
}

export function buildRuleContext(text: string, rule: YMap, documentIndex: number): RuleContext {
  const kind = ruleKind(rule)
  const key = kind === 'filter' ? 'filter' : 'detection'
  const entry = mapEntry(rule, key)
  const detection = entry && entry.value.kind === 'map' ? buildDetection(text, key, entry) : undefined
  return { text, rule, kind, documentIndex, detection }
}

function buildDetection(text: string, key: DetectionSection['key'], entry: YEntry): DetectionSection {
  const map = entry.value as YMap
  const searchIds: SearchIdentifier[] = []
  const items: DetectionItem[] = []
  for (const e of map.entries) {
    if (RESERVED[key].has(e.key)) continue
    const searchId = { name: e.key, nameRange: e.keyRange, value: e.value }
    searchIds.push(searchId)
    collectItems(text, searchId, items)
  }
  const conditionEntry = mapEntry(map, 'condition')
  const conditions: ConditionInfo[] = []
  if (conditionEntry) {
    const nodes = conditionEntry.value.kind === 'seq' ? conditionEntry.value.items : [conditionEntry.value]
    for (const node of nodes) if (node.kind === 'scalar' && node.type !== 'null') conditions.push(readCondition(text, node))
  }
  return { key, entry, searchIds, items, conditions, conditionEntry }
}

function readCondition(text: string, node: YScalar): ConditionInfo {
  const offsets = mapValueOffsets(node.text, text, node.range)
  try {
    return { text: node.text, node, offsets, parsed: parseCondition(node.text) }
  } catch (error) {
    if (error instanceof SigmaError) return { text: node.text, node, offsets, error }
    throw error
  }
}

function collectItems(text: string, searchId: SearchIdentifier, out: DetectionItem[]): void {
  const value = searchId.value
  if (value.kind === 'map') {
    for (const e of value.entries) out.push(fieldItem(text, searchId, e))
    return
  }
  if (value.kind === 'seq') {
    const keywords: YScalar[] = []
    for (const item of value.items) {
      if (item.kind === 'map') for (const e of item.entries) out.push(fieldItem(text, searchId, e))
      else if (item.kind === 'scalar') keywords.push(item)
    }
    if (keywords.length) out.push({ searchId, field: null, modifiers: [], node: value, values: keywords })
    return
  }
  out.push({ searchId, field: null, modifiers: [], node: value, values: [value] })
}

function fieldItem(text: string, searchId: SearchIdentifier, e: YEntry): DetectionItem {
  const parts = e.key.split('|')
  const offsets = mapValueOffsets(e.key, text, e.keyRange)
  const modifiers: Modifier[] = []
  let pos = parts[0].length + 1
  for (const name of parts.slice(1)) {
    modifiers.push({ name, range: { start: offsets[pos], end: offsets[pos] + name.length } })
    pos += name.length + 1
  }
  const values: YScalar[] = []
  if (e.value.kind === 'scalar') values.push(e.value)
  else if (e.value.kind === 'seq') for (const v of e.value.items) if (v.kind === 'scalar') values.push(v)
  return { searchId, field: parts[0] === '' ? null : parts[0], key: e.key, keyRange: e.keyRange, modifiers, node: e.value, values }
}

/** Source range of a condition node (its ranges are relative to the condition string). */
export function conditionRange(info: ConditionInfo, range: SourceRange): SourceRange {
  const start = info.offsets[Math.min(range.start, info.text.length)]
  const lastIndex = Math.max(range.start, range.end - 1)
  const end = range.end > range.start ? info.offsets[Math.min(lastIndex, info.text.length)] + 1 : start
  return { start, end: Math.max(start, end) }
}
