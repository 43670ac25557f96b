// Panel actions on the rule editor: reveal a problem's range, apply a quick fix as one undoable edit.
import type { SourceRange } from '../../sigma'
import { applyQuickFix } from '../../sigma/validate/fix'
import type { QuickFix } from '../../sigma/validate/types'
import { getRuleEditor } from '../lib/rule-editor-ref'
import { usePlayground } from '../store'

/** Selects `range` in the editor, scrolls it into view and focuses the editor. */
export function revealProblemRange(range: SourceRange, { focus = true } = {}): boolean {
  const editor = getRuleEditor()
  const model = editor?.getModel()
  if (!editor || !model) {
    usePlayground.getState().revealOffset(range.start)
    return false
  }
  const start = model.getPositionAt(range.start)
  const end = model.getPositionAt(range.end)
  const selection = { startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column }
  editor.setSelection(selection)
  editor.revealRangeInCenterIfOutsideViewport(selection)
  if (focus) editor.focus()
  return true
}

/**
 * Applies `fix`, computed for the text at `revision`. Refuses (returns false) when the text changed
 * since: its offsets would land in the wrong place. In the editor the fix is one undo step;
 * the focus stays where it is (the panel moves it to the next row).
 */
export function applyProblemFix(fix: QuickFix, revision: number): boolean {
  const state = usePlayground.getState()
  if (state.revision !== revision) return false
  const editor = getRuleEditor()
  const model = editor?.getModel()
  if (!editor || !model || model.getValue() !== state.ruleText) {
    state.setRuleText(applyQuickFix(state.ruleText, fix))
    return true
  }
  const edits = fix.edits.map((e) => {
    const start = model.getPositionAt(e.range.start)
    const end = model.getPositionAt(e.range.end)
    return { range: { startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column }, text: e.newText, forceMoveMarkers: true }
  })
  editor.pushUndoStop()
  editor.executeEdits('sigma-quick-fix', edits)
  editor.pushUndoStop()
  return true
}
