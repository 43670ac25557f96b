// Shows a part of the rule in the editor: selects it, scrolls it into view and marks it with a
// decoration until the rule changes or something else is highlighted.
import type { SourceRange } from '../../sigma'
import { getRuleEditor } from '../lib/rule-editor-ref'

type CodeEditor = import('monaco-editor').editor.IStandaloneCodeEditor
type Decorations = import('monaco-editor').editor.IEditorDecorationsCollection

export const HIGHLIGHT_CLASS = 'events-rule-highlight'

let decorations: { editor: CodeEditor; collection: Decorations; dispose: () => void } | null = null

export function clearRuleHighlight(): void {
  decorations?.dispose()
  decorations = null
}

/** Selects `range` in the rule editor and highlights `ranges` (default: just `range`). Returns false when no editor is mounted. */
export function highlightRule(range: SourceRange, ranges: SourceRange[] = [range]): boolean {
  const editor = getRuleEditor()
  const model = editor?.getModel()
  if (!editor || !model) return false
  clearRuleHighlight()
  const text = model.getValue()
  const toMonaco = (r: SourceRange) => {
    // Block ranges end at the next line: stop at the last character that shows.
    let endOffset = Math.max(r.end, r.start)
    while (endOffset > r.start + 1 && /\s/.test(text[endOffset - 1] ?? '')) endOffset--
    const start = model.getPositionAt(r.start)
    const end = model.getPositionAt(endOffset)
    return { startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column }
  }
  const collection = editor.createDecorationsCollection(
    ranges.map((r) => ({ range: toMonaco(r), options: { className: HIGHLIGHT_CLASS, stickiness: 1, overviewRuler: { color: '#f2cc60', position: 4 } } })),
  )
  const selection = toMonaco(range)
  editor.setSelection(selection)
  editor.revealRangeInCenterIfOutsideViewport(selection)
  // The highlight describes the rule as it was explained: drop it at the next edit.
  const listener = editor.onDidChangeModelContent(() => clearRuleHighlight())
  decorations = {
    editor,
    collection,
    dispose: () => {
      listener.dispose()
      collection.clear()
    },
  }
  return true
}
