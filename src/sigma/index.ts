// Public entry point of the Sigma core: pure TypeScript, no DOM, React, Monaco or worker imports.
export type { SourceRange, Severity, Diagnostic, BackendInfo, ConversionResult, ConversionWarning, ConvertAllResult } from './api-types'
export { listBackends, convertRuleText, convertRuleTextAll } from './convert-text'
