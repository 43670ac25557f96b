// Applies a quick fix to a text (for the CLI, tests, and editors without their own edit API).
import type { QuickFix } from './types'

export function applyQuickFix(text: string, fix: QuickFix): string {
  // Apply from the end so earlier offsets stay valid.
  const edits = [...fix.edits].sort((a, b) => b.range.start - a.range.start || b.range.end - a.range.end)
  for (const e of edits) text = text.slice(0, e.range.start) + e.newText + text.slice(e.range.end)
  return text
}
