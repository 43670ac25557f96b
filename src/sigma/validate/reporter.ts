// Collects diagnostics for one rule text; severities default to the code's entry in codes.ts.
import type { Severity, SourceRange } from '../api-types'
import { CHECK_INFO, type ValidationCode } from './codes'
import type { QuickFix, ValidateOptions, ValidationDiagnostic } from './types'

export interface ReportExtra {
  fix?: QuickFix
  severity?: Severity
}

export class Reporter {
  readonly diagnostics: ValidationDiagnostic[] = []
  private readonly seen = new Set<string>()
  readonly today: Date
  private readonly idFactory: () => string

  constructor(options: ValidateOptions = {}) {
    this.today = options.today ?? new Date()
    this.idFactory = options.newId ?? defaultNewId
  }

  report(code: ValidationCode, range: SourceRange, message: string, extra: ReportExtra = {}): void {
    const severity = extra.severity ?? CHECK_INFO.get(code)?.severity ?? 'warning'
    // Rules merged from `action: global` share nodes: report each place once.
    const key = `${code}:${range.start}:${range.end}:${message}`
    if (this.seen.has(key)) return
    this.seen.add(key)
    const diagnostic: ValidationDiagnostic = { code, severity, message, range }
    if (extra.fix) diagnostic.fix = extra.fix
    this.diagnostics.push(diagnostic)
  }

  /** Passes a diagnostic from the core parsers through unchanged. */
  add(diagnostic: ValidationDiagnostic): void {
    const key = `${diagnostic.code}:${diagnostic.range.start}:${diagnostic.range.end}:${diagnostic.message}`
    if (this.seen.has(key)) return
    this.seen.add(key)
    this.diagnostics.push(diagnostic)
  }

  newId(): string {
    return this.idFactory()
  }

  todayText(): string {
    const d = this.today
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
  }
}

function defaultNewId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto
  if (c?.randomUUID) return c.randomUUID()
  // Fallback for old runtimes: a version-4 UUID from Math.random (ids need uniqueness, not secrecy).
  const hex = [...Array(32)].map(() => Math.floor(Math.random() * 16).toString(16))
  hex[12] = '4'
  hex[16] = ((parseInt(hex[16], 16) & 3) | 8).toString(16)
  const s = hex.join('')
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`
}
