import type { TabView } from '../lib/tab-view'
import { ErrorView } from './ErrorView'

/** The body of one backend tab. Outputs are rendered as text nodes, never as HTML. */
export function OutputView({ view, backendLabel }: { view: TabView; backendLabel: string }) {
  switch (view.kind) {
    case 'loading':
      return <div className="output-placeholder">Translating…</div>
    case 'output':
      return (
        <pre className="output-code" data-testid="output-text" data-pending={view.pending || undefined} aria-label={`${backendLabel} translation`}>
          {view.output}
        </pre>
      )
    case 'error':
      return <ErrorView view={view} backendLabel={backendLabel} />
  }
}
