// Rule page export (Atomic Threat Coverage layout). Pure TypeScript, no DOM.
export { exportRulePage, type BackendTranslation } from './rule-page'
export { readRuleMetadata, type RuleMetadata } from './rule-metadata'
export { classifyTags, type AttackLink, type ClassifiedTags } from './attack-tags'
