import { usePlayground } from '../store'
import { stateWithCurrentTranslations } from './current-state'
import { writeClipboardText } from './clipboard'
import { tabViewFor } from './tab-view'

const WAIT_FOR_CURRENT_MS = 2000

/**
 * Copies a backend's translation of the current text and reports the result (the button and the
 * shortcut share this). If a conversion is still running, it waits for it rather than copying a
 * translation of older text.
 */
export async function copyTranslation(backendId: string): Promise<void> {
  const state = await stateWithCurrentTranslations(WAIT_FOR_CURRENT_MS)
  const view = tabViewFor(backendId, state.revision, state.conversion, state.lastGood)
  if (view.kind !== 'output' || view.pending) {
    state.notifyCopied(backendId, false)
    return
  }
  const ok = await writeClipboardText(view.output)
  usePlayground.getState().notifyCopied(backendId, ok)
}
