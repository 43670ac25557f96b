import { usePlayground } from '../store'
import { MOD_KEY_LABEL } from '../lib/platform'
import { useProblemsView } from '../diagnostics/use-problems'
import { countRows, plural } from '../diagnostics/view'
import { focusPanel } from '../diagnostics/use-problems-shortcut'
import { PROBLEMS_PANEL_ID, PROBLEMS_SHORTCUT_LABEL } from './ProblemsPanel'

export function StatusBar() {
  const revision = usePlayground((s) => s.revision)
  const conversion = usePlayground((s) => s.conversion)
  const backends = usePlayground((s) => s.backends)
  const cursor = usePlayground((s) => s.cursor)
  const problemsOpen = usePlayground((s) => s.problemsOpen)
  const setProblemsOpen = usePlayground((s) => s.setProblemsOpen)
  const problems = useProblemsView()

  const pending = !conversion || conversion.revision !== revision
  // The same merged list the Problems panel shows (validator and converter), so the numbers agree.
  const counts = countRows(problems.rows)
  const failedBackends = conversion ? backends.filter((b) => conversion.results[b.id]?.ok === false).length : 0
  const translated = backends.length - failedBackends

  return (
    <footer className="statusbar" data-testid="statusbar">
      <span className="status-item status-conversion" data-state={pending ? 'pending' : failedBackends > 0 ? 'error' : 'ok'} aria-live="polite">
        <span className="status-dot" aria-hidden="true" />
        {!conversion
          ? 'Translating…'
          : pending
            ? 'Updating…'
            : conversion.durationMs === null
              ? 'Converter failed'
              : translated === 0
                ? `No backend can translate the rule (checked in ${formatMs(conversion.durationMs)})`
                : `${translated}/${backends.length} backends translated in ${formatMs(conversion.durationMs)}`}
      </span>
      <button
        type="button"
        className="status-item status-button"
        data-testid="diagnostic-counts"
        aria-expanded={problemsOpen}
        aria-controls={problemsOpen ? PROBLEMS_PANEL_ID : undefined}
        title={`${problemsOpen ? 'Hide' : 'Show'} problems (${PROBLEMS_SHORTCUT_LABEL})`}
        onClick={() => {
          setProblemsOpen(!problemsOpen)
          if (!problemsOpen) requestAnimationFrame(() => focusPanel(PROBLEMS_PANEL_ID))
        }}
      >
        <span className="visually-hidden">Problems: </span>
        <span className="count count-error" data-zero={counts.error === 0 || undefined}>{plural(counts.error, 'error')}</span>
        <span className="count count-warning" data-zero={counts.warning === 0 || undefined}>{plural(counts.warning, 'warning')}</span>
        {counts.other > 0 && <span className="count count-other">{plural(counts.other, 'note')}</span>}
      </button>
      <span className="status-spacer" />
      <span className="status-item status-hint">
        {MOD_KEY_LABEL}+1…{backends.length} switch tab · {MOD_KEY_LABEL}+Shift+C copy · {PROBLEMS_SHORTCUT_LABEL} problems
      </span>
      <span className="status-item status-secondary">Ln {cursor.line}, Col {cursor.column}</span>
      <span className="status-item status-secondary">Sigma YAML</span>
    </footer>
  )
}

function formatMs(ms: number): string {
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`
}
