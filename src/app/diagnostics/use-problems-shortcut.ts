// Ctrl/Cmd+Shift+M toggles the Problems panel (as in VS Code), also while the editor has focus.
// Opening moves the focus into the list; closing with the focus inside returns it to the editor.
import { useEffect } from 'react'
import { usePlayground } from '../store'
import { hasPrimaryModifier } from '../lib/platform'
import { getRuleEditor } from '../lib/rule-editor-ref'

export function useProblemsShortcut(panelId: string): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.code !== 'KeyM' || !event.shiftKey || !hasPrimaryModifier(event)) return
      event.preventDefault()
      event.stopPropagation()
      const { problemsOpen, setProblemsOpen } = usePlayground.getState()
      const panel = document.getElementById(panelId)
      if (!problemsOpen) {
        setProblemsOpen(true)
        requestAnimationFrame(() => focusPanel(panelId))
      } else if (panel && !panel.contains(document.activeElement)) {
        // Open but elsewhere: go to it first, like a second press in VS Code's panel focus.
        focusPanel(panelId)
      } else {
        setProblemsOpen(false)
        getRuleEditor()?.focus()
      }
    }
    window.addEventListener('keydown', onKeyDown, { capture: true })
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true })
  }, [panelId])
}

/** Focuses the list's current row, or the panel body when the list is empty. */
export function focusPanel(panelId: string): void {
  const panel = document.getElementById(panelId)
  const target = panel?.querySelector<HTMLElement>('.problem-main[tabindex="0"]') ?? panel?.querySelector<HTMLElement>('.problems-body')
  target?.focus()
}
