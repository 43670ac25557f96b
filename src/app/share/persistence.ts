// Start-up (autosave, then a share link or ?url= on top) and the autosave itself.
import { AUTOSAVE_STORAGE_KEY, deserializeWorkspace, serializeWorkspace, type WorkspaceState } from '../../share'
import { debounce } from '../lib/debounce'
import { safeLocalStorage } from '../lib/safe-storage'
import { usePlayground, type PlaygroundState } from '../store'
import { openRuleFromLocation, openShareFragment } from './actions'
import { notify, useWorkspaceUi } from './ui-store'
import { applyWorkspace, workspaceFromStore } from './workspace-bridge'

export const AUTOSAVE_QUIET_MS = 300
const AUTOSAVE_MAX_WAIT_MS = 2_000

export function readAutosave(): WorkspaceState | null {
  let text: string | null
  try {
    text = safeLocalStorage().getItem(AUTOSAVE_STORAGE_KEY)
  } catch {
    return null
  }
  if (text === null) return null
  const result = deserializeWorkspace(text)
  if (!result.ok) {
    notify({ kind: 'error', key: 'autosave', title: 'Your saved work could not be restored', message: result.error })
    return null
  }
  return result.state
}

/** A hash that should be read as a share link (anything but an empty `#`). */
export function isShareHash(hash: string): boolean {
  return hash.length > 1
}

/**
 * Runs once before the first paint: the autosaved workspace comes back first, so a share link
 * or ?url= that follows is compared with (and never silently replaces) the user's work.
 */
export function bootWorkspace(): void {
  const saved = readAutosave()
  // The theme already comes back with the UI preferences; the saved copy is not needed.
  if (saved) applyWorkspace(saved, { theme: false })
  useWorkspaceUi.getState().refreshBackup()
  const { hash, search } = window.location
  if (isShareHash(hash)) openShareFragment(hash)
  else void openRuleFromLocation(search)
}

type Watched = Pick<PlaygroundState, 'ruleText' | 'eventsText' | 'activeBackendId' | 'wrapOutput' | 'disabledChecks' | 'themePreference'>
const WATCHED: (keyof Watched)[] = ['ruleText', 'eventsText', 'activeBackendId', 'wrapOutput', 'disabledChecks', 'themePreference']

/** Saves the workspace while the user types (debounced) and when the page is hidden or closed. */
export function startAutosave(): () => void {
  let dirty = false
  let warned = false
  const save = () => {
    dirty = false
    try {
      safeLocalStorage().setItem(AUTOSAVE_STORAGE_KEY, serializeWorkspace(workspaceFromStore()))
    } catch {
      if (!warned) {
        warned = true
        notify({
          kind: 'error',
          key: 'autosave',
          title: 'Your work cannot be saved in this browser',
          message: 'The browser storage is full or blocked. Download the rule or copy a share link to keep it.',
        })
      }
    }
  }
  const scheduled = debounce(save, AUTOSAVE_QUIET_MS, AUTOSAVE_MAX_WAIT_MS)
  const unsubscribe = usePlayground.subscribe((state, previous) => {
    if (WATCHED.some((key) => state[key] !== previous[key])) {
      dirty = true
      scheduled.schedule()
    }
  })
  const flush = () => {
    if (!dirty) return
    scheduled.cancel()
    save()
  }
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flush()
  }
  window.addEventListener('beforeunload', flush)
  window.addEventListener('pagehide', flush)
  document.addEventListener('visibilitychange', onVisibility)
  return () => {
    flush()
    unsubscribe()
    window.removeEventListener('beforeunload', flush)
    window.removeEventListener('pagehide', flush)
    document.removeEventListener('visibilitychange', onVisibility)
  }
}

/** A share link pasted into the address bar of an open playground. */
export function watchHashChanges(): () => void {
  const onHashChange = () => {
    if (isShareHash(window.location.hash)) openShareFragment(window.location.hash)
  }
  window.addEventListener('hashchange', onHashChange)
  return () => window.removeEventListener('hashchange', onHashChange)
}
