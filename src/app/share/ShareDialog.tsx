import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { usePlayground } from '../store'
import { writeClipboardText } from '../lib/clipboard'
import { MOD_KEY_LABEL } from '../lib/platform'
import { useWorkspaceUi } from './ui-store'
import { buildShareUrl } from './share-url'
import { ModalDialog } from './ModalDialog'

const FEEDBACK_MS = 1800
export const SHARE_SHORTCUT_LABEL = `${MOD_KEY_LABEL}+Shift+L`

/** "Copy link": the whole workspace in the URL fragment (never sent to a server). */
export function ShareDialog() {
  const open = useWorkspaceUi((s) => s.shareOpen)
  const setOpen = useWorkspaceUi((s) => s.setShareOpen)
  return (
    <ModalDialog open={open} onClose={() => setOpen(false)} labelledBy="share-dialog-title" className="share-dialog">
      {open && <ShareDialogBody onClose={() => setOpen(false)} />}
    </ModalDialog>
  )
}

function ShareDialogBody({ onClose }: { onClose(): void }) {
  const ruleText = usePlayground((s) => s.ruleText)
  const eventsText = usePlayground((s) => s.eventsText)
  const activeBackendId = usePlayground((s) => s.activeBackendId)
  const wrapOutput = usePlayground((s) => s.wrapOutput)
  const disabledChecks = usePlayground((s) => s.disabledChecks)
  const themePreference = usePlayground((s) => s.themePreference)
  const hasEvents = eventsText.trim() !== ''
  const [includeEvents, setIncludeEvents] = useState(true)
  const [feedback, setFeedback] = useState<'copied' | 'failed' | null>(null)
  const linkRef = useRef<HTMLTextAreaElement>(null)
  const linkId = useId()
  const eventLines = useMemo(() => eventsText.split('\n').filter((line) => line.trim() !== '').length, [eventsText])

  const share = useMemo(
    () => buildShareUrl(includeEvents && hasEvents),
    // Rebuilt when anything the link carries changes (the store is read inside).
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [includeEvents, hasEvents, ruleText, eventsText, activeBackendId, wrapOutput, disabledChecks, themePreference],
  )

  useEffect(() => {
    if (!feedback) return
    const timer = setTimeout(() => setFeedback(null), FEEDBACK_MS)
    return () => clearTimeout(timer)
  }, [feedback])

  useEffect(() => {
    linkRef.current?.select()
  }, [share])

  const copy = async () => {
    if (!share.ok) return
    linkRef.current?.select()
    setFeedback((await writeClipboardText(share.url)) ? 'copied' : 'failed')
  }

  return (
    <form
      method="dialog"
      className="dialog-body"
      onSubmit={(event) => {
        event.preventDefault()
        void copy()
      }}
    >
      <header className="dialog-header">
        <h2 id="share-dialog-title" className="dialog-title">Share this workspace</h2>
        <button type="button" className="button icon-button dialog-close" aria-label="Close" onClick={onClose}>
          <CloseIcon />
        </button>
      </header>
      <p className="dialog-text">
        The link holds the rule{includeEvents && hasEvents ? ', the events' : ''} and your settings, compressed into the
        address. Nothing is uploaded: anyone who has the link can read its content.
      </p>
      {share.ok ? (
        <>
          <label className="field-label" htmlFor={linkId}>Share link</label>
          <textarea
            id={linkId}
            ref={linkRef}
            className="share-link"
            readOnly
            rows={4}
            spellCheck={false}
            value={share.url}
            onFocus={(e) => e.currentTarget.select()}
            data-testid="share-link"
          />
          <div className="share-meta">
            <span className="share-length" data-testid="share-length">
              {share.url.length.toLocaleString('en-US')} characters
            </span>
            <label className="checkbox" title={hasEvents ? undefined : 'The events pane is empty'}>
              <input
                type="checkbox"
                checked={includeEvents && hasEvents}
                disabled={!hasEvents}
                onChange={(e) => setIncludeEvents(e.target.checked)}
              />
              Include events{hasEvents ? ` (${eventLines.toLocaleString('en-US')} ${eventLines === 1 ? 'line' : 'lines'})` : ''}
            </label>
          </div>
          {share.warning && (
            <p className="callout callout-warning" role="status">
              <WarningIcon />
              <span>{share.warning}</span>
            </p>
          )}
        </>
      ) : (
        <p className="callout callout-error" role="alert">
          <WarningIcon />
          <span>{share.error} Download the rule instead (File menu).</span>
        </p>
      )}
      <footer className="dialog-footer">
        <span className="dialog-hint">{SHARE_SHORTCUT_LABEL} opens this dialog</span>
        <span className="visually-hidden" aria-live="polite">
          {feedback === 'copied' ? 'Link copied to the clipboard' : feedback === 'failed' ? 'Copy failed' : ''}
        </span>
        <button type="button" className="button" onClick={onClose}>Close</button>
        <button type="submit" className="button button-primary copy-link-button" disabled={!share.ok} data-feedback={feedback ?? undefined}>
          {feedback === 'copied' ? 'Copied' : feedback === 'failed' ? 'Copy failed: select and copy by hand' : 'Copy link'}
        </button>
      </footer>
    </form>
  )
}

export function CloseIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
      <path fill="currentColor" d="M3.72 3.72a.75.75 0 0 1 1.06 0L8 6.94l3.22-3.22a.749.749 0 0 1 1.275.326.749.749 0 0 1-.215.734L9.06 8l3.22 3.22a.749.749 0 0 1-.326 1.275.749.749 0 0 1-.734-.215L8 9.06l-3.22 3.22a.751.751 0 0 1-1.042-.018.751.751 0 0 1-.018-1.042L6.94 8 3.72 4.78a.75.75 0 0 1 0-1.06Z" />
    </svg>
  )
}

export function WarningIcon() {
  return (
    <svg aria-hidden="true" className="callout-icon" viewBox="0 0 16 16" width="16" height="16">
      <path fill="currentColor" d="M6.457 1.047c.659-1.234 2.427-1.234 3.086 0l6.082 11.378A1.75 1.75 0 0 1 14.082 15H1.918a1.75 1.75 0 0 1-1.543-2.575Zm1.763.707a.25.25 0 0 0-.44 0L1.698 13.132a.25.25 0 0 0 .22.368h12.164a.25.25 0 0 0 .22-.368Zm.53 3.996v2.5a.75.75 0 0 1-1.5 0v-2.5a.75.75 0 0 1 1.5 0ZM9 11a1 1 0 1 1-2 0 1 1 0 0 1 2 0Z" />
    </svg>
  )
}
