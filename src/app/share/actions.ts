// Opening workspaces that come from outside (share links, ?url=, files) without losing the user's
// work: replaced work is kept as a backup first, and links ask before replacing real work.
import {
  decideShareLinkOpen,
  decodeShareFragment,
  DEFAULT_MAX_RULE_BYTES,
  fetchRuleFromUrl,
  ruleUrlFromLocation,
  type WorkspaceState,
} from '../../share'
import { readRuleMetadata } from '../../sigma/export'
import { popBackup, pushBackup, type Backup } from './backup'
import { notify, useWorkspaceUi, type PendingOpen } from './ui-store'
import { applyWorkspace, hasRealWork, pristineWorkspace, sameWork, workspaceFromStore } from './workspace-bridge'

const SUCCESS_MS = 6_000
const WITH_ACTION_MS = 15_000

/** Keeps the current work as a backup when replacing it would lose text. Returns whether one was kept. */
function backupIfNeeded(incoming: Pick<WorkspaceState, 'rule' | 'events'>, reason: string): boolean {
  const current = workspaceFromStore()
  if (!hasRealWork(current) || sameWork(current, incoming)) return false
  const ui = useWorkspaceUi.getState()
  if (!pushBackup(current, reason)) {
    // Storage is full or blocked: keep it for this session at least, and say so.
    useWorkspaceUi.setState({ latestBackup: { savedAt: Date.now(), reason, workspace: current } })
    notify({
      kind: 'error',
      title: 'Your previous work could not be saved in the browser',
      message: 'It is kept until you close this tab: use "Restore previous work" in the File menu, or Undo in the editor.',
    })
    return true
  }
  ui.refreshBackup()
  return true
}

/** Replaces the workspace (after a backup if needed) and reports it. */
function applyIncoming(pending: PendingOpen): void {
  const keptBackup = backupIfNeeded(pending.incoming, pending.reason)
  applyWorkspace(pending.incoming)
  pending.onOpened?.()
  notifyOpened(`Opened ${pending.source}`, keptBackup)
}

export function notifyOpened(title: string, keptBackup: boolean): void {
  notify({
    kind: 'success',
    key: 'opened',
    title,
    message: keptBackup ? 'Your previous work was kept as a backup.' : undefined,
    action: keptBackup ? { label: 'Restore previous work', run: restorePreviousWork } : undefined,
    autoCloseMs: keptBackup ? WITH_ACTION_MS : SUCCESS_MS,
  })
}

/**
 * Opens a workspace from a link or an address: at once when nothing would be lost, otherwise the
 * user is asked (ConflictDialog) and their work is kept as a backup if they open it.
 */
export function offerIncoming(pending: PendingOpen): void {
  const decision = decideShareLinkOpen(workspaceFromStore(), pending.incoming, pristineWorkspace())
  if (decision === 'load') applyIncoming(pending)
  else useWorkspaceUi.getState().setPendingOpen(pending)
}

/** "Open shared rule" in the conflict dialog. */
export function acceptPendingOpen(): void {
  const pending = useWorkspaceUi.getState().pendingOpen
  if (!pending) return
  useWorkspaceUi.getState().setPendingOpen(null)
  applyIncoming(pending)
}

/** "Keep my work" in the conflict dialog. */
export function declinePendingOpen(): void {
  const pending = useWorkspaceUi.getState().pendingOpen
  if (!pending) return
  useWorkspaceUi.getState().setPendingOpen(null)
  // The link stays in the address bar otherwise, and a reload would ask again.
  clearShareLocation()
  notify({ kind: 'info', key: 'opened', title: `Kept your work; ${pending.source} was not opened`, autoCloseMs: SUCCESS_MS })
}

/** Swaps the newest backup with the current work (so restoring can itself be undone). */
export function restorePreviousWork(): void {
  const ui = useWorkspaceUi.getState()
  const backup: Backup | null = popBackup() ?? ui.latestBackup
  if (!backup) return
  useWorkspaceUi.setState({ latestBackup: null })
  const current = workspaceFromStore()
  const keptCurrent = hasRealWork(current) && !sameWork(current, backup.workspace)
  if (keptCurrent) pushBackup(current, 'before restoring previous work')
  // The theme is a preference of this browser, not part of the work.
  applyWorkspace(backup.workspace, { theme: false })
  ui.refreshBackup()
  notifyOpened(`Restored your work from ${formatTime(backup.savedAt)}`, keptCurrent)
}

/** A share fragment (`#v1/...`), at start-up or when the hash changes. */
export function openShareFragment(hash: string): void {
  const result = decodeShareFragment(hash)
  if (!result.ok) {
    notify({
      kind: 'error',
      key: 'share-link',
      title: 'This share link could not be opened',
      message: `${result.error} Your work was not changed.`,
    })
    return
  }
  offerIncoming({
    source: describeIncoming('the shared rule', result.state.rule),
    incoming: result.state,
    reason: 'before opening a shared link',
    onOpened: clearShareLocation,
  })
}

/** `?url=` at start-up. */
export async function openRuleFromLocation(search: string, fetchFn: typeof fetch = fetch.bind(globalThis)): Promise<void> {
  const parsed = ruleUrlFromLocation(search)
  if (parsed === null) return
  if (!parsed.ok) {
    notify({ kind: 'error', key: 'rule-url', title: 'The rule address in the link cannot be opened', message: parsed.error })
    return
  }
  const host = hostOf(parsed.url)
  const loading = notify({ kind: 'progress', key: 'rule-url', title: `Loading the rule from ${host}…` })
  const fetched = await fetchRuleFromUrl(parsed.url, fetchFn, { maxBytes: DEFAULT_MAX_RULE_BYTES })
  useWorkspaceUi.getState().dismiss(loading)
  if (!fetched.ok) {
    notify({ kind: 'error', key: 'rule-url', title: 'The rule could not be loaded', message: `${fetched.error}\n${parsed.url}` })
    return
  }
  // Read the store now, not before the download: the user may have typed meanwhile.
  offerIncoming({
    source: describeIncoming(`the rule from ${host}`, fetched.text),
    incoming: { ...workspaceFromStore(), rule: fetched.text },
    reason: `before opening ${parsed.url}`,
    onOpened: clearShareLocation,
  })
}

/** Drops `#...` and `url=` from the address once their content is open (a reload then shows the autosave). */
export function clearShareLocation(): void {
  const { pathname, search, hash } = window.location
  const query = search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => part !== '' && part !== 'url' && !part.startsWith('url='))
    .join('&')
  const next = pathname + (query ? `?${query}` : '')
  if (next !== pathname + search || hash !== '') window.history.replaceState(window.history.state, '', next)
}

function describeIncoming(fallback: string, rule: string): string {
  const title = safeTitle(rule)
  return title ? `“${title}”` : fallback
}

export function safeTitle(rule: string): string | undefined {
  try {
    const title = readRuleMetadata(rule).title?.trim()
    return title ? (title.length > 80 ? `${title.slice(0, 79)}…` : title) : undefined
  } catch {
    return undefined
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}

export function formatTime(ms: number): string {
  const date = new Date(ms)
  const sameDay = date.toDateString() === new Date().toDateString()
  return sameDay
    ? date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
}
