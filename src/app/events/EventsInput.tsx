// Where events come in: a textarea for pasting and typing, and a drop zone for files. Very large
// inputs are not put into the textarea (editing megabytes there is slow); they are summarised.
import { useRef, useState, type ClipboardEvent, type DragEvent } from 'react'
import { usePlayground } from '../store'
import type { EventInputErrorInfo } from './protocol'

/** Inputs above this many characters are summarised instead of shown in the textarea. */
export const EDITABLE_LIMIT = 2_000_000
export const MAX_FILE_BYTES = 64 * 1024 * 1024
const ERRORS_SHOWN = 100

export function EventsInput() {
  const eventsText = usePlayground((s) => s.eventsText)
  const setEventsText = usePlayground((s) => s.setEventsText)
  const [dragging, setDragging] = useState(false)
  const [dropError, setDropError] = useState<string | null>(null)
  const textareaRef = useRef<HTMLTextAreaElement>(null)
  const large = eventsText.length > EDITABLE_LIMIT

  const onDrop = async (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault()
    setDragging(false)
    const file = event.dataTransfer.files[0]
    if (!file) {
      const text = event.dataTransfer.getData('text/plain')
      if (text) setEventsText(text)
      return
    }
    if (file.size > MAX_FILE_BYTES) {
      setDropError(`${file.name} is ${formatBytes(file.size)}; the limit is ${formatBytes(MAX_FILE_BYTES)}.`)
      return
    }
    setDropError(null)
    setEventsText(await file.text())
  }

  // Large pastes skip the textarea's own (slow) insertion; the result is the same text.
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = event.clipboardData.getData('text/plain')
    if (pasted.length < 200_000) return
    event.preventDefault()
    const el = event.currentTarget
    setEventsText(el.value.slice(0, el.selectionStart) + pasted + el.value.slice(el.selectionEnd))
  }

  return (
    <div
      className="events-input"
      data-dragging={dragging || undefined}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files') && !e.dataTransfer.types.includes('text/plain')) return
        e.preventDefault()
        e.dataTransfer.dropEffect = 'copy'
        setDragging(true)
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false)
      }}
      onDrop={(e) => void onDrop(e)}
      data-testid="events-drop-zone"
    >
      <InputCaption />
      {large ? (
        <div className="events-large">
          <strong>Large input</strong>
          <span>
            {formatBytes(eventsText.length)} · {countLines(eventsText).toLocaleString('en-US')} lines
          </span>
          <span className="events-muted">Too large to edit here. Clear it to paste or type again, or drop another file.</span>
        </div>
      ) : (
        <textarea
          ref={textareaRef}
          className="events-textarea"
          aria-label="Events input"
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          wrap="off"
          placeholder={'Paste or drop events here:\n• one JSON object or a JSON array\n• NDJSON (one event per line)\n• Windows event XML (<Event>…</Event>)\n• EVTX dump JSON ({"Event": {"System": …}})'}
          value={eventsText}
          onChange={(e) => setEventsText(e.target.value)}
          onPaste={onPaste}
        />
      )}
      {dragging && <div className="events-drop-overlay">Drop a .json, .jsonl, .ndjson or .xml file</div>}
      {dropError && (
        <div className="events-input-note" role="alert">
          {dropError}
        </div>
      )}
      <InputErrors onGoToLine={(line) => selectLine(textareaRef.current, line)} />
    </div>
  )
}

function InputCaption() {
  const parsed = usePlayground((s) => s.eventsRun.parsed)
  const eventsRevision = usePlayground((s) => s.eventsRevision)
  const current = parsed && parsed.eventsRevision === eventsRevision ? parsed : null
  const format = current ? FORMAT_LABEL[current.format] : null
  return (
    <div className="events-input-caption">
      <span>Input</span>
      {current && current.count > 0 && (
        <span className="events-muted">
          {format} · {current.count.toLocaleString('en-US')} {current.count === 1 ? 'event' : 'events'}
        </span>
      )}
    </div>
  )
}

const FORMAT_LABEL = { empty: '', json: 'JSON', xml: 'XML' } as const

function InputErrors({ onGoToLine }: { onGoToLine(line: number): void }) {
  const parsed = usePlayground((s) => s.eventsRun.parsed)
  if (!parsed || parsed.errorCount === 0) return null
  const shown: EventInputErrorInfo[] = parsed.errors.slice(0, ERRORS_SHOWN)
  return (
    <section className="events-input-errors" aria-label="Input errors" data-testid="events-input-errors">
      <h3 className="events-section-title">
        {parsed.errorCount === 1 ? '1 input error' : `${parsed.errorCount.toLocaleString('en-US')} input errors`}
        <span className="events-muted"> · the other events are still evaluated</span>
      </h3>
      <ul>
        {shown.map((error, i) => (
          <li key={`${error.line}-${i}`}>
            <button type="button" className="events-link" onClick={() => onGoToLine(error.line)} title="Show this line in the input">
              Line {error.line}
            </button>{' '}
            {error.message}
          </li>
        ))}
      </ul>
      {parsed.errorCount > shown.length && <p className="events-muted">…and {(parsed.errorCount - shown.length).toLocaleString('en-US')} more</p>}
    </section>
  )
}

/** Selects a 1-based line of the textarea and scrolls it into view. */
function selectLine(textarea: HTMLTextAreaElement | null, line: number): void {
  if (!textarea) return
  const text = textarea.value
  let start = 0
  for (let n = 1; n < line && start >= 0; n++) {
    const next = text.indexOf('\n', start)
    start = next < 0 ? -1 : next + 1
  }
  if (start < 0) return
  const end = text.indexOf('\n', start)
  textarea.focus()
  textarea.setSelectionRange(start, end < 0 ? text.length : end)
  const lineHeight = parseFloat(getComputedStyle(textarea).lineHeight) || 18
  textarea.scrollTop = Math.max(0, (line - 3) * lineHeight)
}

function countLines(text: string): number {
  let n = 1
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++
  return n
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`
  return `${(n / 1024 / 1024).toFixed(1)} MB`
}
