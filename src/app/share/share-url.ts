// The share link of the current workspace.
import { encodeShareFragment, linkLengthWarning } from '../../share'
import { DEFAULT_OPTIONS, workspaceFromStore } from './workspace-bridge'

export type ShareUrlResult = { ok: true; url: string; warning: string | null } | { ok: false; error: string }

export function buildShareUrl(includeEvents: boolean, location: Pick<Location, 'origin' | 'pathname'> = window.location): ShareUrlResult {
  try {
    const fragment = encodeShareFragment(workspaceFromStore(), { includeEvents, defaultOptions: DEFAULT_OPTIONS })
    const url = `${location.origin}${location.pathname}#${fragment}`
    return { ok: true, url, warning: linkLengthWarning(url) }
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) }
  }
}
