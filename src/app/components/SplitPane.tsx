import { useRef, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react'
import { SPLIT_RATIO_LIMITS } from '../store'

const KEYBOARD_STEP = 0.02

interface SplitPaneProps {
  /** Fraction of the space given to `start`. */
  ratio: number
  onRatioChange(ratio: number): void
  /** Side by side (default) or stacked, e.g. on narrow screens. */
  direction?: 'horizontal' | 'vertical'
  start: ReactNode
  end: ReactNode
  separatorLabel: string
}

/** Two panes with a draggable, keyboard-operable separator (WAI-ARIA window splitter). */
export function SplitPane({ ratio, onRatioChange, direction = 'horizontal', start, end, separatorLabel }: SplitPaneProps) {
  const containerRef = useRef<HTMLDivElement>(null)
  const horizontal = direction === 'horizontal'

  const ratioAt = (event: PointerEvent) => {
    const rect = containerRef.current!.getBoundingClientRect()
    return horizontal ? (event.clientX - rect.left) / rect.width : (event.clientY - rect.top) / rect.height
  }

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return
    event.preventDefault()
    event.currentTarget.setPointerCapture(event.pointerId)
    event.currentTarget.focus()
  }
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (event.currentTarget.hasPointerCapture(event.pointerId)) onRatioChange(ratioAt(event))
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const [less, more] = horizontal ? ['ArrowLeft', 'ArrowRight'] : ['ArrowUp', 'ArrowDown']
    const next =
      event.key === less ? ratio - KEYBOARD_STEP
      : event.key === more ? ratio + KEYBOARD_STEP
      : event.key === 'Home' ? SPLIT_RATIO_LIMITS.min
      : event.key === 'End' ? SPLIT_RATIO_LIMITS.max
      : event.key === 'Enter' ? SPLIT_RATIO_LIMITS.default
      : null
    if (next === null) return
    event.preventDefault()
    onRatioChange(next)
  }

  const tracks = `${ratio}fr auto ${1 - ratio}fr`
  return (
    <div
      ref={containerRef}
      className="split"
      data-direction={direction}
      style={horizontal ? { gridTemplateColumns: tracks } : { gridTemplateRows: tracks }}
    >
      <div className="split-pane">{start}</div>
      <div
        className="split-separator"
        role="separator"
        // A vertical separator line divides panes laid out horizontally, and vice versa.
        aria-orientation={horizontal ? 'vertical' : 'horizontal'}
        aria-label={separatorLabel}
        aria-valuemin={SPLIT_RATIO_LIMITS.min * 100}
        aria-valuemax={SPLIT_RATIO_LIMITS.max * 100}
        aria-valuenow={Math.round(ratio * 100)}
        tabIndex={0}
        title={`Drag, or focus and use the arrow keys (Enter resets)`}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onKeyDown={onKeyDown}
        onDoubleClick={() => onRatioChange(SPLIT_RATIO_LIMITS.default)}
      />
      <div className="split-pane">{end}</div>
    </div>
  )
}
