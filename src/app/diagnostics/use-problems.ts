// The problem list for the Problems panel and the status bar. While the rule text has moved on since
// the last results, the previous list is kept (with the text it was computed for) and flagged stale:
// its positions belong to older text, so the panel says so and does not navigate or fix with them.
import { useMemo, useRef } from 'react'
import { usePlayground } from '../store'
import { collectProblems } from './problems'
import { toProblemRows, type ProblemRow } from './view'

export interface ProblemsView {
  /** Rows of the newest complete result; empty before the first one. */
  rows: ProblemRow[]
  /** Revision (and text) the rows were computed for. */
  revision: number
  /** No result yet for any text. */
  pending: boolean
  /** The rule changed since `rows` were computed: positions may be off until the next result. */
  stale: boolean
  /** The validator threw: the list holds converter problems only. */
  validatorError?: string
}

interface Fresh {
  rows: ProblemRow[]
  revision: number
  validatorError?: string
}

export function useProblemsView(): ProblemsView {
  const revision = usePlayground((s) => s.revision)
  const ruleText = usePlayground((s) => s.ruleText)
  const conversion = usePlayground((s) => s.conversion)
  const validation = usePlayground((s) => s.validation)
  const backends = usePlayground((s) => s.backends)
  const disabledChecks = usePlayground((s) => s.disabledChecks)
  const last = useRef<Fresh | null>(null)

  const fresh = useMemo<Fresh | null>(() => {
    // Both answers come in one worker message: wait for both so the list never flickers half-filled.
    if (conversion?.revision !== revision || validation?.revision !== revision) return null
    const problems = collectProblems({ revision, conversion, validation, backends, disabledChecks }) ?? []
    return { rows: toProblemRows(ruleText, problems), revision, validatorError: validation.error }
  }, [revision, ruleText, conversion, validation, backends, disabledChecks])

  if (fresh) last.current = fresh
  const shown = fresh ?? last.current
  // Disabling a check hides its rows at once, even in a stale list.
  const rows = useMemo(
    () => (!shown ? [] : fresh ? shown.rows : shown.rows.filter((r) => !r.code || !disabledChecks.includes(r.code))),
    [shown, fresh, disabledChecks],
  )
  if (!shown) return { rows, revision: 0, pending: true, stale: false }
  return { rows, revision: shown.revision, pending: false, stale: !fresh, validatorError: shown.validatorError }
}
