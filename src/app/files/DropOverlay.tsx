import { useWorkspaceUi } from '../share/ui-store'

/** Shown while a file is dragged over the page. */
export function DropOverlay() {
  const active = useWorkspaceUi((s) => s.fileDragActive)
  if (!active) return null
  return (
    <div className="drop-overlay" data-testid="drop-overlay">
      <div className="drop-card">
        <svg aria-hidden="true" viewBox="0 0 24 24" width="36" height="36">
          <path fill="currentColor" d="M12 2.25a.75.75 0 0 1 .75.75v10.19l3.22-3.22a.75.75 0 1 1 1.06 1.06l-4.5 4.5a.75.75 0 0 1-1.06 0l-4.5-4.5a.75.75 0 1 1 1.06-1.06l3.22 3.22V3a.75.75 0 0 1 .75-.75ZM3.75 15a.75.75 0 0 1 .75.75v2.5c0 .69.56 1.25 1.25 1.25h12.5c.69 0 1.25-.56 1.25-1.25v-2.5a.75.75 0 0 1 1.5 0v2.5A2.75 2.75 0 0 1 18.25 21H5.75A2.75 2.75 0 0 1 3 18.25v-2.5a.75.75 0 0 1 .75-.75Z" />
        </svg>
        <p className="drop-title">Drop to open the rule</p>
        <p className="drop-detail">.yml or .yaml — your current rule is kept as a backup</p>
      </div>
    </div>
  )
}
