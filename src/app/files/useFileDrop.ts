import { useEffect } from 'react'
import { useWorkspaceUi } from '../share/ui-store'
import { openRuleFile } from './actions'

/** Areas with a drop target of their own (the events pane takes event files). */
const OWN_DROP_ZONES = '[data-own-drop], [data-testid="events-drop-zone"]'
/** Browsers send dragover every ~50 ms while a drag hovers the page; silence means it left. */
const DRAG_SILENCE_MS = 350

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files')
}

function inOwnDropZone(event: DragEvent): boolean {
  return event.target instanceof Element && event.target.closest(OWN_DROP_ZONES) !== null
}

/**
 * A file dragged onto the page (the editor included) opens as the rule. Listens in the capture
 * phase so Monaco never inserts the file's path as text; areas with their own drop target are
 * left alone. The overlay does not catch the pointer, so targets stay the real elements.
 */
export function useFileDrop(): void {
  useEffect(() => {
    const setActive = (active: boolean) => useWorkspaceUi.getState().setFileDragActive(active)
    let silence: ReturnType<typeof setTimeout> | undefined
    const stopSoon = () => {
      clearTimeout(silence)
      silence = setTimeout(() => setActive(false), DRAG_SILENCE_MS)
    }
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      if (inOwnDropZone(event)) {
        setActive(false)
        return
      }
      event.preventDefault()
      event.stopPropagation()
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy'
      setActive(true)
      stopSoon()
    }
    const onDragLeave = (event: DragEvent) => {
      // relatedTarget null: the pointer left the window.
      if (carriesFiles(event) && event.relatedTarget === null) {
        clearTimeout(silence)
        setActive(false)
      }
    }
    const onDrop = (event: DragEvent) => {
      clearTimeout(silence)
      setActive(false)
      if (!carriesFiles(event) || inOwnDropZone(event)) return
      event.preventDefault()
      event.stopPropagation()
      const files = Array.from(event.dataTransfer?.files ?? [])
      if (files.length > 0) void openRuleFile(files[0])
    }
    window.addEventListener('dragenter', onDragOver, true)
    window.addEventListener('dragover', onDragOver, true)
    window.addEventListener('dragleave', onDragLeave, true)
    window.addEventListener('drop', onDrop, true)
    return () => {
      clearTimeout(silence)
      window.removeEventListener('dragenter', onDragOver, true)
      window.removeEventListener('dragover', onDragOver, true)
      window.removeEventListener('dragleave', onDragLeave, true)
      window.removeEventListener('drop', onDrop, true)
    }
  }, [])
}
