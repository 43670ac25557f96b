import { usePlayground } from '../store'
import { countDiagnostics } from '../lib/tab-view'
import { MOD_KEY_LABEL } from '../lib/platform'

export function StatusBar() {
  const revision = usePlayground((s) => s.revision)
  const conversion = usePlayground((s) => s.conversion)
  const backends = usePlayground((s) => s.backends)
  const cursor = usePlayground((s) => s.cursor)

  const pending = !conversion || conversion.revision !== revision
  const counts = countDiagnostics(conversion?.diagnostics ?? [])
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
      <span className="status-item" data-testid="diagnostic-counts" title="Problems in the rule">
        <span className="count count-error" data-zero={counts.errors === 0 || undefined}>{counts.errors} {counts.errors === 1 ? 'error' : 'errors'}</span>
        <span className="count count-warning" data-zero={counts.warnings === 0 || undefined}>{counts.warnings} {counts.warnings === 1 ? 'warning' : 'warnings'}</span>
      </span>
      <span className="status-spacer" />
      <span className="status-item status-hint">
        {MOD_KEY_LABEL}+1…{backends.length} switch tab · {MOD_KEY_LABEL}+Shift+C copy
      </span>
      <span className="status-item status-secondary">Ln {cursor.line}, Col {cursor.column}</span>
      <span className="status-item status-secondary">Sigma YAML</span>
    </footer>
  )
}

function formatMs(ms: number): string {
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`
}
