// Work replaced by a share link, a ?url= rule or an opened file is kept here first, so opening
// something never loses text. A short list (newest first) in localStorage, read back with the
// same strict validation as the autosave.
import { deserializeWorkspace, serializeWorkspace, type WorkspaceState } from '../../share'
import { safeLocalStorage } from '../lib/safe-storage'

export const BACKUP_STORAGE_KEY = 'sigma-playground:workspace-backups'
const MAX_BACKUPS = 8

export interface Backup {
  savedAt: number
  /** Why it was kept, e.g. "before opening a shared link". */
  reason: string
  workspace: WorkspaceState
}

interface StoredBackup {
  savedAt: number
  reason: string
  /** serializeWorkspace output (versioned envelope). */
  data: string
}

export function readBackups(): Backup[] {
  let raw: string | null
  try {
    raw = safeLocalStorage().getItem(BACKUP_STORAGE_KEY)
  } catch {
    return []
  }
  if (!raw) return []
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    return []
  }
  if (!Array.isArray(parsed)) return []
  const backups: Backup[] = []
  for (const item of parsed.slice(0, MAX_BACKUPS)) {
    if (typeof item !== 'object' || item === null) continue
    const { savedAt, reason, data } = item as Partial<StoredBackup>
    if (typeof savedAt !== 'number' || !Number.isFinite(savedAt) || typeof data !== 'string') continue
    const decoded = deserializeWorkspace(data)
    if (!decoded.ok) continue
    backups.push({ savedAt, reason: typeof reason === 'string' ? reason.slice(0, 200) : '', workspace: decoded.state })
  }
  return backups
}

/** Keeps `workspace` as the newest backup; returns false when storage refused it (quota, blocked). */
export function pushBackup(workspace: WorkspaceState, reason: string, now = Date.now()): boolean {
  const others = readBackups().filter((b) => b.workspace.rule !== workspace.rule || b.workspace.events !== workspace.events)
  const list = [{ savedAt: now, reason, workspace }, ...others].slice(0, MAX_BACKUPS)
  return writeBackups(list)
}

/** Removes and returns the newest backup. */
export function popBackup(): Backup | null {
  const [newest, ...rest] = readBackups()
  if (!newest) return null
  writeBackups(rest)
  return newest
}

function writeBackups(list: Backup[]): boolean {
  // On a full storage, give up the oldest backups before giving up the newest.
  for (let keep = list.length; keep >= 1; keep--) {
    const stored: StoredBackup[] = list
      .slice(0, keep)
      .map((b) => ({ savedAt: b.savedAt, reason: b.reason, data: serializeWorkspace(b.workspace) }))
    try {
      safeLocalStorage().setItem(BACKUP_STORAGE_KEY, JSON.stringify(stored))
      return true
    } catch {
      // Try again with fewer entries.
    }
  }
  if (list.length === 0) {
    try {
      safeLocalStorage().removeItem(BACKUP_STORAGE_KEY)
      return true
    } catch {
      return false
    }
  }
  return false
}
