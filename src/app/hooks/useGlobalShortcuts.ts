import { useEffect } from 'react'
import { usePlayground } from '../store'
import { hasPrimaryModifier } from '../lib/platform'
import { copyTranslation } from '../lib/copy-translation'

/**
 * Ctrl/Cmd+1..9 selects a backend tab, Ctrl/Cmd+Shift+C copies the visible translation.
 * Listens in the capture phase so the shortcuts also work while the editor has focus.
 */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!hasPrimaryModifier(event)) return
      const state = usePlayground.getState()
      const digit = /^Digit([1-9])$/.exec(event.code)
      if (digit && !event.shiftKey) {
        const backend = state.backends[Number(digit[1]) - 1]
        if (!backend) return
        event.preventDefault()
        event.stopPropagation()
        state.setActiveBackend(backend.id)
        return
      }
      if (event.code === 'KeyC' && event.shiftKey) {
        event.preventDefault()
        event.stopPropagation()
        void copyTranslation(state.activeBackendId)
      }
    }
    window.addEventListener('keydown', onKeyDown, { capture: true })
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true })
  }, [])
}
