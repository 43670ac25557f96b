import { useEffect, useRef } from 'react'
import Editor from '@monaco-editor/react'
import { monaco } from '../monaco/setup'
import { EDITOR_THEME } from '../monaco/themes'
import { usePlayground } from '../store'
import type { MarkerSpec } from '../lib/markers'
import { collectProblems } from '../diagnostics/problems'
import { useResolvedTheme } from '../hooks/useResolvedTheme'
import { registerRuleEditor, unregisterRuleEditor } from '../lib/rule-editor-ref'
import type { Severity } from '../../sigma'

type CodeEditor = import('monaco-editor').editor.IStandaloneCodeEditor
type TextModel = import('monaco-editor').editor.ITextModel

const MARKER_OWNER = 'sigma'
const RULE_PATH = 'file:///rule.yml'

const EDITOR_OPTIONS = {
  ariaLabel: 'Sigma rule (YAML)',
  automaticLayout: true,
  fixedOverflowWidgets: true,
  fontFamily: "'JetBrains Mono', 'Cascadia Code', 'SFMono-Regular', Menlo, Consolas, 'DejaVu Sans Mono', monospace",
  fontSize: 13,
  lineHeight: 20,
  minimap: { enabled: false },
  padding: { top: 10, bottom: 10 },
  renderLineHighlight: 'line',
  renderLineHighlightOnlyWhenFocus: true,
  scrollBeyondLastLine: false,
  scrollbar: { verticalScrollbarSize: 10, horizontalScrollbarSize: 10, useShadows: false },
  // Rules have long descriptions and references; wrapping beats a horizontal scrollbar.
  wordWrap: 'on',
  wrappingIndent: 'indent',
  tabSize: 4,
  insertSpaces: true,
  // Completion comes from the schema (monaco-yaml) and the Sigma providers (monaco/sigma-*.ts);
  // word-based suggestions would only get in the way. Enter accepts only when it changes the text.
  quickSuggestions: { other: true, strings: true, comments: false },
  acceptSuggestionOnEnter: 'smart',
  wordBasedSuggestions: 'off',
} satisfies import('monaco-editor').editor.IStandaloneEditorConstructionOptions

const MARKER_SEVERITY: Record<Severity, number> = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
  hint: monaco.MarkerSeverity.Hint,
}

export function RuleEditor() {
  const ruleText = usePlayground((s) => s.ruleText)
  const setRuleText = usePlayground((s) => s.setRuleText)
  const setCursor = usePlayground((s) => s.setCursor)
  const conversion = usePlayground((s) => s.conversion)
  const validation = usePlayground((s) => s.validation)
  const disabledChecks = usePlayground((s) => s.disabledChecks)
  const revealRequest = usePlayground((s) => s.revealRequest)
  const theme = useResolvedTheme()
  const editorRef = useRef<CodeEditor | null>(null)

  // Markers are set when a conversion for the current text lands; Monaco then moves them with edits.
  useEffect(() => {
    const model = editorRef.current?.getModel()
    if (model) syncMarkers(model)
  }, [conversion, validation, disabledChecks])

  useEffect(() => {
    const editor = editorRef.current
    const model = editor?.getModel()
    if (!editor || !model || !revealRequest) return
    const position = model.getPositionAt(revealRequest.offset)
    editor.setPosition(position)
    editor.revealPositionInCenterIfOutsideViewport(position)
    editor.focus()
  }, [revealRequest])

  return (
    <Editor
      className="rule-editor"
      defaultLanguage="yaml"
      path={RULE_PATH}
      value={ruleText}
      theme={theme === 'dark' ? EDITOR_THEME.dark : EDITOR_THEME.light}
      options={EDITOR_OPTIONS}
      loading={<div className="editor-loading">Loading editor…</div>}
      onChange={(value) => setRuleText(value ?? '')}
      onMount={(editor) => {
        editorRef.current = editor
        registerRuleEditor(editor)
        editor.onDidDispose(() => unregisterRuleEditor(editor))
        editor.onDidChangeCursorPosition((e) => setCursor({ line: e.position.lineNumber, column: e.position.column }))
        // A conversion may have finished before the editor was ready.
        const model = editor.getModel()
        if (model) syncMarkers(model)
      }}
    />
  )
}

function syncMarkers(model: TextModel): void {
  // Validator and converter problems, merged without duplicates (src/app/diagnostics/problems.ts).
  // Offsets are only meaningful for the text they were computed from: null until results match it.
  const markers = collectProblems(usePlayground.getState())
  if (!markers) return
  monaco.editor.setModelMarkers(model, MARKER_OWNER, markers.map((m) => toMonacoMarker(model, m)))
}

function toMonacoMarker(model: TextModel, marker: MarkerSpec): import('monaco-editor').editor.IMarkerData {
  const start = model.getPositionAt(marker.range.start)
  // An empty range would be invisible: widen it to the next character (or the previous one at the end).
  let end = model.getPositionAt(Math.max(marker.range.end, marker.range.start + 1))
  if (end.equals(start) || end.isBefore(start)) end = start.with(undefined, start.column + 1)
  return {
    severity: MARKER_SEVERITY[marker.severity],
    message: marker.message,
    code: marker.code,
    source: 'Sigma',
    startLineNumber: start.lineNumber,
    startColumn: start.column,
    endLineNumber: end.lineNumber,
    endColumn: end.column,
  }
}
