import { useEffect, useLayoutEffect } from 'react'
import { hasPrimaryModifier } from '../lib/platform'
import { DropOverlay } from '../files/DropOverlay'
import { useFileDrop } from '../files/useFileDrop'
import { bootWorkspace, startAutosave, watchHashChanges } from './persistence'
import { useWorkspaceUi } from './ui-store'
import { ShareDialog } from './ShareDialog'
import { ConflictDialog } from './ConflictDialog'
import { Notices } from './Notices'
import './share.css'

let booted = false

/**
 * Everything about bringing work in and out of the page that is not a header button: start-up
 * (autosave, share links, ?url=), the autosave, dialogs, notices and the file drop target.
 * Rendered once by App; all its elements are out of the layout flow (fixed or top layer).
 */
export function WorkspaceLayer() {
  // Before the first paint and before the conversion starts, so the seed rule never flashes.
  useLayoutEffect(() => {
    const stopAutosave = startAutosave()
    if (!booted) {
      booted = true
      bootWorkspace()
    }
    const stopHash = watchHashChanges()
    return () => {
      stopHash()
      stopAutosave()
    }
  }, [])

  useFileDrop()
  useShareShortcut()

  return (
    <>
      <ShareDialog />
      <ConflictDialog />
      <Notices />
      <DropOverlay />
    </>
  )
}

/** Ctrl/Cmd+Shift+L opens the share dialog, also from inside the editor. */
function useShareShortcut(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!hasPrimaryModifier(event) || !event.shiftKey || event.code !== 'KeyL') return
      event.preventDefault()
      event.stopPropagation()
      const ui = useWorkspaceUi.getState()
      if (!ui.pendingOpen) ui.setShareOpen(true)
    }
    window.addEventListener('keydown', onKeyDown, { capture: true })
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true })
  }, [])
}
