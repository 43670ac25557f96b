// Rule text → compiled rules: one per document of the file. Problems become diagnostics with the
// range they are about; a document with errors is kept (for explanations) but never matches.
import type { Diagnostic, SourceRange } from '../api-types'
import { parseCondition } from '../condition/parse'
import { SigmaError } from '../diagnostics'
import { collectRules } from '../parse/collection'
import { mapGet, parseYamlStream, scalarText, type YMap, type YNode, type YScalar } from '../parse/yaml-tree'
import { compileCondition } from './condition'
import { normalizeModifiers } from './modifiers'
import type { CompileOptions, CompileResult, CompiledFieldEntry, CompiledGroup, CompiledRule, CompiledSelection, CompiledValue, CompiledConditionEntry } from './types'
import { compileValueTest, scalarSource, type ValueContext } from './values'

const RESERVED_DETECTION_KEYS = new Set(['condition', 'timeframe'])

export function compileRule(text: string, options: CompileOptions = {}): CompileResult {
  const diagnostics: Diagnostic[] = []
  const values: CompiledValue[] = []
  let parsed
  try {
    parsed = parseYamlStream(text)
  } catch (error) {
    diagnostics.push({ code: 'yaml-syntax', severity: 'error', message: error instanceof Error ? error.message : String(error), range: { start: 0, end: 0 } })
    return { rules: [], diagnostics, values }
  }
  diagnostics.push(...parsed.diagnostics)
  const documents = collectRules(parsed.documents, diagnostics)
  const rules = documents.map(({ rule, documentIndex }) => {
    const ruleDiagnostics: Diagnostic[] = []
    const ctx: CompileContext = { source: text, placeholders: options.placeholders ?? {}, diagnostics: ruleDiagnostics, values }
    const compiled = compileDocument(rule, documentIndex, ctx)
    diagnostics.push(...ruleDiagnostics)
    compiled.valid = !ruleDiagnostics.some((d) => d.severity === 'error')
    return compiled
  })
  if (rules.length === 0 && !diagnostics.some((d) => d.severity === 'error')) {
    diagnostics.push({ code: 'rule-empty', severity: 'error', message: 'The file holds no rule.', range: { start: 0, end: 0 } })
  }
  return { rules, diagnostics, values }
}

interface CompileContext extends ValueContext {
  values: CompiledValue[]
}

function compileDocument(rule: YMap, documentIndex: number, ctx: CompileContext): CompiledRule {
  const compiled: CompiledRule = {
    documentIndex,
    title: scalarText(mapGet(rule, 'title')),
    author: scalarText(mapGet(rule, 'author')),
    selections: [],
    conditions: [],
    valid: true,
  }
  const detection = mapGet(rule, 'detection')
  if (!detection || detection.kind !== 'map') {
    ctx.diagnostics.push({ code: 'detection-missing', severity: 'error', message: "The rule needs a 'detection' map with search identifiers and a condition.", range: detection?.range ?? rule.range })
    return compiled
  }
  for (const entry of detection.entries) {
    if (RESERVED_DETECTION_KEYS.has(entry.key)) continue
    compiled.selections.push(compileSelection(entry.key, entry.keyRange, entry.value, ctx))
  }
  const condition = detection.entries.find((e) => e.key === 'condition')
  if (!condition) {
    ctx.diagnostics.push({ code: 'condition-missing', severity: 'error', message: "The detection needs a 'condition'.", range: detection.range })
    return compiled
  }
  const items = condition.value.kind === 'seq' ? condition.value.items : [condition.value]
  for (const item of items) {
    const entry = compileConditionEntry(item, compiled.selections, ctx)
    if (entry) compiled.conditions.push(entry)
  }
  return compiled
}

function compileConditionEntry(node: YNode, selections: CompiledSelection[], ctx: CompileContext): CompiledConditionEntry | null {
  if (node.kind !== 'scalar' || node.type === 'null') {
    ctx.diagnostics.push({ code: 'condition-syntax', severity: 'error', message: 'A condition must be a string such as `selection and not filter`.', range: node.range })
    return null
  }
  const text = node.text
  const offset = conditionOffset(node, ctx.source)
  const shift = (r: SourceRange): SourceRange => (offset < 0 ? node.range : { start: r.start + offset, end: r.end + offset })
  try {
    const parsed = parseCondition(text)
    if (parsed.aggregation) {
      ctx.diagnostics.push({
        code: 'condition-aggregation-ignored',
        severity: 'warning',
        message: 'Aggregations need many events at once: the matcher tests each event alone and ignores the part after |.',
        range: shift(parsed.aggregation.range),
      })
    }
    return { text, range: node.range, tree: compileCondition(parsed.search, selections, shift) }
  } catch (error) {
    if (error instanceof SigmaError) {
      ctx.diagnostics.push({ ...error.toDiagnostic(), range: shift(error.range) })
      return null
    }
    throw error
  }
}

/** Where the condition string starts in the source, or -1 when it cannot be mapped (block scalars). */
function conditionOffset(node: YScalar, source: string): number {
  const raw = source.slice(node.range.start, node.range.end)
  if (raw.startsWith(node.text)) return node.range.start
  if ((raw[0] === "'" || raw[0] === '"') && raw.slice(1).startsWith(node.text)) return node.range.start + 1
  return -1
}

function compileSelection(name: string, nameRange: SourceRange, node: YNode, ctx: CompileContext): CompiledSelection {
  const selection: CompiledSelection = { name, nameRange, range: node.range, groups: [] }
  if (node.kind === 'map') {
    selection.groups.push(compileGroup(node, ctx))
  } else if (node.kind === 'seq' && node.items.length > 0 && node.items.every((item) => item.kind === 'map')) {
    for (const item of node.items) selection.groups.push(compileGroup(item as YMap, ctx))
  } else if (node.kind === 'seq' && node.items.some((item) => item.kind === 'map')) {
    ctx.diagnostics.push({ code: 'selection-mixed', severity: 'error', message: `Search '${name}' mixes maps and plain values in one list: use separate searches.`, range: node.range })
  } else if (node.kind === 'scalar' && node.type === 'null') {
    ctx.diagnostics.push({ code: 'selection-empty', severity: 'error', message: `Search '${name}' is empty.`, range: nameRange })
  } else {
    // Plain values without a field: keywords, searched in every value of the event.
    const entry = compileEntry(null, [], nameRange, node, ctx)
    if (entry) selection.groups.push({ entries: [entry], range: node.range })
  }
  return selection
}

function compileGroup(map: YMap, ctx: CompileContext): CompiledGroup {
  const entries: CompiledFieldEntry[] = []
  for (const entry of map.entries) {
    const [field, ...modifierNames] = entry.key.split('|')
    const compiled = compileEntry(field === '' ? null : field, modifierNames, entry.keyRange, entry.value, ctx, entry.key)
    if (compiled) entries.push(compiled)
  }
  if (map.entries.length === 0) {
    ctx.diagnostics.push({ code: 'selection-empty', severity: 'error', message: 'An empty map matches nothing useful: add field conditions.', range: map.range })
  }
  return { entries, range: map.range }
}

function compileEntry(field: string | null, modifierNames: string[], keyRange: SourceRange, node: YNode, ctx: CompileContext, key = ''): CompiledFieldEntry | null {
  const keyText = ctx.source.slice(keyRange.start, keyRange.end)
  const keyOffset = keyText.indexOf(key) >= 0 && key !== '' ? keyRange.start + keyText.indexOf(key) : -1
  const rangeOf = (index: number): SourceRange => {
    if (keyOffset < 0) return keyRange
    let start = keyOffset + (field ?? '').length + 1
    for (let i = 0; i < index; i++) start += modifierNames[i].length + 1
    return { start, end: start + modifierNames[index].length }
  }
  const { modifiers, errors } = normalizeModifiers(modifierNames, rangeOf)
  for (const error of errors) ctx.diagnostics.push(error.toDiagnostic())
  if (errors.length > 0) return null
  if (field === null && (modifiers.comparator === 'exists' || modifiers.comparator === 'fieldref' || modifiers.neq)) {
    ctx.diagnostics.push({ code: 'modifier-invalid', severity: 'error', message: `'${modifiers.comparator ?? 'neq'}' needs a field name.`, range: keyRange })
    return null
  }
  // Keywords are a full-text search: a keyword occurs anywhere in a value unless a position is given.
  if (field === null && modifiers.position === 'equals' && modifiers.comparator === undefined) modifiers.position = 'contains'
  const scalars = collectScalars(node, ctx)
  if (scalars === null) return null
  if (scalars.length === 0) {
    ctx.diagnostics.push({ code: 'value-empty-list', severity: 'error', message: 'An empty list matches nothing: give at least one value.', range: node.range })
    return null
  }
  if (modifiers.all && scalars.length === 1) {
    ctx.diagnostics.push({ code: 'modifier-all-single', severity: 'warning', message: "'all' on a single value changes nothing (the specification disallows it): drop it or list several values.", range: rangeOf(modifierNames.indexOf('all')) })
  }
  const values: CompiledValue[] = []
  for (const scalar of scalars) {
    const test = compileValueTest(scalar, modifiers, ctx)
    if (test === null) continue
    const value: CompiledValue = { text: scalar.type === 'null' ? 'null' : scalarSource(scalar, ctx.source), range: scalar.range, test, isRegex: modifiers.comparator === 're', id: ctx.values.length }
    ctx.values.push(value)
    values.push(value)
  }
  if (values.length < scalars.length) return null
  return { field, modifiers: modifierNames, all: modifiers.all, values, keyRange, range: { start: keyRange.start, end: node.range.end } }
}

function collectScalars(node: YNode, ctx: CompileContext): YScalar[] | null {
  if (node.kind === 'scalar') return [node]
  if (node.kind === 'map') {
    ctx.diagnostics.push({ code: 'value-map', severity: 'error', message: 'A field value cannot be a map: use a value or a list of values.', range: node.range })
    return null
  }
  const out: YScalar[] = []
  for (const item of node.items) {
    if (item.kind !== 'scalar') {
      ctx.diagnostics.push({ code: 'value-nested', severity: 'error', message: 'A list of values can only hold plain values.', range: item.range })
      return null
    }
    out.push(item)
  }
  return out
}
