// Public API of workspace sharing and autosave (pure TS: no DOM beyond URL/TextEncoder/fetch types).
export type { WorkspaceState, OptionValue, Theme, DecodeResult } from './workspace'
export { WORKSPACE_DEFAULTS, LIMITS, THEMES, defaultWorkspace } from './workspace'
export { encodeShareFragment, decodeShareFragment, MAX_FRAGMENT_CHARS, type ShareEncodeOptions } from './share-link'
export { linkLengthWarning, LINK_LIMITS } from './link-length'
export { ruleUrlFromLocation, validateRuleUrl, type RuleUrlResult } from './rule-url'
export { fetchRuleFromUrl, DEFAULT_MAX_RULE_BYTES, type FetchLike, type FetchRuleOptions, type FetchRuleResult } from './fetch-rule'
export {
  serializeWorkspace,
  deserializeWorkspace,
  decideShareLinkOpen,
  AUTOSAVE_STORAGE_KEY,
  type ShareOpenDecision,
} from './autosave'
