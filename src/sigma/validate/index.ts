// Public API of the Sigma validator.
export { validateRuleText, validateRuleFiles, type RuleFile } from './validate'
export { listChecks, CHECK_INFO, type ValidationCode } from './codes'
export { applyQuickFix } from './fix'
export type { ValidationDiagnostic, QuickFix, TextEdit, ValidateOptions, CheckInfo } from './types'
