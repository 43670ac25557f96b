import { lazy, Suspense, useRef, type KeyboardEvent, type PointerEvent } from 'react'
import { usePlayground } from '../store'
import { PROBLEMS_RATIO_LIMITS } from '../diagnostics/slice'
import { useProblemsShortcut } from '../diagnostics/use-problems-shortcut'
import { PROBLEMS_PANEL_ID, ProblemsPanel } from './ProblemsPanel'

// Monaco is most of the bundle: loading it separately lets the translations appear first.
const RuleEditor = lazy(() => import('./RuleEditor').then((m) => ({ default: m.RuleEditor })))

const KEYBOARD_STEP = 0.02

/**
 * Left side of the workbench: the rule editor with the Problems panel stacked below it (resizable,
 * toggled from the status bar or with Ctrl/Cmd+Shift+M). The editor keeps its place in the tree
 * whether the panel is open or not, so toggling never re-creates Monaco (undo history survives).
 */
export function EditorPane() {
  const problemsOpen = usePlayground((s) => s.problemsOpen)
  const ratio = usePlayground((s) => s.problemsRatio)
  const setRatio = usePlayground((s) => s.setProblemsRatio)
  const stackRef = useRef<HTMLDivElement>(null)
  useProblemsShortcut(PROBLEMS_PANEL_ID)

  const ratioAt = (event: PointerEvent) => {
    const rect = stackRef.current!.getBoundingClientRect()
    return (event.clientY - rect.top) / rect.height
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next =
      event.key === 'ArrowUp' ? ratio - KEYBOARD_STEP
      : event.key === 'ArrowDown' ? ratio + KEYBOARD_STEP
      : event.key === 'Home' ? PROBLEMS_RATIO_LIMITS.min
      : event.key === 'End' ? PROBLEMS_RATIO_LIMITS.max
      : event.key === 'Enter' ? PROBLEMS_RATIO_LIMITS.default
      : null
    if (next === null) return
    event.preventDefault()
    setRatio(next)
  }

  return (
    <section className="editor-pane" aria-label="Rule editor">
      <div className="pane-header">
        <span className="pane-title">Rule</span>
        <span className="pane-subtitle">rule.yml</span>
      </div>
      <div
        ref={stackRef}
        className="editor-stack"
        style={problemsOpen ? { gridTemplateRows: `${ratio}fr auto ${1 - ratio}fr` } : undefined}
      >
        <div className="editor-host">
          <Suspense fallback={<div className="editor-loading">Loading editor…</div>}>
            <RuleEditor />
          </Suspense>
        </div>
        {problemsOpen && (
          <div
            className="problems-separator"
            role="separator"
            aria-orientation="horizontal"
            aria-label="Divider between editor and problems"
            aria-controls={PROBLEMS_PANEL_ID}
            aria-valuemin={PROBLEMS_RATIO_LIMITS.min * 100}
            aria-valuemax={PROBLEMS_RATIO_LIMITS.max * 100}
            aria-valuenow={Math.round(ratio * 100)}
            tabIndex={0}
            title="Drag, or focus and use the arrow keys (Enter resets)"
            onPointerDown={(event) => {
              if (event.button !== 0) return
              event.preventDefault()
              event.currentTarget.setPointerCapture(event.pointerId)
              event.currentTarget.focus()
            }}
            onPointerMove={(event) => {
              if (event.currentTarget.hasPointerCapture(event.pointerId)) setRatio(ratioAt(event))
            }}
            onKeyDown={onKeyDown}
            onDoubleClick={() => setRatio(PROBLEMS_RATIO_LIMITS.default)}
          />
        )}
        {problemsOpen && <ProblemsPanel />}
      </div>
    </section>
  )
}
