// The events, one fixed-height row each, virtualised: only the rows in view (plus a few) exist in
// the DOM, so 100,000 events scroll as smoothly as ten. Keyboard: arrows, Page Up/Down, Home/End.
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { usePlayground } from '../store'
import type { ParsedEvents } from './protocol'

export const ROW_HEIGHT = 26
const OVERSCAN = 6

interface EventListProps {
  parsed: ParsedEvents
  /** Per event: 0 no match, d + 1 matched by document d; null while not evaluated. */
  flags: Uint8Array | null
  /** Events evaluated so far (flags beyond are unknown). */
  evaluated: number
  matchesOnly: boolean
  multiDocument: boolean
}

export function EventList({ parsed, flags, evaluated, matchesOnly, multiDocument }: EventListProps) {
  const selected = usePlayground((s) => s.selectedEventIndex)
  const selectEvent = usePlayground((s) => s.selectEvent)
  const scrollRef = useRef<HTMLDivElement>(null)
  const [scrollTop, setScrollTop] = useState(0)
  const [height, setHeight] = useState(300)

  // The rows to show: every event, or only the matches.
  const rows = useMemo(() => {
    if (!matchesOnly || !flags) return null
    let count = 0
    for (let i = 0; i < flags.length; i++) if (flags[i] > 0) count++
    const out = new Int32Array(count)
    for (let i = 0, j = 0; i < flags.length; i++) if (flags[i] > 0) out[j++] = i
    return out
  }, [flags, matchesOnly])
  const rowCount = matchesOnly ? (rows?.length ?? 0) : parsed.count
  const eventAt = (row: number) => (rows ? rows[row] : row)
  const rowOf = (index: number | null): number => {
    if (index === null) return -1
    if (!rows) return index < parsed.count ? index : -1
    // Binary search: rows are ascending.
    let lo = 0
    let hi = rows.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (rows[mid] === index) return mid
      if (rows[mid] < index) lo = mid + 1
      else hi = mid - 1
    }
    return -1
  }
  const selectedRow = rowOf(selected)

  useLayoutEffect(() => {
    const el = scrollRef.current
    if (!el) return
    const observer = new ResizeObserver(() => setHeight(el.clientHeight))
    observer.observe(el)
    setHeight(el.clientHeight)
    return () => observer.disconnect()
  }, [])

  // Keep the selected row in view when it changes (keyboard, auto-selection, filter).
  useEffect(() => {
    const el = scrollRef.current
    if (!el || selectedRow < 0) return
    const top = selectedRow * ROW_HEIGHT
    if (top < el.scrollTop) el.scrollTop = top
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_HEIGHT - el.clientHeight
  }, [selectedRow])

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN)
  const last = Math.min(rowCount, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN)

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (rowCount === 0) return
    const page = Math.max(1, Math.floor(height / ROW_HEIGHT) - 1)
    const from = selectedRow < 0 ? -1 : selectedRow
    const target =
      event.key === 'ArrowDown' ? from + 1
      : event.key === 'ArrowUp' ? from - 1
      : event.key === 'PageDown' ? from + page
      : event.key === 'PageUp' ? from - page
      : event.key === 'Home' ? 0
      : event.key === 'End' ? rowCount - 1
      : null
    if (target === null) return
    event.preventDefault()
    selectEvent(eventAt(Math.max(0, Math.min(rowCount - 1, target))))
  }

  const items = []
  for (let row = first; row < last; row++) {
    const index = eventAt(row)
    const flag = flags && index < evaluated ? flags[index] : -1
    const preview = parsed.previews.slice(parsed.previewOffsets[index], parsed.previewOffsets[index + 1])
    items.push(
      <div
        key={index}
        id={`event-row-${index}`}
        role="option"
        aria-selected={index === selected}
        className="event-row"
        data-state={flag < 0 ? 'pending' : flag > 0 ? 'match' : 'miss'}
        style={{ top: row * ROW_HEIGHT }}
        onClick={() => selectEvent(index)}
      >
        <span className="event-number">#{index + 1}</span>
        <span className="event-line">L{parsed.lines[index]}</span>
        <span className="event-badge">{flag < 0 ? '…' : flag > 0 ? (multiDocument ? `✓ doc ${flag}` : '✓ match') : '–'}</span>
        <span className="event-preview">{preview}</span>
      </div>,
    )
  }

  return (
    <div
      ref={scrollRef}
      className="event-list"
      role="listbox"
      aria-label={matchesOnly ? 'Matching events' : 'Events'}
      aria-activedescendant={selectedRow >= 0 ? `event-row-${selected}` : undefined}
      tabIndex={0}
      data-testid="event-list"
      data-rows={rowCount}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
    >
      {rowCount === 0 ? (
        <div className="event-list-empty">{matchesOnly && flags ? 'No event matches the rule.' : parsed.count === 0 ? 'No events read from the input.' : 'Evaluating…'}</div>
      ) : (
        <div className="event-list-inner" style={{ height: rowCount * ROW_HEIGHT }}>
          {items}
        </div>
      )}
    </div>
  )
}
