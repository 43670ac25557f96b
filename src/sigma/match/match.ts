// matchEvent: the fast test, then an explanation for the document that matched.
import { EventView } from './event-view'
import { testRule } from './evaluate'
import { explainRule } from './explain'
import type { CompileResult, MatchResult, SigmaEvent } from './types'

export interface MatchOptions {
  /** 'matches' (default): explain matches only; 'always': also explain why the first document did not match. */
  explain?: 'matches' | 'always' | 'never'
}

export function matchEvent(compiled: CompileResult, event: SigmaEvent | EventView, options: MatchOptions = {}): MatchResult {
  const view = event instanceof EventView ? event : new EventView(event)
  const mode = options.explain ?? 'matches'
  for (const rule of compiled.rules) {
    const conditionIndex = testRule(rule, view)
    if (conditionIndex < 0) continue
    return { matched: true, documentIndex: rule.documentIndex, explanation: mode === 'never' ? undefined : explainRule(rule, view, conditionIndex) }
  }
  const first = compiled.rules[0]
  return { matched: false, documentIndex: -1, explanation: mode === 'always' && first ? explainRule(first, view, -1) : undefined }
}
