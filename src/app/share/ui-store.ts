// UI state of sharing and files (dialogs, notices, drag state), kept apart from the main store:
// nothing here is persisted or shared, and the other panes never need it.
import { create } from 'zustand'
import type { WorkspaceState } from '../../share'
import { readBackups, type Backup } from './backup'

export type NoticeKind = 'error' | 'info' | 'success' | 'progress'

export interface NoticeAction {
  label: string
  run(): void
}

export interface Notice {
  id: number
  kind: NoticeKind
  title: string
  /** Plain text (may come from untrusted input: rendered as text only). */
  message?: string
  action?: NoticeAction
  /** Dismissed automatically after this many ms; errors stay until the user closes them. */
  autoCloseMs?: number
  /** Notices with the same key replace each other (e.g. one "loading" notice per download). */
  key?: string
}

/** Something that would replace the user's work, waiting for their answer. */
export interface PendingOpen {
  /** Where it comes from, for the dialog: "a shared link", "raw.githubusercontent.com". */
  source: string
  incoming: WorkspaceState
  /** Backup reason if the user opens it. */
  reason: string
  /** Runs after the workspace was applied (notices, URL clean-up). */
  onOpened?: () => void
}

interface WorkspaceUiState {
  notices: Notice[]
  shareOpen: boolean
  pendingOpen: PendingOpen | null
  /** Newest backup of replaced work (for "Restore previous work"), refreshed from storage. */
  latestBackup: Backup | null
  fileDragActive: boolean
  notify(notice: Omit<Notice, 'id'>): number
  dismiss(id: number): void
  dismissKey(key: string): void
  setShareOpen(open: boolean): void
  setPendingOpen(pending: PendingOpen | null): void
  refreshBackup(): void
  setFileDragActive(active: boolean): void
}

let nextId = 1

export const useWorkspaceUi = create<WorkspaceUiState>()((set, get) => ({
  notices: [],
  shareOpen: false,
  pendingOpen: null,
  latestBackup: null,
  fileDragActive: false,
  notify(notice) {
    const id = nextId++
    const kept = notice.key ? get().notices.filter((n) => n.key !== notice.key) : get().notices
    // A handful at most: the oldest give way.
    set({ notices: [...kept, { ...notice, id }].slice(-4) })
    return id
  },
  dismiss(id) {
    set((s) => ({ notices: s.notices.filter((n) => n.id !== id) }))
  },
  dismissKey(key) {
    set((s) => ({ notices: s.notices.filter((n) => n.key !== key) }))
  },
  setShareOpen(shareOpen) {
    set({ shareOpen })
  },
  setPendingOpen(pendingOpen) {
    set({ pendingOpen })
  },
  refreshBackup() {
    set({ latestBackup: readBackups()[0] ?? null })
  },
  setFileDragActive(fileDragActive) {
    if (get().fileDragActive !== fileDragActive) set({ fileDragActive })
  },
}))

export function notify(notice: Omit<Notice, 'id'>): number {
  return useWorkspaceUi.getState().notify(notice)
}
