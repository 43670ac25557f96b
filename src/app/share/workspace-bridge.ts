// Between the application store and the portable WorkspaceState that share links and the autosave
// carry: what is read out of the store, and how a decoded (untrusted, already validated) workspace
// is put back into it.
import type { OptionValue, WorkspaceState } from '../../share'
import { usePlayground, type PlaygroundState } from '../store'

/**
 * Options the playground knows, with their defaults. Links leave out values equal to these.
 * `disabledChecks` is a comma-separated list of validator check codes (options are scalars).
 */
export const DEFAULT_OPTIONS: Readonly<Record<string, OptionValue>> = Object.freeze({
  wrapOutput: true,
  disabledChecks: '',
})

const CHECK_CODE = /^[a-z0-9][a-z0-9-]{0,63}$/i
const MAX_DISABLED_CHECKS = 64

/** The parts of the store a workspace describes. */
type WorkspaceSource = Pick<
  PlaygroundState,
  'ruleText' | 'eventsText' | 'activeBackendId' | 'wrapOutput' | 'disabledChecks' | 'themePreference'
>

export function workspaceFromStore(state: WorkspaceSource = usePlayground.getState()): WorkspaceState {
  const workspace: WorkspaceState = {
    rule: state.ruleText,
    events: state.eventsText,
    activeTab: state.activeBackendId,
    options: {
      wrapOutput: state.wrapOutput,
      disabledChecks: [...state.disabledChecks].sort().join(','),
    },
  }
  if (state.themePreference !== 'system') workspace.theme = state.themePreference
  return workspace
}

/** The text the app starts with (seed rule, default events): not "work" that needs protecting. */
export function pristineWorkspace(): Pick<WorkspaceState, 'rule' | 'events'> {
  const initial = usePlayground.getInitialState()
  return { rule: initial.ruleText, events: initial.eventsText }
}

export interface ApplyOptions {
  /** Apply the theme in the workspace (links and saves), or leave the user's own preference. */
  theme?: boolean
}

/**
 * Puts a workspace into the store. The rule and events are set as they are (byte for byte); the
 * tab and options only when this playground knows them, so an odd value never breaks the page.
 */
export function applyWorkspace(workspace: WorkspaceState, { theme = true }: ApplyOptions = {}): void {
  const store = usePlayground.getState()
  store.setRuleText(workspace.rule)
  store.setEventsText(workspace.events)
  store.setActiveBackend(workspace.activeTab)

  const option = (key: string): OptionValue | undefined =>
    Object.prototype.hasOwnProperty.call(workspace.options, key) ? workspace.options[key] : DEFAULT_OPTIONS[key]

  const wrap = option('wrapOutput')
  if (typeof wrap === 'boolean') store.setWrapOutput(wrap)

  const checks = option('disabledChecks')
  if (typeof checks === 'string') applyDisabledChecks(parseCheckList(checks))

  // A link without a theme was made with "follow the system": the receiver keeps their own choice.
  if (theme && workspace.theme !== undefined) store.setThemePreference(workspace.theme)
}

export function parseCheckList(text: string): string[] {
  const codes = text
    .split(',')
    .map((code) => code.trim())
    .filter((code) => CHECK_CODE.test(code))
  return [...new Set(codes)].sort().slice(0, MAX_DISABLED_CHECKS)
}

function applyDisabledChecks(codes: string[]): void {
  const store = usePlayground.getState()
  const current = store.disabledChecks
  if (current.length === codes.length && current.every((code, i) => code === codes[i])) return
  for (const code of current) if (!codes.includes(code)) store.setCheckEnabled(code, true)
  for (const code of codes) store.setCheckEnabled(code, false)
}

/** True when applying `workspace` would not change the rule or the events. */
export function sameWork(a: Pick<WorkspaceState, 'rule' | 'events'>, b: Pick<WorkspaceState, 'rule' | 'events'>): boolean {
  return a.rule === b.rule && a.events === b.events
}

/** Whether a workspace holds text worth protecting (not empty and not the seed rule / default events). */
export function hasRealWork(workspace: Pick<WorkspaceState, 'rule' | 'events'>): boolean {
  const pristine = pristineWorkspace()
  const ruleIsWork = workspace.rule.trim() !== '' && workspace.rule !== pristine.rule
  const eventsAreWork = workspace.events.trim() !== '' && workspace.events !== pristine.events
  return ruleIsWork || eventsAreWork
}
