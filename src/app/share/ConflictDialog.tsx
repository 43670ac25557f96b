import { usePlayground } from '../store'
import { acceptPendingOpen, declinePendingOpen, safeTitle } from './actions'
import { useWorkspaceUi } from './ui-store'
import { ModalDialog } from './ModalDialog'

/** Asks before a link or ?url= replaces real work that differs from it. */
export function ConflictDialog() {
  const pending = useWorkspaceUi((s) => s.pendingOpen)
  return (
    <ModalDialog
      open={pending !== null}
      onClose={declinePendingOpen}
      labelledBy="conflict-dialog-title"
      describedBy="conflict-dialog-text"
      role="alertdialog"
      closeOnBackdrop={false}
      className="conflict-dialog"
    >
      {pending && <ConflictBody source={pending.source} incomingRule={pending.incoming.rule} incomingEvents={pending.incoming.events} />}
    </ModalDialog>
  )
}

function ConflictBody({ source, incomingRule, incomingEvents }: { source: string; incomingRule: string; incomingEvents: string }) {
  const ruleText = usePlayground((s) => s.ruleText)
  const eventsText = usePlayground((s) => s.eventsText)
  const localTitle = safeTitle(ruleText)
  const incomingTitle = safeTitle(incomingRule)
  const eventsDiffer = eventsText !== incomingEvents && eventsText.trim() !== ''
  return (
    <div className="dialog-body">
      <header className="dialog-header">
        <h2 id="conflict-dialog-title" className="dialog-title">Open {source}?</h2>
      </header>
      <p id="conflict-dialog-text" className="dialog-text">
        It would replace the work in this browser. If you open it, your work is kept as a backup: “Restore previous
        work” in the File menu brings it back.
      </p>
      <dl className="conflict-compare">
        <div className="conflict-side">
          <dt>Your work</dt>
          <dd className="conflict-title">{localTitle ?? 'Untitled rule'}</dd>
          <dd className="conflict-detail">{describe(ruleText, eventsDiffer ? eventsText : '')}</dd>
        </div>
        <div className="conflict-side conflict-incoming">
          <dt>Link</dt>
          <dd className="conflict-title">{incomingTitle ?? 'Untitled rule'}</dd>
          <dd className="conflict-detail">{describe(incomingRule, incomingEvents)}</dd>
        </div>
      </dl>
      <footer className="dialog-footer">
        <button type="button" className="button" onClick={declinePendingOpen} autoFocus>
          Keep my work
        </button>
        <button type="button" className="button button-primary" onClick={acceptPendingOpen}>
          Open shared rule
        </button>
      </footer>
    </div>
  )
}

function describe(rule: string, events: string): string {
  const lines = (text: string) => (text === '' ? 0 : text.split('\n').filter((l, i, all) => l !== '' || i < all.length - 1).length)
  const ruleLines = lines(rule)
  const eventLines = events.split('\n').filter((l) => l.trim() !== '').length
  const parts = [`${ruleLines.toLocaleString('en-US')} ${ruleLines === 1 ? 'line' : 'lines'} of rule`]
  if (eventLines > 0) parts.push(`${eventLines.toLocaleString('en-US')} ${eventLines === 1 ? 'event line' : 'event lines'}`)
  return parts.join(', ')
}
