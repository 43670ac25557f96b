// The hot path: does an event match? Short-circuits everywhere and allocates nothing per rule
// beyond the shared event view. Explanations are built separately (explain.ts), for matches only.
import { EventView, type FieldSlot } from './event-view'
import type { CompileResult, CompiledCondition, CompiledFieldEntry, CompiledGroup, CompiledRule, CompiledSelection, SigmaEvent } from './types'

/** Reports the value about to be evaluated; used by the runner to name a runaway regex. */
export type ValueProbe = (valueId: number) => void

export function entrySlot(entry: CompiledFieldEntry, view: EventView): FieldSlot {
  return entry.field === null ? view.keywordSlot() : view.slot(entry.field)
}

export function testEntry(entry: CompiledFieldEntry, view: EventView, probe?: ValueProbe): boolean {
  const slot = entrySlot(entry, view)
  const { values } = entry
  if (entry.all) {
    for (let i = 0; i < values.length; i++) {
      if (probe && values[i].isRegex) probe(values[i].id)
      if (!values[i].test(slot, view)) return false
    }
    return true
  }
  for (let i = 0; i < values.length; i++) {
    if (probe && values[i].isRegex) probe(values[i].id)
    if (values[i].test(slot, view)) return true
  }
  return false
}

export function testGroup(group: CompiledGroup, view: EventView, probe?: ValueProbe): boolean {
  const { entries } = group
  for (let i = 0; i < entries.length; i++) if (!testEntry(entries[i], view, probe)) return false
  return true
}

export function testSelection(selection: CompiledSelection, view: EventView, probe?: ValueProbe): boolean {
  const { groups } = selection
  for (let i = 0; i < groups.length; i++) if (testGroup(groups[i], view, probe)) return true
  return false
}

/**
 * Selection results within one rule evaluation, memoised without allocating: a slot is valid when
 * its stamp is the current evaluation's. Evaluation is synchronous, so one shared table suffices.
 */
class SelectionMemo {
  private stamps = new Int32Array(64)
  private results = new Uint8Array(64)
  private stamp = 0
  private rule!: CompiledRule
  private view!: EventView
  private probe: ValueProbe | undefined

  begin(rule: CompiledRule, view: EventView, probe: ValueProbe | undefined): void {
    const size = rule.selections.length
    if (size > this.stamps.length) {
      this.stamps = new Int32Array(size * 2)
      this.results = new Uint8Array(size * 2)
    }
    if (++this.stamp === 0x7fffffff) {
      this.stamps.fill(0)
      this.stamp = 1
    }
    this.rule = rule
    this.view = view
    this.probe = probe
  }

  get(index: number): boolean {
    if (this.stamps[index] === this.stamp) return this.results[index] === 1
    const result = testSelection(this.rule.selections[index], this.view, this.probe)
    this.stamps[index] = this.stamp
    this.results[index] = result ? 1 : 0
    return result
  }
}

const memo = new SelectionMemo()

export function evaluateCondition(node: CompiledCondition, memo: { get(index: number): boolean }): boolean {
  switch (node.kind) {
    case 'selection':
      return memo.get(node.index)
    case 'not':
      return !evaluateCondition(node.operand, memo)
    case 'and':
      for (const operand of node.operands) if (!evaluateCondition(operand, memo)) return false
      return true
    case 'or':
      for (const operand of node.operands) if (evaluateCondition(operand, memo)) return true
      return false
    case 'of':
      if (node.quantifier === 'one') {
        for (const index of node.indexes) if (memo.get(index)) return true
        return false
      }
      for (const index of node.indexes) if (!memo.get(index)) return false
      return true
  }
}

/** Index of the first condition of the rule that holds, or -1. */
export function testRule(rule: CompiledRule, view: EventView, probe?: ValueProbe): number {
  if (!rule.valid) return -1
  memo.begin(rule, view, probe)
  for (let i = 0; i < rule.conditions.length; i++) if (evaluateCondition(rule.conditions[i].tree, memo)) return i
  return -1
}

/** Index (in `compiled.rules`) of the first rule document that matches, or -1. */
export function testEvent(compiled: CompileResult, event: SigmaEvent | EventView, probe?: ValueProbe): number {
  const view = event instanceof EventView ? event : new EventView(event)
  for (let i = 0; i < compiled.rules.length; i++) if (testRule(compiled.rules[i], view, probe) >= 0) return i
  return -1
}
