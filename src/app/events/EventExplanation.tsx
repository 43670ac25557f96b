// Why the selected event matched or not: the rule document, the condition branch that decided
// (the condition tree with each node's result), every selection, and per field the event value
// against the rule value. Names and fields are buttons that highlight their range in the editor.
import { useEffect, useState } from 'react'
import { usePlayground } from '../store'
import type { SourceRange } from '../../sigma'
import type { ConditionTrace, FieldExplanation, SelectionExplanation } from '../../sigma/match'
import type { DocumentExplanation, ExplainedEvent } from './protocol'
import { highlightRule } from './highlight'
import { boundedText } from './event-text'

export function EventExplanation() {
  const explained = usePlayground((s) => s.eventsExplanation)
  const selected = usePlayground((s) => s.selectedEventIndex)
  const revision = usePlayground((s) => s.revision)
  const evaluated = usePlayground((s) => s.eventsRun.evaluated)
  const status = usePlayground((s) => s.eventsRun.status)
  if (selected === null) return <div className="explain-empty">Select an event to see why it matches or not.</div>
  if (status === 'hung' || status === 'failed') return <div className="explain-empty">The evaluation stopped (see above): edit the rule or the events to try again.</div>
  if (!explained || explained.index !== selected) {
    return <div className="explain-empty">{selected < evaluated ? 'Explaining…' : 'Not evaluated yet.'}</div>
  }
  return <ExplainedView key={`${explained.index}-${explained.ruleRevision}`} explained={explained} stale={explained.ruleRevision !== revision} />
}

function ExplainedView({ explained, stale }: { explained: ExplainedEvent; stale: boolean }) {
  const initial = Math.max(0, explained.documents.findIndex((d) => d.matched))
  const [docIndex, setDocIndex] = useState(initial)
  useEffect(() => setDocIndex(initial), [initial])
  const doc: DocumentExplanation | undefined = explained.documents[docIndex]
  const matchedDoc = explained.documents.find((d) => d.matched)
  const multi = explained.documents.length > 1

  return (
    <div className="explain" data-testid="event-explanation" data-stale={stale || undefined} data-matched={explained.documentIndex >= 0}>
      <div className="explain-heading">
        <span className={`explain-verdict ${matchedDoc ? 'is-match' : 'is-miss'}`}>{matchedDoc ? 'Matched' : 'No match'}</span>
        <span>
          Event #{explained.index + 1} · line {explained.line}
          {matchedDoc && multi && <> · by rule document {matchedDoc.documentIndex + 1}{matchedDoc.title ? ` (${boundedText(matchedDoc.title, 80)})` : ''}</>}
        </span>
        {stale && <span className="events-muted"> · updating for the edited rule…</span>}
      </div>
      {multi && (
        <div className="explain-docs" role="group" aria-label="Rule documents">
          {explained.documents.map((d, i) => (
            <button
              key={d.documentIndex}
              type="button"
              className="explain-doc"
              aria-pressed={i === docIndex}
              data-matched={d.matched}
              onClick={() => setDocIndex(i)}
              title={d.title ? `Rule document ${d.documentIndex + 1}: ${d.title}` : `Rule document ${d.documentIndex + 1}`}
            >
              Document {d.documentIndex + 1} {d.matched ? '✓' : '✗'}
            </button>
          ))}
        </div>
      )}
      {doc && <DocumentView doc={doc} stale={stale} />}
      <details className="explain-fields">
        <summary>
          Event fields ({explained.fieldCount.toLocaleString('en-US')}
          {explained.fieldCount > explained.fields.length ? `, first ${explained.fields.length} shown` : ''})
        </summary>
        <table className="explain-table">
          <tbody>
            {explained.fields.map((f, i) => (
              <tr key={`${f.name}-${i}`}>
                <th scope="row">{f.name}</th>
                <td>{f.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  )
}

function DocumentView({ doc, stale }: { doc: DocumentExplanation; stale: boolean }) {
  const ruleText = usePlayground((s) => s.ruleText)
  const { explanation } = doc
  return (
    <>
      <section className="explain-section" aria-label="Condition">
        <h4 className="events-section-title">Condition</h4>
        <ConditionNode node={explanation.condition} ruleText={stale ? null : ruleText} stale={stale} />
      </section>
      <section className="explain-section" aria-label="Selections">
        <h4 className="events-section-title">Selections</h4>
        {explanation.selections.map((selection, i) => (
          <SelectionView key={`${selection.name}-${i}`} selection={selection} stale={stale} />
        ))}
      </section>
    </>
  )
}

function ResultMark({ result }: { result: boolean }) {
  return (
    <span className={`result-mark ${result ? 'is-true' : 'is-false'}`} aria-label={result ? 'true' : 'false'}>
      {result ? '✓' : '✗'}
    </span>
  )
}

function RangeButton({ range, ranges, stale, children, className, label }: { range: SourceRange; ranges?: SourceRange[]; stale: boolean; children: React.ReactNode; className?: string; label: string }) {
  return (
    <button type="button" className={`events-link ${className ?? ''}`} disabled={stale} onClick={() => highlightRule(range, ranges)} title={stale ? 'The rule changed: wait for the update' : `Show ${label} in the editor`}>
      {children}
    </button>
  )
}

function ConditionNode({ node, ruleText, stale }: { node: ConditionTrace; ruleText: string | null; stale: boolean }) {
  const source = ruleText ? boundedText(ruleText.slice(node.range.start, node.range.end), 120) : ''
  const label =
    node.kind === 'selection' ? (node.name ?? 'selection')
    : node.kind === 'of' ? source || `of ${node.name ?? ''}`
    : node.kind.toUpperCase()
  return (
    <div className="cond-node" data-kind={node.kind} data-result={node.result}>
      <div className="cond-label">
        <ResultMark result={node.result} />
        <RangeButton range={node.range} stale={stale} label="this part of the condition" className={node.kind === 'selection' || node.kind === 'of' ? 'cond-name' : 'cond-op'}>
          {label}
        </RangeButton>
        {(node.kind === 'and' || node.kind === 'or' || node.kind === 'not') && source && <span className="cond-source">{source}</span>}
      </div>
      {node.children.length > 0 && (
        <div className="cond-children">
          {node.children.map((child, i) => (
            <ConditionNode key={i} node={child} ruleText={ruleText} stale={stale} />
          ))}
        </div>
      )}
    </div>
  )
}

function SelectionView({ selection, stale }: { selection: SelectionExplanation; stale: boolean }) {
  const whole = { start: selection.nameRange.start, end: Math.max(selection.range.end, selection.nameRange.end) }
  return (
    <div className="explain-selection" data-matched={selection.matched} data-testid="explain-selection" data-name={selection.name}>
      <div className="explain-selection-head">
        <ResultMark result={selection.matched} />
        <RangeButton range={whole} stale={stale} label={`selection ${selection.name}`} className="selection-name">
          {selection.name}
        </RangeButton>
        <span className="events-muted">{selection.matched ? (selection.groupIndex > 0 ? `matched (map ${selection.groupIndex + 1})` : 'matched') : 'did not match'}</span>
      </div>
      {selection.fields.length > 0 && (
        <table className="explain-table explain-field-table">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Event value</th>
              <th scope="col">Rule value</th>
            </tr>
          </thead>
          <tbody>
            {selection.fields.map((field, i) => (
              <FieldRow key={i} field={field} stale={stale} />
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}

function FieldRow({ field, stale }: { field: FieldExplanation; stale: boolean }) {
  const name = field.field === null ? '(keyword)' : field.field
  const key = [name, ...field.modifiers].join('|')
  const eventValue = field.missing ? null : field.eventValue === undefined ? '' : String(field.eventValue)
  return (
    <tr data-matched={field.matched} data-missing={field.missing || undefined} data-testid="explain-field" data-field={name}>
      <td>
        <ResultMark result={field.matched} />
        <RangeButton range={field.range} ranges={[field.keyRange, field.range]} stale={stale} label={`field ${name}`} className="field-name">
          {key}
        </RangeButton>
      </td>
      <td className="explain-value">
        {eventValue === null ? <span className="missing-tag">missing</span> : eventValue}
        {field.eventField && <span className="events-muted"> in {field.eventField}</span>}
      </td>
      <td className="explain-value">{field.ruleValue ?? <span className="events-muted">{field.matched ? '' : 'no value matched'}</span>}</td>
    </tr>
  )
}
