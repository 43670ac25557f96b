// Rule detection + condition → the legacy converter's parse tree (before backend rendering).
// Detection definitions become AND (maps) / OR (lists) nodes, identifiers become sub-expressions,
// and the optimizer then decides which parentheses survive, exactly as the original did.
import type { SourceRange } from '../api-types'
import type { ConditionNode, ParsedCondition } from '../condition/ast'
import { parseCondition } from '../condition/parse'
import { SigmaError, UnsupportedFeatureError } from '../diagnostics'
import { applyLegacyModifier, type LegacyRelease, type ModValue } from '../modifiers/legacy'
import type { YMap, YNode } from '../parse/yaml-tree'
import type { FieldValue, LegacyNode, PlainValue } from './legacy-nodes'
import { optimizeLegacyTree } from './legacy-optimizer'

export interface LegacySearch {
  /** The optimized tree, or null when nothing is left to search for. */
  tree: LegacyNode | null
  condition: ParsedCondition
  /** Where the condition string starts in the rule text (condition ranges are relative to it). */
  conditionOffset: number
}

type Connective = 'and' | 'or'

function pythonTypeName(node: YNode): string {
  if (node.kind === 'seq') return "<class 'list'>"
  if (node.kind === 'map') return "<class 'dict'>"
  return { str: "<class 'str'>", int: "<class 'int'>", float: "<class 'float'>", bool: "<class 'bool'>", null: "<class 'NoneType'>" }[node.type]
}

function plainValue(node: YNode): PlainValue | null {
  return node.kind === 'scalar' ? { type: node.type, text: node.text, range: node.range } : null
}

/** Detection definitions by name, in rule order ('condition' and 'timeframe' are not searches). */
export class Definitions {
  readonly byName = new Map<string, YNode>()
  readonly keyRanges = new Map<string, SourceRange>()

  constructor(detection: YMap) {
    for (const entry of detection.entries) {
      if (entry.key === 'condition' || entry.key === 'timeframe') continue
      this.byName.set(entry.key, entry.value)
      this.keyRanges.set(entry.key, entry.keyRange)
    }
  }

  get(name: string, range: SourceRange): YNode {
    const node = this.byName.get(name)
    if (node === undefined) {
      throw new SigmaError(`The condition uses '${name}', but the detection has no search with that name.`, range, 'condition-undefined-identifier')
    }
    return node
  }
}

export function definitionToLegacy(definition: YNode, release: LegacyRelease, condOverride?: Connective): LegacyNode {
  if (definition.kind === 'scalar') {
    throw new SigmaError(
      `A search must be a map of fields or a list, got ${pythonTypeName(definition)}: '${definition.text}'.`,
      definition.range,
      'detection-not-map-or-list',
    )
  }
  if (definition.kind === 'seq') {
    const items = definition.items.map((item): LegacyNode => {
      if (item.kind === 'scalar' && (item.type === 'str' || item.type === 'int')) {
        return { kind: 'keyword', value: plainValue(item)!, range: item.range }
      }
      if (item.kind !== 'scalar') return definitionToLegacy(item, release)
      throw new SigmaError('A list of keywords may only contain plain values (strings, numbers) or maps.', item.range, 'detection-list-item')
    })
    return { kind: condOverride ?? 'or', items }
  }
  const items: LegacyNode[] = []
  for (const entry of definition.entries) items.push(fieldToLegacy(entry.key, entry.keyRange, entry.value, release))
  return { kind: 'and', items }
}

function fieldToLegacy(key: string, keyRange: SourceRange, valueNode: YNode, release: LegacyRelease): LegacyNode {
  const [field, ...modifiers] = key.split('|')
  let value = yamlToModValue(valueNode)
  modifiers.forEach((modifier, index) => {
    if (modifier === 're' && index < modifiers.length - 1) {
      const flags = modifiers.slice(index + 1)
      if (flags.every((f) => f === 'i' || f === 'm' || f === 's')) {
        throw new UnsupportedFeatureError(`regular expression flags ('re|${flags.join('|')}') are unknown to the reference converter`, keyRange)
      }
      throw new SigmaError("The 're' modifier must be the last one of the chain (only the flags i, m and s may follow it).", keyRange, 'modifier-order')
    }
    value = applyLegacyModifier(modifier, value, keyRange, release)
  })
  const range: SourceRange = { start: keyRange.start, end: valueNode.range.end }
  if (value.type === 'all') return { kind: 'and', items: value.items.map((item) => fieldNode(field, item, range)) }
  return fieldNode(field, value, range)
}

function yamlToModValue(node: YNode): ModValue {
  if (node.kind === 'scalar') return plainValue(node)!
  if (node.kind === 'seq') return { type: 'list', items: node.items.map(yamlToModValue) }
  throw new SigmaError('A field value must be a plain value or a list of values, not a map.', node.range, 'detection-value-map')
}

function fieldNode(field: string, value: ModValue, range: SourceRange): LegacyNode {
  if (value.type === 'null') return { kind: 'null', field, range }
  return { kind: 'field', field, value: toFieldValue(value, range), range }
}

function toFieldValue(value: ModValue, range: SourceRange): FieldValue {
  switch (value.type) {
    case 'list':
      return value.items.map((item) => {
        const v = toFieldValue(item, range)
        if (Array.isArray(v) || v.type === 're') throw new SigmaError('Nested value lists are not supported.', range, 'detection-value-nested')
        return v
      })
    case 'all':
      throw new SigmaError("The 'all' modifier must come after the other modifiers of a list.", range, 'modifier-order')
    case 'bytes':
      throw new SigmaError('An encoding modifier (utf16/wide) must be followed by base64 or base64offset.', range, 'modifier-bytes')
    default:
      return value
  }
}

/** Builds the legacy tree of one condition string. */
export function conditionToLegacy(condition: string, conditionOffset: number, definitions: Definitions, release: LegacyRelease): LegacySearch {
  const shift = (r: SourceRange): SourceRange => ({ start: r.start + conditionOffset, end: r.end + conditionOffset })
  let parsed: ParsedCondition
  try {
    parsed = parseCondition(condition)
  } catch (error) {
    if (error instanceof SigmaError) throw new SigmaError(error.message, shift(error.range), error.code)
    throw error
  }

  const build = (node: ConditionNode): LegacyNode => {
    switch (node.kind) {
      case 'identifier':
        return { kind: 'sub', item: definitionToLegacy(definitions.get(node.name, shift(node.range)), release) }
      case 'of':
        return ofToLegacy(node.quantifier === 'one' ? 'or' : 'and', node.target, shift(node.targetRange))
      case 'not':
        return { kind: 'not', item: build(node.operand) }
      case 'and':
      case 'or':
        return { kind: node.kind, items: [build(node.left), build(node.right)] }
      case 'group': {
        // The original parsed a parenthesised group as a condition of its own, optimizer included.
        const inner = optimizeLegacyTree(build(node.inner))
        return { kind: 'sub', item: inner ?? { kind: 'and', items: [] } }
      }
    }
  }

  const ofToLegacy = (connective: Connective, target: string, range: SourceRange): LegacyNode => {
    if (target === 'them') {
      const items = [...definitions.byName.values()].map((d): LegacyNode => ({ kind: 'sub', item: definitionToLegacy(d, release) }))
      return { kind: 'sub', item: { kind: connective, items } }
    }
    if (target.indexOf('*') > 0) {
      const pattern = new RegExp('^' + target.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*') + '$')
      const items = [...definitions.byName.entries()]
        .filter(([name]) => pattern.test(name))
        .map(([, d]): LegacyNode => ({ kind: 'sub', item: definitionToLegacy(d, release) }))
      return { kind: 'sub', item: { kind: connective, items } }
    }
    return { kind: 'sub', item: definitionToLegacy(definitions.get(target, range), release, connective) }
  }

  return { tree: optimizeLegacyTree(build(parsed.search)), condition: parsed, conditionOffset }
}
