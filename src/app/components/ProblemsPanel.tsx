// The Problems panel under the rule editor: every problem of the current text (validator and
// converter), sorted by position. A row reveals its range in the editor; rows with a mechanical fix
// have a fix button; any check can be switched off from its row and switched back on in the footer.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { usePlayground } from '../store'
import { CHECK_INFO } from '../../sigma/validate/codes'
import type { Severity } from '../../sigma'
import { useProblemsView } from '../diagnostics/use-problems'
import { applyProblemFix, revealProblemRange } from '../diagnostics/actions'
import { countRows, plural, SEVERITY_LABEL, type ProblemRow } from '../diagnostics/view'
import { getRuleEditor } from '../lib/rule-editor-ref'
import { MOD_KEY_LABEL } from '../lib/platform'
import './problems.css'

export const PROBLEMS_PANEL_ID = 'problems-panel'
export const PROBLEMS_SHORTCUT_LABEL = `${MOD_KEY_LABEL}+Shift+M`

export function ProblemsPanel() {
  const view = useProblemsView()
  const disabledChecks = usePlayground((s) => s.disabledChecks)
  const setCheckEnabled = usePlayground((s) => s.setCheckEnabled)
  const enableAllChecks = usePlayground((s) => s.enableAllChecks)
  const setProblemsOpen = usePlayground((s) => s.setProblemsOpen)
  const [active, setActive] = useState(0)
  const listRef = useRef<HTMLUListElement>(null)
  // After a row disappears under the focus (fixed, disabled), focus goes to the row now at its place.
  const refocus = useRef<number | null>(null)

  const { rows, stale } = view
  const activeIndex = Math.min(active, Math.max(0, rows.length - 1))
  const counts = countRows(rows)

  useEffect(() => {
    if (refocus.current === null || stale) return
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('.problem-main')
    const index = Math.min(refocus.current, (buttons?.length ?? 0) - 1)
    refocus.current = null
    if (buttons && index >= 0) buttons[index].focus()
    else document.getElementById(PROBLEMS_PANEL_ID)?.querySelector<HTMLElement>('.problems-body')?.focus()
  }, [rows, stale])

  const focusRow = (index: number) => {
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('.problem-main')
    if (!buttons || buttons.length === 0) return
    const i = Math.max(0, Math.min(index, buttons.length - 1))
    setActive(i)
    buttons[i].focus()
  }

  const onListKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const target = event.target as HTMLElement
    if (!target.classList.contains('problem-main')) return
    const next =
      event.key === 'ArrowDown' ? activeIndex + 1
      : event.key === 'ArrowUp' ? activeIndex - 1
      : event.key === 'Home' ? 0
      : event.key === 'End' ? rows.length - 1
      : null
    if (next === null) return
    event.preventDefault()
    focusRow(next)
  }

  const onPanelKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape') return
    event.preventDefault()
    getRuleEditor()?.focus()
  }

  const disable = (code: string, index: number) => {
    refocus.current = index
    setCheckEnabled(code, false)
  }

  return (
    <section id={PROBLEMS_PANEL_ID} className="problems-panel" aria-label="Problems" data-testid="problems-panel" onKeyDown={onPanelKeyDown}>
      <div className="pane-header problems-header">
        <h2 className="pane-title problems-title">Problems</h2>
        <span className="problems-counts" data-testid="problems-counts" aria-live="polite">
          {view.pending ? (
            <span className="problems-muted">Checking…</span>
          ) : (
            <>
              <CountBadge severity="error" n={counts.error} label={plural(counts.error, 'error')} />
              <CountBadge severity="warning" n={counts.warning} label={plural(counts.warning, 'warning')} />
              <CountBadge severity="hint" n={counts.other} label={plural(counts.other, 'note')} />
            </>
          )}
        </span>
        {stale && <span className="problems-stale-badge" data-testid="problems-stale">Rule changed, updating…</span>}
        <span className="toolbar-spacer" />
        <button
          type="button"
          className="button icon-button problems-close"
          aria-label="Hide problems"
          title={`Hide problems (${PROBLEMS_SHORTCUT_LABEL})`}
          onClick={() => {
            setProblemsOpen(false)
            getRuleEditor()?.focus()
          }}
        >
          <CloseIcon />
        </button>
      </div>

      <div className="problems-body" tabIndex={-1} data-stale={stale || undefined}>
        {view.validatorError && (
          <p className="problems-note problems-note-error" role="alert">
            The validator failed ({view.validatorError}); only the converter's problems are listed.
          </p>
        )}
        {stale && rows.length > 0 && (
          <p className="problems-note" data-testid="problems-stale-note">
            These problems were found in an earlier version of the rule; their places may have moved. The list updates when the new check finishes.
          </p>
        )}
        {view.pending ? null : rows.length === 0 ? (
          <p className="problems-empty" data-testid="problems-empty">No problems{disabledChecks.length > 0 ? ' (some checks are off)' : ''}</p>
        ) : (
          <ul className="problem-list" role="list" aria-label="Problems in the rule" ref={listRef} onKeyDown={onListKeyDown}>
            {rows.map((row, index) => (
              <ProblemItem
                key={row.key}
                row={row}
                tabbable={index === activeIndex}
                stale={stale}
                onFocus={() => setActive(index)}
                onReveal={() => revealProblemRange(row.range)}
                onFix={() => {
                  refocus.current = index
                  if (row.fix) applyProblemFix(row.fix, view.revision)
                }}
                onDisable={() => row.code && disable(row.code, index)}
              />
            ))}
          </ul>
        )}
      </div>

      {disabledChecks.length > 0 && (
        <div className="problems-disabled" data-testid="disabled-checks" role="group" aria-label="Disabled checks">
          <span className="problems-disabled-label">{disabledChecks.length === 1 ? 'Disabled check:' : `${disabledChecks.length} disabled checks:`}</span>
          <ul className="problems-disabled-list" role="list">
            {disabledChecks.map((code) => (
              <li key={code}>
                <button
                  type="button"
                  className="disabled-check"
                  aria-label={`Enable check ${code}`}
                  title={`Enable check ${code}${CHECK_INFO.get(code) ? `: ${CHECK_INFO.get(code)!.summary}` : ''}`}
                  onClick={() => setCheckEnabled(code, true)}
                >
                  <span className="disabled-check-code">{code}</span>
                  <span aria-hidden="true" className="disabled-check-enable">Enable</span>
                </button>
              </li>
            ))}
          </ul>
          {disabledChecks.length > 1 && (
            <button type="button" className="link-button" onClick={enableAllChecks}>
              Enable all
            </button>
          )}
        </div>
      )}
    </section>
  )
}

interface ProblemItemProps {
  row: ProblemRow
  tabbable: boolean
  stale: boolean
  onFocus(): void
  onReveal(): void
  onFix(): void
  onDisable(): void
}

function ProblemItem({ row, tabbable, stale, onFocus, onReveal, onFix, onDisable }: ProblemItemProps) {
  const tabIndex = tabbable ? 0 : -1
  return (
    <li className="problem-row" data-testid="problem" data-code={row.code} data-severity={row.severity} data-line={row.line} data-column={row.column}>
      <button
        type="button"
        className="problem-main"
        tabIndex={tabIndex}
        // Positions of a stale list belong to older text: no jump to a wrong place.
        aria-disabled={stale || undefined}
        onFocus={onFocus}
        onClick={() => !stale && onReveal()}
        title={stale ? 'The rule changed since this was found' : 'Show in the editor'}
      >
        <SeverityIcon severity={row.severity} />
        <span className="visually-hidden">{SEVERITY_LABEL[row.severity]}:</span>
        <span className="problem-text">
          <span className="problem-message">{row.message}</span>
          {row.code && <span className="problem-code">{row.code}</span>}
        </span>
        <span className="problem-location" data-testid="problem-location">
          <span aria-hidden="true">{row.line}:{row.column}</span>
          <span className="visually-hidden">, line {row.line}, column {row.column}</span>
        </span>
      </button>
      <span className="problem-actions">
        {row.fix && (
          <button type="button" className="problem-action problem-fix" tabIndex={tabIndex} disabled={stale} onClick={onFix} title={`Quick fix: ${row.fix.title}`} aria-label={`Quick fix: ${row.fix.title}`}>
            <WrenchIcon />
            <span className="problem-fix-title">{row.fix.title}</span>
          </button>
        )}
        {row.canDisable && (
          <button type="button" className="problem-action problem-disable" tabIndex={tabIndex} onClick={onDisable} title={`Disable check ${row.code} (turn it back on below)`} aria-label={`Disable check ${row.code}`}>
            <DisableIcon />
          </button>
        )}
      </span>
    </li>
  )
}

function CountBadge({ severity, n, label }: { severity: Severity; n: number; label: string }) {
  return (
    <span className="problems-count" data-severity={severity} data-zero={n === 0 || undefined}>
      <SeverityIcon severity={severity} />
      {label}
    </span>
  )
}

export function SeverityIcon({ severity }: { severity: Severity }) {
  const common = { className: 'severity-icon', 'data-severity': severity, width: 14, height: 14, viewBox: '0 0 16 16', 'aria-hidden': true } as const
  if (severity === 'error') {
    return (
      <svg {...common}>
        <circle cx="8" cy="8" r="6.5" fill="currentColor" />
        <path d="M5.6 5.6l4.8 4.8M10.4 5.6l-4.8 4.8" stroke="var(--surface)" strokeWidth="1.6" strokeLinecap="round" />
      </svg>
    )
  }
  if (severity === 'warning') {
    return (
      <svg {...common}>
        <path d="M8 1.6l6.8 12.2H1.2z" fill="currentColor" strokeLinejoin="round" />
        <path d="M8 6v3.6" stroke="var(--surface)" strokeWidth="1.6" strokeLinecap="round" />
        <circle cx="8" cy="11.7" r="0.95" fill="var(--surface)" />
      </svg>
    )
  }
  if (severity === 'info') {
    return (
      <svg {...common}>
        <circle cx="8" cy="8" r="6.5" fill="currentColor" />
        <path d="M8 7.2v4" stroke="var(--surface)" strokeWidth="1.6" strokeLinecap="round" />
        <circle cx="8" cy="4.9" r="0.95" fill="var(--surface)" />
      </svg>
    )
  }
  return (
    <svg {...common}>
      <circle cx="4" cy="8" r="1.4" fill="currentColor" />
      <circle cx="8" cy="8" r="1.4" fill="currentColor" />
      <circle cx="12" cy="8" r="1.4" fill="currentColor" />
    </svg>
  )
}

function WrenchIcon() {
  return (
    <svg width="13" height="13" viewBox="0 0 16 16" aria-hidden="true" className="action-icon">
      <path
        d="M10.8 1.5a3.7 3.7 0 00-3.5 4.9L1.9 11.8a1.4 1.4 0 002 2l5.4-5.4a3.7 3.7 0 004.9-3.5l-2.1 2.1-1.9-.4-.4-1.9 2.1-2.1a3.7 3.7 0 00-1.1-.1z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.4"
        strokeLinejoin="round"
      />
    </svg>
  )
}

function DisableIcon() {
  return (
    <svg width="13" height="13" viewBox="0 0 16 16" aria-hidden="true" className="action-icon">
      <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M3.8 12.2l8.4-8.4" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  )
}

function CloseIcon() {
  return (
    <svg width="12" height="12" viewBox="0 0 16 16" aria-hidden="true">
      <path d="M3.5 3.5l9 9M12.5 3.5l-9 9" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  )
}
