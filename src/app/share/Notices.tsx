import { useEffect } from 'react'
import { useWorkspaceUi, type Notice } from './ui-store'
import { CloseIcon, WarningIcon } from './ShareDialog'

/** Non-blocking messages (link errors, opened files, backups) in the corner above the status bar. */
export function Notices() {
  const notices = useWorkspaceUi((s) => s.notices)
  return (
    <div className="notices" aria-label="Notifications">
      {notices.map((notice) => (
        <NoticeCard key={notice.id} notice={notice} />
      ))}
    </div>
  )
}

function NoticeCard({ notice }: { notice: Notice }) {
  const dismiss = useWorkspaceUi((s) => s.dismiss)
  useEffect(() => {
    if (!notice.autoCloseMs) return
    const timer = setTimeout(() => dismiss(notice.id), notice.autoCloseMs)
    return () => clearTimeout(timer)
  }, [notice, dismiss])

  return (
    <div className="notice" data-kind={notice.kind} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="notice">
      <span className="notice-icon">{notice.kind === 'error' ? <WarningIcon /> : notice.kind === 'progress' ? <span className="spinner" aria-hidden="true" /> : <InfoIcon kind={notice.kind} />}</span>
      <div className="notice-body">
        <p className="notice-title">{notice.title}</p>
        {notice.message && <p className="notice-message">{notice.message}</p>}
        {notice.action && (
          <button
            type="button"
            className="notice-action"
            onClick={() => {
              dismiss(notice.id)
              notice.action?.run()
            }}
          >
            {notice.action.label}
          </button>
        )}
      </div>
      <button type="button" className="notice-close" aria-label="Dismiss" onClick={() => dismiss(notice.id)}>
        <CloseIcon />
      </button>
    </div>
  )
}

function InfoIcon({ kind }: { kind: Notice['kind'] }) {
  return kind === 'success' ? (
    <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
      <path fill="currentColor" d="M8 16A8 8 0 1 1 8 0a8 8 0 0 1 0 16Zm3.78-9.72a.751.751 0 0 0-.018-1.042.751.751 0 0 0-1.042-.018L6.75 9.19 5.28 7.72a.751.751 0 0 0-1.042.018.751.751 0 0 0-.018 1.042l2 2a.75.75 0 0 0 1.06 0Z" />
    </svg>
  ) : (
    <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
      <path fill="currentColor" d="M0 8a8 8 0 1 1 16 0A8 8 0 0 1 0 8Zm8-6.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13ZM6.5 7.75A.75.75 0 0 1 7.25 7h1a.75.75 0 0 1 .75.75v2.75h.25a.75.75 0 0 1 0 1.5h-2a.75.75 0 0 1 0-1.5h.25v-2h-.25a.75.75 0 0 1-.75-.75ZM8 6a1 1 0 1 1 0-2 1 1 0 0 1 0 2Z" />
    </svg>
  )
}
