// File actions of the File menu, the drop target and the translation toolbar.
import { exportRulePage, type BackendTranslation } from '../../sigma/export'
import { usePlayground } from '../store'
import { stateWithCurrentTranslations } from '../lib/current-state'
import { tabViewFor } from '../lib/tab-view'
import { notify } from '../share/ui-store'
import { notifyOpened, safeTitle } from '../share/actions'
import { pushBackup } from '../share/backup'
import { useWorkspaceUi } from '../share/ui-store'
import { hasRealWork, sameWork, workspaceFromStore } from '../share/workspace-bridge'
import { downloadText } from './download'
import { displayName, extensionForLanguage, fileStemFromTitle, readRuleFile } from './rule-file'

const WAIT_FOR_CURRENT_MS = 3000

/**
 * Opens a picked or dropped file as the rule. The user asked for it, so no question; their
 * previous rule is kept as a backup (and the editor's Undo brings it back too).
 */
export async function openRuleFile(file: File): Promise<void> {
  const read = await readRuleFile(file)
  if (!read.ok) {
    notify({ kind: 'error', key: 'file', title: 'The file could not be opened', message: read.error })
    return
  }
  const current = workspaceFromStore()
  const incoming = { ...current, rule: read.text }
  let kept = false
  if (hasRealWork(current) && !sameWork(current, incoming)) {
    kept = pushBackup(current, `before opening ${displayName(file.name)}`)
    if (!kept) {
      useWorkspaceUi.setState({ latestBackup: { savedAt: Date.now(), reason: 'before opening a file', workspace: current } })
      kept = true
    }
    useWorkspaceUi.getState().refreshBackup()
  }
  usePlayground.getState().setRuleText(read.text)
  notifyOpened(`Opened ${displayName(file.name)}`, kept)
}

export function ruleFileStem(ruleText = usePlayground.getState().ruleText): string {
  return fileStemFromTitle(safeTitle(ruleText))
}

export function downloadRule(): void {
  const { ruleText } = usePlayground.getState()
  downloadText(`${ruleFileStem(ruleText)}.yml`, ruleText, 'application/yaml')
}

/** Downloads a backend's translation of the current text (waits for a running conversion). */
export async function downloadTranslation(backendId: string): Promise<void> {
  const state = await stateWithCurrentTranslations(WAIT_FOR_CURRENT_MS)
  const backend = state.backends.find((b) => b.id === backendId)
  const view = tabViewFor(backendId, state.revision, state.conversion, state.lastGood)
  if (!backend || view.kind !== 'output' || view.pending) {
    notify({
      kind: 'error',
      key: 'download',
      title: `There is no ${backend?.label ?? backendId} translation to download`,
      message: 'The rule cannot be translated for this backend right now; see the error in its tab.',
    })
    return
  }
  const output = view.output.endsWith('\n') ? view.output : `${view.output}\n`
  downloadText(`${ruleFileStem(state.ruleText)}.${backend.id}.${extensionForLanguage(backend.outputLanguage)}`, output, 'text/plain')
}

/**
 * The rule page (metadata table, rule, translations) as Markdown. Backends that cannot translate
 * the rule are left out: the page only shows real queries.
 */
export async function exportRulePageFile(): Promise<void> {
  const state = await stateWithCurrentTranslations(WAIT_FOR_CURRENT_MS)
  const translations: BackendTranslation[] = []
  const failed: string[] = []
  for (const backend of state.backends) {
    const result = state.conversion?.revision === state.revision ? state.conversion.results[backend.id] : undefined
    if (result?.ok) translations.push({ backendId: backend.id, output: result.output })
    else failed.push(backend.label)
  }
  let markdown: string
  try {
    markdown = exportRulePage(state.ruleText, translations)
  } catch (error) {
    notify({ kind: 'error', key: 'download', title: 'The rule page could not be made', message: error instanceof Error ? error.message : String(error) })
    return
  }
  downloadText(`${ruleFileStem(state.ruleText)}.md`, markdown, 'text/markdown')
  if (failed.length > 0) {
    notify({
      kind: 'info',
      key: 'download',
      title: 'Rule page exported without some backends',
      message: `No translation for ${failed.join(', ')}: the rule cannot be translated for ${failed.length === 1 ? 'it' : 'them'}.`,
      autoCloseMs: 8000,
    })
  }
}
