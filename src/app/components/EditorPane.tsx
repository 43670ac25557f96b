import { lazy, Suspense } from 'react'

// Monaco is most of the bundle: loading it separately lets the translations appear first.
const RuleEditor = lazy(() => import('./RuleEditor').then((m) => ({ default: m.RuleEditor })))

/** Left side of the workbench: the rule editor (a problems panel can be stacked below it). */
export function EditorPane() {
  return (
    <section className="editor-pane" aria-label="Rule editor">
      <div className="pane-header">
        <span className="pane-title">Rule</span>
        <span className="pane-subtitle">rule.yml</span>
      </div>
      <div className="editor-host">
        <Suspense fallback={<div className="editor-loading">Loading editor…</div>}>
          <RuleEditor />
        </Suspense>
      </div>
    </section>
  )
}
