// Helpers for the matcher's unit tests: a rule from a detection block, and a one-call match.
import { compileRule } from './compile'
import { matchEvent } from './match'
import type { CompileOptions, CompileResult, MatchResult, SigmaEvent } from './types'

/** A minimal rule around `detection` (indented YAML lines without the `detection:` key). */
export function ruleText(detection: string): string {
  const body = detection
    .replace(/^\n+/, '')
    .replace(/\s+$/, '')
    .split('\n')
  const indent = Math.min(...body.filter((l) => l.trim()).map((l) => l.match(/^ */)![0].length))
  return ['title: test', 'logsource:', '    product: test', 'detection:', ...body.map((l) => '    ' + l.slice(indent))].join('\n') + '\n'
}

export function compileDetection(detection: string, options?: CompileOptions): CompileResult {
  return compileRule(ruleText(detection), options)
}

export function matches(detection: string, event: SigmaEvent, options?: CompileOptions): boolean {
  const compiled = compileDetection(detection, options)
  const errors = compiled.diagnostics.filter((d) => d.severity === 'error')
  if (errors.length > 0) throw new Error('rule has errors: ' + errors.map((e) => e.message).join('; '))
  return matchEvent(compiled, event).matched
}

export function explain(detection: string, event: SigmaEvent): MatchResult {
  return matchEvent(compileDetection(detection), event, { explain: 'always' })
}
