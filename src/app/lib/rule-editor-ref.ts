// The mounted rule editor, for features outside the editor component that need to select or
// decorate rule text (events pane explanations, problems panel). Monaco loads lazily, so callers
// get null until it has mounted; they only use methods of the instance (no monaco import here).
type CodeEditor = import('monaco-editor').editor.IStandaloneCodeEditor

let current: CodeEditor | null = null
const listeners = new Set<(editor: CodeEditor | null) => void>()

export function registerRuleEditor(editor: CodeEditor | null): void {
  current = editor
  for (const listener of listeners) listener(editor)
}

/** Forgets `editor` if it is still the registered one (a newer editor may have mounted already). */
export function unregisterRuleEditor(editor: CodeEditor): void {
  if (current === editor) registerRuleEditor(null)
}

export function getRuleEditor(): CodeEditor | null {
  return current
}

/** Calls `listener` now and whenever the editor mounts or unmounts; returns an unsubscribe. */
export function onRuleEditor(listener: (editor: CodeEditor | null) => void): () => void {
  listeners.add(listener)
  listener(current)
  return () => listeners.delete(listener)
}
