import { RuleEditor } from './RuleEditor'

/** Left side of the workbench: the rule editor (a problems panel can be stacked below it). */
export function EditorPane() {
  return (
    <section className="editor-pane" aria-label="Rule editor">
      <div className="pane-header">
        <span className="pane-title">Rule</span>
        <span className="pane-subtitle">rule.yml</span>
      </div>
      <div className="editor-host">
        <RuleEditor />
      </div>
    </section>
  )
}
