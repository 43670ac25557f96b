import { useWorkspaceUi } from './ui-store'
import { SHARE_SHORTCUT_LABEL } from './ShareDialog'

/** Header button: opens the share dialog (also Ctrl/Cmd+Shift+L). */
export function ShareButton() {
  const setShareOpen = useWorkspaceUi((s) => s.setShareOpen)
  return (
    <button
      type="button"
      className="button button-primary share-button"
      onClick={() => setShareOpen(true)}
      title={`Copy a link to this rule and its settings (${SHARE_SHORTCUT_LABEL})`}
      aria-keyshortcuts="Control+Shift+L Meta+Shift+L"
    >
      <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
        <path fill="currentColor" d="m7.775 3.275 1.25-1.25a3.5 3.5 0 1 1 4.95 4.95l-2.5 2.5a3.5 3.5 0 0 1-4.95 0 .751.751 0 0 1 .018-1.042.751.751 0 0 1 1.042-.018 1.998 1.998 0 0 0 2.83 0l2.5-2.5a2.002 2.002 0 0 0-2.83-2.83l-1.25 1.25a.751.751 0 0 1-1.042-.018.751.751 0 0 1-.018-1.042Zm-4.69 9.64a1.998 1.998 0 0 0 2.83 0l1.25-1.25a.751.751 0 0 1 1.042.018.751.751 0 0 1 .018 1.042l-1.25 1.25a3.5 3.5 0 1 1-4.95-4.95l2.5-2.5a3.5 3.5 0 0 1 4.95 0 .751.751 0 0 1-.018 1.042.751.751 0 0 1-1.042.018 1.998 1.998 0 0 0-2.83 0l-2.5 2.5a1.998 1.998 0 0 0 0 2.83Z" />
      </svg>
      Copy link
    </button>
  )
}
