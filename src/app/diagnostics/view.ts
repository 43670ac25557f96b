// What the Problems panel and the editor's quick-fix menu show, as pure functions of the problem list
// and the text it was computed for (unit-tested without a browser or Monaco).
import type { Severity } from '../../sigma'
import { CHECK_INFO } from '../../sigma/validate/codes'
import { lineColumn, lineStarts } from '../../sigma/validate/text-util'
import type { Problem } from './problems'

export interface ProblemRow extends Problem {
  /** 1-based, UTF-16 columns like Monaco. */
  line: number
  column: number
  /** The code can be switched off (a validator check; backend failures have no code). */
  canDisable: boolean
}

/** Adds line and column (of the range start) to each problem; `text` is the text the offsets refer to. */
export function toProblemRows(text: string, problems: readonly Problem[]): ProblemRow[] {
  const starts = lineStarts(text)
  return problems.map((p) => {
    const { line, column } = lineColumn(starts, Math.min(p.range.start, text.length))
    return { ...p, line, column, canDisable: p.code !== undefined && CHECK_INFO.has(p.code) }
  })
}

export interface ProblemCounts {
  error: number
  warning: number
  /** info and hint together: style notes. */
  other: number
}

export function countRows(problems: readonly { severity: Severity }[]): ProblemCounts {
  const counts: ProblemCounts = { error: 0, warning: 0, other: 0 }
  for (const p of problems) {
    if (p.severity === 'error') counts.error++
    else if (p.severity === 'warning') counts.warning++
    else counts.other++
  }
  return counts
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

export const SEVERITY_LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info', hint: 'Hint' }

/** A marker under the caret, as the code action provider sees it (offset of its start in the model). */
export interface MarkerRef {
  code?: string
  start: number
}

export type PlannedAction =
  | { kind: 'fix'; problem: Problem; marker: number; preferred: boolean }
  | { kind: 'disable'; code: string; marker: number }

/**
 * The quick fixes offered for the markers under the caret: each marker's fix (matched by code and
 * start offset to the current problems), then one "Disable check" per code. The first fix is the
 * preferred one (Monaco's "auto fix"). `problems` must be for the model's current text, or empty.
 */
export function planCodeActions(problems: readonly Problem[], markers: readonly MarkerRef[]): PlannedAction[] {
  const fixes: PlannedAction[] = []
  const disables: PlannedAction[] = []
  const usedProblems = new Set<string>()
  const usedCodes = new Set<string>()
  markers.forEach((m, marker) => {
    if (!m.code) return
    for (const problem of problems) {
      if (problem.code !== m.code || problem.range.start !== m.start || !problem.fix || usedProblems.has(problem.key)) continue
      usedProblems.add(problem.key)
      fixes.push({ kind: 'fix', problem, marker, preferred: fixes.length === 0 })
    }
    if (CHECK_INFO.has(m.code) && !usedCodes.has(m.code)) {
      usedCodes.add(m.code)
      disables.push({ kind: 'disable', code: m.code, marker })
    }
  })
  return [...fixes, ...disables]
}
