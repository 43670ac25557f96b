// Schema checks done on the YAML tree: required keys, value types, enums, unknown top-level keys
// (custom attributes) and keys that look like misspelt standard ones.
import type { SourceRange } from '../../api-types'
import type { YEntry, YMap, YNode } from '../../parse/yaml-tree'
import { mapEntry } from '../../parse/yaml-tree'
import { closest } from '../edit-distance'
import type { Reporter } from '../reporter'
import type { RuleContext } from '../rule-model'
import {
  CORRELATION_CONDITION_KEYS, CORRELATION_TYPES, KEY_SKELETONS, KNOWN_CUSTOM_KEYS, LOGSOURCE_KEYS, RELATED_TYPES,
  REQUIRED_KEYS, TOP_LEVEL_KEYS, type KeySpec,
} from '../rule-keys'

const SHAPE_TEXT: Record<KeySpec['shape'], string> = {
  string: 'a text value',
  'string-list': 'a list of text values',
  'string-or-list': 'a text value or a list of them',
  map: 'a map of keys',
  date: 'a date (YYYY-MM-DD)',
  list: 'a list',
  scalar: 'a single value',
  bool: 'true or false',
}

function isText(node: YNode): boolean {
  return node.kind === 'scalar' && node.type !== 'null'
}

function fitsShape(node: YNode, shape: KeySpec['shape']): boolean {
  switch (shape) {
    case 'string':
    case 'date':
    case 'scalar':
      return isText(node)
    case 'bool':
      return node.kind === 'scalar' && node.type === 'bool'
    case 'string-list':
      return node.kind === 'seq' && node.items.every(isText)
    case 'string-or-list':
      return isText(node) || (node.kind === 'seq' && node.items.every(isText))
    case 'map':
      return node.kind === 'map'
    case 'list':
      return node.kind === 'seq'
  }
}

/** Per YAML document (before `action: global` merging): value types, enums and unknown keys. */
export function checkDocumentKeys(root: YMap, r: Reporter): void {
  for (const entry of root.entries) {
    const spec = Object.hasOwn(TOP_LEVEL_KEYS, entry.key) ? TOP_LEVEL_KEYS[entry.key] : undefined
    if (!spec) {
      checkCustomKey(entry, r)
      continue
    }
    if (!fitsShape(entry.value, spec.shape)) {
      r.report('invalid-type', entry.value.kind === 'scalar' && entry.value.type === 'null' ? entry.keyRange : entry.value.range,
        `'${entry.key}' must be ${SHAPE_TEXT[spec.shape]}.`)
      continue
    }
    if (spec.enum && entry.value.kind === 'scalar') checkEnum(entry.key, entry.value.text, entry.value.range, spec.enum, r)
    if (entry.key === 'title' && entry.value.kind === 'scalar' && entry.value.text.length > 256) {
      r.report('title-too-long', entry.value.range, `The title has ${entry.value.text.length} characters: keep it under 256 and move details to 'description'.`)
    }
    if (entry.key === 'related' && entry.value.kind === 'seq') checkRelated(entry.value.items, r)
    if (entry.key === 'logsource' && entry.value.kind === 'map') checkLogsource(entry.value, r)
    if (entry.key === 'correlation' && entry.value.kind === 'map') checkCorrelation(entry.value, r)
  }
}

function checkEnum(key: string, value: string, range: SourceRange, allowed: readonly string[], r: Reporter): void {
  if (allowed.includes(value)) return
  const suggestion = allowed.find((a) => a === value.toLowerCase()) ?? closest(value, allowed, 3)
  r.report('invalid-enum', range, `'${value}' is not a valid ${key}: use one of ${allowed.join(', ')}.`, {
    fix: suggestion ? { title: `Change to '${suggestion}'`, edits: [{ range, newText: suggestion }] } : undefined,
  })
}

function checkCustomKey(entry: YEntry, r: Reporter): void {
  if (KNOWN_CUSTOM_KEYS.has(entry.key)) return
  const standard = Object.keys(TOP_LEVEL_KEYS)
  // 'reference' is a common slip for 'references' (one edit); short keys need an exact case-folded match.
  const maxEdits = entry.key.length <= 4 ? 0 : entry.key.length <= 7 ? 1 : 2
  // A dropped final letter ('tag', 'field') is a typo even on short keys.
  const similar = closest(entry.key, standard, maxEdits) ?? standard.find((k) => k === entry.key.toLowerCase() + 's')
  if (similar) {
    r.report('similar-to-standard-key', entry.keyRange, `'${entry.key}' looks like the standard key '${similar}' but is read as a custom attribute: rename it to '${similar}'.`, {
      fix: { title: `Rename to '${similar}'`, edits: [{ range: entry.keyRange, newText: similar }] },
    })
    return
  }
  r.report('unknown-key', entry.keyRange, `'${entry.key}' is not a Sigma key: tools keep it as a custom attribute but do not use it.`)
}

function checkRelated(items: YNode[], r: Reporter): void {
  for (const item of items) {
    if (item.kind !== 'map') {
      r.report('invalid-type', item.range, "Each 'related' entry must be a map with 'id' and 'type'.")
      continue
    }
    for (const key of ['id', 'type']) {
      if (!mapEntry(item, key)) r.report('missing-required-key', item.range, `This 'related' entry has no '${key}'.`)
    }
    const type = mapEntry(item, 'type')
    if (type && type.value.kind === 'scalar') checkEnum('related type', type.value.text, type.value.range, RELATED_TYPES, r)
  }
}

function checkLogsource(map: YMap, r: Reporter): void {
  for (const entry of map.entries) {
    const known = (LOGSOURCE_KEYS as readonly string[]).includes(entry.key)
    if (!known) {
      const similar = closest(entry.key, LOGSOURCE_KEYS, 2)
      r.report('logsource-unknown-key', entry.keyRange,
        similar
          ? `'${entry.key}' is not a logsource key: did you mean '${similar}'?`
          : `'${entry.key}' is not a logsource key: use category, product, service, or explain the source in 'definition'.`,
        { fix: similar ? { title: `Rename to '${similar}'`, edits: [{ range: entry.keyRange, newText: similar }] } : undefined })
      continue
    }
    if (!isText(entry.value)) {
      r.report('invalid-type', entry.value.kind === 'scalar' ? entry.keyRange : entry.value.range, `logsource '${entry.key}' must be a text value.`)
      continue
    }
    if (entry.key !== 'definition' && entry.value.kind === 'scalar' && !/^[a-z0-9_.\-]+$/.test(entry.value.text)) {
      const normal = entry.value.text.toLowerCase().replace(/\s+/g, '_')
      r.report('logsource-value-format', entry.value.range, `logsource values are lower case with '_' for spaces: write '${normal}'.`, {
        fix: /^[a-z0-9_.\-]+$/.test(normal) ? { title: `Change to '${normal}'`, edits: [{ range: entry.value.range, newText: normal }] } : undefined,
      })
    }
  }
}

function checkCorrelation(map: YMap, r: Reporter): void {
  const type = mapEntry(map, 'type')
  for (const key of ['type', 'rules', 'timespan']) {
    if (!mapEntry(map, key)) r.report('missing-required-key', firstKeyRange(map), `The correlation has no '${key}'.`)
  }
  if (type) {
    if (type.value.kind === 'scalar') checkEnum('correlation type', type.value.text, type.value.range, CORRELATION_TYPES, r)
    else r.report('invalid-type', type.value.range, "The correlation 'type' must be a text value.")
  }
  // Type-specific rules only apply once the type itself is valid.
  const typeText = type?.value.kind === 'scalar' && (CORRELATION_TYPES as readonly string[]).includes(type.value.text) ? type.value.text : ''
  const rules = mapEntry(map, 'rules')
  if (rules && !fitsShape(rules.value, 'string-or-list')) r.report('invalid-type', rules.value.range, "'rules' must list rule ids or names.")
  const groupBy = mapEntry(map, 'group-by')
  if (groupBy && !fitsShape(groupBy.value, 'string-or-list')) r.report('invalid-type', groupBy.value.range, "'group-by' must list field names.")
  const timespan = mapEntry(map, 'timespan')
  if (timespan) {
    const text = timespan.value.kind === 'scalar' ? timespan.value.text : ''
    if (!/^\d+[smhdwMy]$/.test(text)) r.report('invalid-timespan', timespan.value.range, `'${text}' is not a timespan: write a number and a unit, e.g. 30s, 5m, 1h or 7d.`)
  }
  const condition = mapEntry(map, 'condition')
  const needsCondition = typeText !== 'temporal' && typeText !== 'temporal_ordered'
  if (!condition && needsCondition && typeText) {
    r.report('missing-required-key', type!.value.range, `A ${typeText} correlation needs a 'condition', e.g. 'condition: {gte: 10}'.`)
  }
  if (condition) {
    if (condition.value.kind !== 'map') {
      if (needsCondition) r.report('invalid-type', condition.value.range, "The correlation 'condition' must be a map like 'gte: 10'.")
    } else {
      for (const e of condition.value.entries) {
        if (!(CORRELATION_CONDITION_KEYS as readonly string[]).includes(e.key)) {
          r.report('invalid-enum', e.keyRange, `'${e.key}' is not a correlation condition: use gt, gte, lt, lte, eq, neq (and 'field' for value_count).`)
        } else if (e.key !== 'field' && !(e.value.kind === 'scalar' && (e.value.type === 'int' || e.value.type === 'float'))) {
          r.report('invalid-type', e.value.range, `'${e.key}' must be a number.`)
        }
      }
      if (typeText.startsWith('value_') && !mapEntry(condition.value, 'field')) {
        r.report('missing-required-key', condition.keyRange, `A ${typeText} correlation needs 'field' in its condition: the field whose values are counted.`)
      }
    }
  }
}

function firstKeyRange(map: YMap): SourceRange {
  return map.entries[0]?.keyRange ?? { start: map.range.start, end: map.range.start }
}

/** Per merged rule: the mandatory keys of its kind, with a fix that inserts a skeleton. */
export function checkRequiredKeys(ctx: RuleContext, r: Reporter): void {
  const { rule, text } = ctx
  if (ctx.kind !== 'correlation' && mapEntry(rule, 'correlation') && (mapEntry(rule, 'detection') || mapEntry(rule, 'filter'))) {
    r.report('ambiguous-rule-kind', mapEntry(rule, 'correlation')!.keyRange, 'A document is either a detection rule, a correlation rule or a filter: split it into separate YAML documents (---).')
  }
  if (ctx.kind === 'correlation' && mapEntry(rule, 'detection')) {
    r.report('ambiguous-rule-kind', mapEntry(rule, 'detection')!.keyRange, "A correlation rule has no 'detection': put the detection in its own rule and list it under correlation 'rules'.")
  }
  for (const key of REQUIRED_KEYS[ctx.kind]) {
    if (mapEntry(rule, key)) continue
    const at = key === 'title' ? rule.range.start : insertionPoint(text, rule.range.end)
    const prefix = key !== 'title' && at > 0 && text[at - 1] !== '\n' ? '\n' : ''
    r.report('missing-required-key', firstKeyRange(rule), `The rule has no '${key}': ${REQUIRED_TEXT[key]}`, {
      fix: { title: `Add '${key}'`, edits: [{ range: { start: at, end: at }, newText: prefix + KEY_SKELETONS[key] }] },
    })
  }
  const detection = ctx.detection
  if (detection && !detection.conditionEntry) {
    const names = detection.searchIds.map((s) => s.name)
    const entries = (detection.entry.value as YMap).entries
    const last = entries[entries.length - 1]
    const indent = last ? ' '.repeat(columnOf(text, last.keyRange.start)) : '    '
    const at = last ? insertionPoint(text, last.value.range.end) : detection.entry.keyRange.end
    const condition = names.length > 1 ? `1 of ${commonPrefix(names)}` : names[0] ?? 'selection'
    r.report('missing-condition', detection.entry.keyRange, `'${detection.key}' needs a 'condition' that combines its search identifiers, e.g. 'condition: ${condition}'.`, {
      fix: { title: `Add 'condition: ${condition}'`, edits: [{ range: { start: at, end: at }, newText: `${text[at - 1] === '\n' ? '' : '\n'}${indent}condition: ${condition}\n` }] },
    })
  }
  if (detection && detection.searchIds.length === 0) {
    r.report('empty-detection', detection.entry.keyRange, `'${detection.key}' defines no search identifier: add one, e.g. 'selection:' with field: value entries.`)
  }
  if (detection) {
    for (const id of detection.searchIds) {
      if (id.value.kind === 'scalar' && id.value.type === 'null') {
        r.report('invalid-type', id.nameRange, `The search identifier '${id.name}' is empty: give it field: value entries or a list of keywords.`)
      }
    }
    const condition = detection.conditionEntry?.value
    if (condition && !fitsShape(condition, 'string-or-list')) {
      r.report('invalid-type', condition.kind === 'scalar' ? detection.conditionEntry!.keyRange : condition.range, "'condition' must be a text expression (or a list of them).")
    }
  }
}

const REQUIRED_TEXT: Record<string, string> = {
  title: 'every rule needs a short title.',
  logsource: 'say which logs the rule applies to (category, product, service).',
  detection: "define search identifiers and a 'condition'.",
  correlation: 'say how the referenced rules are correlated.',
  filter: "say which rules the filter applies to and what it excludes.",
}

/** The start of the line after `offset` (end of text if none): where new keys go. */
function insertionPoint(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset
  const nl = text.indexOf('\n', offset)
  return nl < 0 ? text.length : nl + 1
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1)
}

function commonPrefix(names: string[]): string {
  let prefix = names[0]
  for (const n of names) while (!n.startsWith(prefix)) prefix = prefix.slice(0, -1)
  return prefix ? `${prefix}*` : 'them'
}
