import { usePlayground } from '../store'
import { offsetToLineColumn } from '../lib/text-position'
import type { TabView } from '../lib/tab-view'
import type { SourceRange } from '../../sigma'

type ErrorTabView = Extract<TabView, { kind: 'error' }>

export function ErrorView({ view, backendLabel }: { view: ErrorTabView; backendLabel: string }) {
  return (
    <div className="error-view" data-testid="output-error" data-pending={view.pending || undefined}>
      <div className="error-callout" role="alert">
        <ErrorIcon />
        <div className="error-body">
          <h3 className="error-title">No {backendLabel} translation for this rule</h3>
          <p className="error-message" data-testid="output-error-message">
            {view.error}
            {view.errorRange && <LocationLink range={view.errorRange} />}
          </p>
          {view.diagnostics.length > 0 && (
            <ul className="error-diagnostics">
              {view.diagnostics.map((d, i) => (
                <li key={`${d.code}-${d.range.start}-${i}`}>
                  <span className="diagnostic-code">{d.code}</span> {d.message} <LocationLink range={d.range} />
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      {view.lastGood && (
        <section className="stale-output" aria-label="Last successful translation (outdated)">
          <h4 className="stale-label">Last successful translation — outdated, does not match the rule</h4>
          <pre className="output-code stale" data-testid="stale-output">
            {view.lastGood.output}
          </pre>
        </section>
      )}
    </div>
  )
}

/** "line 4, col 9" that moves the editor caret there. */
function LocationLink({ range }: { range: SourceRange }) {
  const ruleText = usePlayground((s) => s.ruleText)
  const revealOffset = usePlayground((s) => s.revealOffset)
  const { line, column } = offsetToLineColumn(ruleText, range.start)
  return (
    <button type="button" className="location-link" onClick={() => revealOffset(range.start)} title="Show in editor">
      line {line}, col {column}
    </button>
  )
}

function ErrorIcon() {
  return (
    <svg className="error-icon" aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
      <path fill="currentColor" d="M2.343 13.657A8 8 0 1 1 13.658 2.343 8 8 0 0 1 2.343 13.657ZM6.03 4.97a.75.75 0 0 0-1.042.018.75.75 0 0 0-.018 1.042L6.94 8 4.97 9.97a.749.749 0 0 0 .326 1.275.749.749 0 0 0 .734-.215L8 9.06l1.97 1.97a.749.749 0 0 0 1.275-.326.749.749 0 0 0-.215-.734L9.06 8l1.97-1.97a.749.749 0 0 0-.326-1.275.749.749 0 0 0-.734.215L8 6.94Z" />
    </svg>
  )
}
