import { useRef, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react'
import { SPLIT_RATIO_LIMITS } from '../store'

const KEYBOARD_STEP = 0.02

interface SplitPaneProps {
  /** Fraction of the width given to `start`. */
  ratio: number
  onRatioChange(ratio: number): void
  start: ReactNode
  end: ReactNode
  separatorLabel: string
}

/** Two panes side by side with a draggable, keyboard-operable separator (WAI-ARIA window splitter). */
export function SplitPane({ ratio, onRatioChange, start, end, separatorLabel }: SplitPaneProps) {
  const containerRef = useRef<HTMLDivElement>(null)

  const ratioAt = (clientX: number) => {
    const rect = containerRef.current!.getBoundingClientRect()
    return (clientX - rect.left) / rect.width
  }

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return
    event.preventDefault()
    event.currentTarget.setPointerCapture(event.pointerId)
    event.currentTarget.focus()
  }
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (event.currentTarget.hasPointerCapture(event.pointerId)) onRatioChange(ratioAt(event.clientX))
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next =
      event.key === 'ArrowLeft' ? ratio - KEYBOARD_STEP
      : event.key === 'ArrowRight' ? ratio + KEYBOARD_STEP
      : event.key === 'Home' ? SPLIT_RATIO_LIMITS.min
      : event.key === 'End' ? SPLIT_RATIO_LIMITS.max
      : event.key === 'Enter' ? SPLIT_RATIO_LIMITS.default
      : null
    if (next === null) return
    event.preventDefault()
    onRatioChange(next)
  }

  const percent = Math.round(ratio * 100)
  return (
    <div ref={containerRef} className="split" style={{ gridTemplateColumns: `${ratio}fr auto ${1 - ratio}fr` }}>
      <div className="split-pane">{start}</div>
      <div
        className="split-separator"
        role="separator"
        aria-orientation="vertical"
        aria-label={separatorLabel}
        aria-valuemin={SPLIT_RATIO_LIMITS.min * 100}
        aria-valuemax={SPLIT_RATIO_LIMITS.max * 100}
        aria-valuenow={percent}
        tabIndex={0}
        title="Drag, or focus and use ←/→ (Enter resets)"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onKeyDown={onKeyDown}
        onDoubleClick={() => onRatioChange(SPLIT_RATIO_LIMITS.default)}
      />
      <div className="split-pane">{end}</div>
    </div>
  )
}
