import { useEffect, useState } from 'react'
import { usePlayground } from '../store'
import { copyTranslation } from '../lib/copy-translation'
import { MOD_KEY_LABEL } from '../lib/platform'

const FEEDBACK_MS = 1600

export function CopyButton({ backendId, label, disabled }: { backendId: string; label: string; disabled: boolean }) {
  const notice = usePlayground((s) => (s.copyNotice?.backendId === backendId ? s.copyNotice : null))
  const [feedback, setFeedback] = useState<'copied' | 'failed' | null>(null)

  // Feedback follows the store notice so the keyboard shortcut lights up the same button.
  useEffect(() => {
    if (!notice) return
    setFeedback(notice.ok ? 'copied' : 'failed')
    const timer = setTimeout(() => setFeedback(null), FEEDBACK_MS)
    return () => clearTimeout(timer)
  }, [notice])

  return (
    <>
      <span className="visually-hidden" aria-live="polite">
        {feedback === 'copied' ? `${label} translation copied` : feedback === 'failed' ? 'Copy failed' : ''}
      </span>
      <button
        type="button"
        className="button copy-button"
        data-feedback={feedback ?? undefined}
        disabled={disabled}
        onClick={() => void copyTranslation(backendId)}
        title={`Copy the ${label} translation (${MOD_KEY_LABEL}+Shift+C)`}
      >
        <CopyIcon done={feedback === 'copied'} />
        <span>{feedback === 'copied' ? 'Copied' : feedback === 'failed' ? 'Copy failed' : 'Copy'}</span>
      </button>
    </>
  )
}

function CopyIcon({ done }: { done: boolean }) {
  return done ? (
    <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
      <path fill="currentColor" d="M13.78 4.22a.75.75 0 0 1 0 1.06l-7.25 7.25a.75.75 0 0 1-1.06 0L2.22 9.28a.75.75 0 0 1 1.06-1.06L6 10.94l6.72-6.72a.75.75 0 0 1 1.06 0Z" />
    </svg>
  ) : (
    <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
      <path fill="currentColor" d="M0 6.75C0 5.78.78 5 1.75 5h1.5a.75.75 0 0 1 0 1.5h-1.5a.25.25 0 0 0-.25.25v7.5c0 .14.11.25.25.25h7.5a.25.25 0 0 0 .25-.25v-1.5a.75.75 0 0 1 1.5 0v1.5A1.75 1.75 0 0 1 9.25 16h-7.5A1.75 1.75 0 0 1 0 14.25Z" />
      <path fill="currentColor" d="M5 1.75C5 .78 5.78 0 6.75 0h7.5C15.22 0 16 .78 16 1.75v7.5A1.75 1.75 0 0 1 14.25 11h-7.5A1.75 1.75 0 0 1 5 9.25Zm1.75-.25a.25.25 0 0 0-.25.25v7.5c0 .14.11.25.25.25h7.5a.25.25 0 0 0 .25-.25v-7.5a.25.25 0 0 0-.25-.25Z" />
    </svg>
  )
}
