import type { Diagnostic, Severity, SourceRange } from './api-types'

export const NO_RANGE: SourceRange = { start: 0, end: 0 }

/** An error that carries the place in the rule text it is about. */
export class SigmaError extends Error {
  constructor(
    message: string,
    readonly range: SourceRange = NO_RANGE,
    readonly code: string = 'sigma-error',
  ) {
    super(message)
    this.name = 'SigmaError'
  }

  toDiagnostic(severity: Severity = 'error'): Diagnostic {
    return { code: this.code, severity, message: this.message, range: this.range }
  }
}

/** A feature of the rule that one backend cannot express. */
export class UnsupportedFeatureError extends SigmaError {
  constructor(message: string, range?: SourceRange) {
    super(message, range, 'unsupported-feature')
    this.name = 'UnsupportedFeatureError'
  }
}
