// Why an event matched (or not): which condition branch decided, which selections held, and for
// each field the event value and the rule value that met, with source ranges for highlighting.
import { EventView, FieldSlot, scalarsWithFields } from './event-view'
import { entrySlot, evaluateCondition, testGroup, testSelection } from './evaluate'
import type { CompiledCondition, CompiledFieldEntry, CompiledRule, ConditionTrace, FieldExplanation, MatchExplanation, SelectionExplanation } from './types'

export function explainRule(rule: CompiledRule, view: EventView, conditionIndex: number): MatchExplanation {
  const results = rule.selections.map((selection) => testSelection(selection, view))
  const memo = { get: (index: number) => results[index] }
  const index = Math.max(0, conditionIndex)
  const entry = rule.conditions[index]
  const condition: ConditionTrace = entry
    ? traceCondition(entry.tree, memo, rule)
    : { kind: 'or', result: false, range: { start: 0, end: 0 }, children: [] }
  return {
    documentIndex: rule.documentIndex,
    conditionIndex: index,
    condition,
    selections: rule.selections.map((_, i) => explainSelection(rule, i, results[i], view)),
  }
}

function traceCondition(node: CompiledCondition, memo: { get(index: number): boolean }, rule: CompiledRule): ConditionTrace {
  const result = evaluateCondition(node, memo)
  switch (node.kind) {
    case 'selection':
      return { kind: 'selection', name: rule.selections[node.index].name, result, range: node.range, children: [] }
    case 'of':
      return {
        kind: 'of',
        name: node.target,
        result,
        range: node.range,
        children: node.indexes.map((i) => ({ kind: 'selection', name: rule.selections[i].name, result: memo.get(i), range: rule.selections[i].nameRange, children: [] })),
      }
    case 'not':
      return { kind: 'not', result, range: node.range, children: [traceCondition(node.operand, memo, rule)] }
    case 'and':
    case 'or':
      return { kind: node.kind, result, range: node.range, children: node.operands.map((o) => traceCondition(o, memo, rule)) }
  }
}

function explainSelection(rule: CompiledRule, index: number, matched: boolean, view: EventView): SelectionExplanation {
  const selection = rule.selections[index]
  const groupIndex = matched ? selection.groups.findIndex((g) => testGroup(g, view)) : -1
  const groups = groupIndex >= 0 ? [selection.groups[groupIndex]] : selection.groups
  return {
    name: selection.name,
    matched,
    range: selection.range,
    nameRange: selection.nameRange,
    groupIndex,
    fields: groups.flatMap((g) => g.entries.map((e) => explainEntry(e, view))),
  }
}

export function explainEntry(entry: CompiledFieldEntry, view: EventView): FieldExplanation {
  const slot = entrySlot(entry, view)
  const base = { field: entry.field, modifiers: entry.modifiers, keyRange: entry.keyRange, missing: !slot.present }
  const results = entry.values.map((value) => value.test(slot, view))
  const matched = entry.all ? results.every(Boolean) : results.some(Boolean)
  // The value to show: the first that matched, or (for |all) the first that failed.
  const shown = entry.all && !matched ? results.indexOf(false) : results.indexOf(true)
  const value = shown >= 0 ? entry.values[shown] : undefined
  let eventValue: unknown = entry.field === null ? undefined : slot.items[0]
  let eventField: string | undefined
  if (value && results[shown]) {
    // Keywords: look through the event's fields to say where the keyword was found.
    const candidates = entry.field === null ? scalarsWithFields(view.event) : slot.items.map((v) => ({ field: entry.field!, value: v }))
    const hit = candidates.find((candidate) => value.test(FieldSlot.of(true, [candidate.value]), view))
    if (hit) {
      eventValue = hit.value
      if (entry.field === null) eventField = hit.field
    }
  }
  return {
    ...base,
    matched,
    eventValue,
    ...(eventField === undefined ? {} : { eventField }),
    ruleValue: value?.text,
    range: value ? value.range : entry.range,
  }
}
