// The events pane: paste or drop events, see which match the rule and why.
import { usePlayground } from '../store'
import { useEventMatching, cancelEventMatching } from './useEventMatching'
import { EventsInput } from './EventsInput'
import { EventList, ROW_HEIGHT } from './EventList'
import { EventExplanation } from './EventExplanation'
import { SAMPLE_EVENTS } from './sample-events'
import { highlightRule } from './highlight'
import type { HangReport } from './matcher-client'
import type { RegexValueInfo } from './protocol'
import { boundedText } from './event-text'
import './events.css'

const fmt = (n: number) => n.toLocaleString('en-US')

export function EventsPane() {
  useEventMatching()
  const run = usePlayground((s) => s.eventsRun)
  const eventsText = usePlayground((s) => s.eventsText)
  const eventsRevision = usePlayground((s) => s.eventsRevision)
  const revision = usePlayground((s) => s.revision)
  const matchesOnly = usePlayground((s) => s.eventsMatchesOnly)
  const setMatchesOnly = usePlayground((s) => s.setEventsMatchesOnly)
  const setEventsText = usePlayground((s) => s.setEventsText)
  const empty = eventsText.trim() === ''
  const parsed = run.parsed && run.parsed.eventsRevision === eventsRevision ? run.parsed : null
  const busy = run.status === 'parsing' || run.status === 'matching'
  // After a hang or a failure the flags describe an older rule: don't show them as current.
  const stopped = run.status === 'hung' || run.status === 'failed'
  // The list takes what its rows need, up to 42% of the height; the explanation gets the rest.
  const rowsShown = matchesOnly && run.flags ? run.matchCount : (parsed?.count ?? 0)
  const listHeight = Math.max(3, rowsShown) * ROW_HEIGHT + 2
  const upToDate = !busy && run.eventsRevision === eventsRevision && run.flagsRuleRevision === revision

  return (
    <section
      className="events-pane"
      aria-label="Events"
      data-testid="events-pane"
      data-run-state={empty ? 'empty' : run.status}
      data-events-revision={eventsRevision}
      data-result-events-revision={run.flags ? run.eventsRevision : 0}
      data-up-to-date={upToDate || undefined}
      data-event-count={parsed?.count ?? 0}
      data-match-count={run.flags ? run.matchCount : undefined}
      data-total-ms={run.totalMs === null ? undefined : Math.round(run.totalMs)}
    >
      <div className="pane-header events-header">
        <span className="pane-title">Events</span>
        <Summary empty={empty} />
        <span className="toolbar-spacer" />
        <label className="wrap-toggle" title="Show only the events the rule matches">
          <input type="checkbox" checked={matchesOnly} onChange={(e) => setMatchesOnly(e.target.checked)} />
          Matches only
        </label>
        <button type="button" className="button" onClick={() => setEventsText(SAMPLE_EVENTS)} title="Windows events for the example PsExec rule">
          Load sample events
        </button>
        <button type="button" className="button" onClick={() => setEventsText('')} disabled={empty}>
          Clear
        </button>
      </div>
      <RunStatus />
      <MissingFields />
      <div className="events-body">
        <EventsInput />
        <div className="events-results" style={{ gridTemplateRows: `min(42%, ${listHeight}px) minmax(0, 1fr)` }}>
          {parsed ? (
            <EventList parsed={parsed} flags={stopped ? null : run.flags} evaluated={run.flags && !stopped ? run.evaluated : 0} matchesOnly={matchesOnly} multiDocument={run.documents > 1} />
          ) : (
            <div className="event-list event-list-placeholder">{empty ? 'Events you paste appear here, with the ones the rule matches marked.' : 'Reading events…'}</div>
          )}
          <div className="events-explain-host">{parsed && <EventExplanation />}</div>
        </div>
      </div>
    </section>
  )
}

function Summary({ empty }: { empty: boolean }) {
  const run = usePlayground((s) => s.eventsRun)
  if (empty) return <span className="events-summary events-muted">Paste events to test the rule</span>
  const total = run.parsed?.count ?? 0
  let text: string
  if (run.status === 'parsing') text = 'Reading events…'
  else if (run.status === 'hung' || run.status === 'failed') text = 'Stopped'
  else if (!run.flags) text = run.status === 'matching' ? 'Matching…' : `${fmt(total)} events`
  else text = `${fmt(run.matchCount)} of ${fmt(total)} ${total === 1 ? 'event matches' : 'events match'}`
  return (
    <span className="events-summary" data-testid="events-summary" data-has-matches={run.flags && text !== 'Stopped' ? run.matchCount > 0 : undefined} aria-live="polite">
      {text}
      {run.parsed && run.parsed.errorCount > 0 && <span className="events-error-count"> · {fmt(run.parsed.errorCount)} input {run.parsed.errorCount === 1 ? 'error' : 'errors'}</span>}
      {run.status === 'done' && run.totalMs !== null && <span className="events-muted"> · {formatMs(run.totalMs)}</span>}
    </span>
  )
}

function RunStatus() {
  const run = usePlayground((s) => s.eventsRun)
  const ruleText = usePlayground((s) => s.ruleText)
  const revision = usePlayground((s) => s.revision)
  const busy = run.status === 'parsing' || run.status === 'matching'
  const progress = run.progress
  const total = progress?.total ?? run.parsed?.count ?? 0
  const done = progress?.done ?? 0
  // Only show the bar when the work takes a moment; quick runs would flash.
  const showBar = busy && (run.status === 'parsing' || total >= 2000 || (progress?.elapsedMs ?? 0) > 150)
  return (
    <>
      {showBar && (
        <div className="events-progress" data-testid="events-progress">
          <div
            className="events-progress-bar"
            role="progressbar"
            aria-label={run.status === 'parsing' ? 'Reading events' : 'Matching events'}
            aria-valuemin={0}
            aria-valuemax={total || 1}
            aria-valuenow={run.status === 'parsing' ? undefined : done}
            data-indeterminate={run.status === 'parsing' || undefined}
          >
            <div className="events-progress-fill" style={{ width: run.status === 'parsing' || total === 0 ? '30%' : `${(100 * done) / total}%` }} />
          </div>
          <span className="events-progress-text">
            {run.status === 'parsing' ? 'Reading events…' : `Matching ${fmt(done)} / ${fmt(total)}${progress ? ` · ${fmt(progress.matches)} matches` : ''}`}
          </span>
          <button type="button" className="button" onClick={cancelEventMatching}>
            Cancel
          </button>
        </div>
      )}
      {run.hang && <HangNotice hang={run.hang} ruleText={revision === run.hang.ruleRevision ? ruleText : null} />}
      {run.message && (
        <div className="events-notice" role="status" data-testid="events-message">
          {run.message}
        </div>
      )}
      {run.ruleErrors > 0 && !busy && (
        <div className="events-notice" role="status">
          The rule has {run.ruleErrors === 1 ? 'an error' : `${run.ruleErrors} errors`} (see the editor): rule documents with errors never match.
        </div>
      )}
    </>
  )
}

function HangNotice({ hang, ruleText }: { hang: HangReport; ruleText: string | null }) {
  const where = hang.eventIndex === null ? '' : hang.exact ? ` on event #${hang.eventIndex + 1}` : ` at or after event #${hang.eventIndex + 1}`
  const lineOf = (value: RegexValueInfo) => (ruleText ? ruleText.slice(0, value.range.start).split('\n').length : null)
  const valueButton = (value: RegexValueInfo) => (
    <button type="button" className="events-link hang-value" disabled={!ruleText} onClick={() => highlightRule(value.range)} title="Show this value in the editor">
      {boundedText(value.text, 120)}
      {lineOf(value) !== null && ` (line ${lineOf(value)})`}
    </button>
  )
  return (
    <div className="events-notice is-error" role="alert" data-testid="events-hang">
      {hang.phase === 'parsing' ? (
        <>Reading the events took too long and was stopped.</>
      ) : hang.phase === 'explaining' ? (
        <>Explaining event #{(hang.eventIndex ?? 0) + 1} did not finish within 2 s and was stopped: a regular expression in the rule is probably too slow for it.</>
      ) : (
        <>
          Matching stopped{where}: the matcher did not answer for 2 s and was restarted.{' '}
          {hang.value ? (
            <>The regular expression {valueButton(hang.value)} did not finish — it likely backtracks catastrophically on this input.</>
          ) : hang.suspects && hang.suspects.length > 0 ? (
            <>
              A regular expression likely backtracks catastrophically; the candidates are{' '}
              {hang.suspects.slice(0, 5).map((v, i) => (
                <span key={v.id}>
                  {i > 0 && ', '}
                  {valueButton(v)}
                </span>
              ))}
              .
            </>
          ) : (
            <>A regular expression in the rule likely backtracks catastrophically.</>
          )}{' '}
          Edit the rule or the events to try again.
        </>
      )}
    </div>
  )
}

function MissingFields() {
  const missing = usePlayground((s) => s.eventsRun.missingFields)
  const count = usePlayground((s) => s.eventsRun.parsed?.count ?? 0)
  const stale = usePlayground((s) => s.eventsRun.ruleRevision !== s.revision || s.eventsRun.status === 'matching' || s.eventsRun.status === 'parsing')
  if (missing.length === 0 || count === 0) return null
  return (
    <div className="events-missing" data-testid="events-missing-fields" aria-label="Missing fields">
      <span className="events-missing-title" title="Fields the rule uses that no event has: the usual reason a rule never fires">
        {missing.length === 1 ? 'Field no event has:' : 'Fields no event has:'}
      </span>
      {missing.slice(0, 30).map((m) => (
        <button
          key={m.field}
          type="button"
          className="missing-chip"
          disabled={stale}
          onClick={() => highlightRule(m.keyRanges[0], m.keyRanges)}
          title={`The rule uses ${m.field} ${m.keyRanges.length === 1 ? 'once' : `${m.keyRanges.length} times`}; none of the ${fmt(count)} events has it. Click to show it in the editor.`}
        >
          {boundedText(m.field, 60)}
        </button>
      ))}
      {missing.length > 30 && <span className="events-muted">+{missing.length - 30} more</span>}
    </div>
  )
}

function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`
}
