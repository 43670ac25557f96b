import { useRef, type KeyboardEvent } from 'react'
import { usePlayground } from '../store'
import { tabViewFor } from '../lib/tab-view'
import { MOD_KEY_LABEL } from '../lib/platform'
import { OutputView } from './OutputView'
import { CopyButton } from './CopyButton'
import { DownloadTranslationButton } from '../files/DownloadTranslationButton'
import type { BackendInfo } from '../../sigma'

/** One tab per backend (WAI-ARIA tabs pattern: arrow keys move between tabs). */
export function OutputTabs() {
  const backends = usePlayground((s) => s.backends)
  const activeId = usePlayground((s) => s.activeBackendId)
  const setActive = usePlayground((s) => s.setActiveBackend)
  const tabRefs = useRef(new Map<string, HTMLButtonElement>())

  const onTabKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = backends.length - 1
    const target =
      event.key === 'ArrowRight' ? (index === last ? 0 : index + 1)
      : event.key === 'ArrowLeft' ? (index === 0 ? last : index - 1)
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : null
    if (target === null) return
    event.preventDefault()
    const backend = backends[target]
    setActive(backend.id)
    tabRefs.current.get(backend.id)?.focus()
  }

  return (
    <section className="outputs" aria-label="Translations">
      <div className="tablist" role="tablist" aria-label="Backends">
        {backends.map((backend, index) => (
          <BackendTab
            key={backend.id}
            backend={backend}
            index={index}
            selected={backend.id === activeId}
            onSelect={() => setActive(backend.id)}
            onKeyDown={(e) => onTabKeyDown(e, index)}
            buttonRef={(el) => {
              if (el) tabRefs.current.set(backend.id, el)
              else tabRefs.current.delete(backend.id)
            }}
          />
        ))}
      </div>
      {backends.map((backend) => (
        <BackendPanel key={backend.id} backend={backend} hidden={backend.id !== activeId} />
      ))}
    </section>
  )
}

interface BackendTabProps {
  backend: BackendInfo
  index: number
  selected: boolean
  onSelect(): void
  onKeyDown(event: KeyboardEvent<HTMLButtonElement>): void
  buttonRef(el: HTMLButtonElement | null): void
}

function BackendTab({ backend, index, selected, onSelect, onKeyDown, buttonRef }: BackendTabProps) {
  const failed = usePlayground((s) => s.conversion?.results[backend.id]?.ok === false)
  return (
    <button
      ref={buttonRef}
      type="button"
      role="tab"
      id={tabId(backend.id)}
      className="tab"
      aria-selected={selected}
      aria-controls={panelId(backend.id)}
      tabIndex={selected ? 0 : -1}
      data-backend={backend.id}
      data-state={failed ? 'error' : 'ok'}
      title={index < 9 ? `${backend.label} (${MOD_KEY_LABEL}+${index + 1})` : backend.label}
      onClick={onSelect}
      onKeyDown={onKeyDown}
    >
      {backend.label}
      {failed && (
        <>
          <span className="tab-error-dot" aria-hidden="true" />
          <span className="visually-hidden"> (cannot translate)</span>
        </>
      )}
    </button>
  )
}

function BackendPanel({ backend, hidden }: { backend: BackendInfo; hidden: boolean }) {
  const revision = usePlayground((s) => s.revision)
  const conversion = usePlayground((s) => s.conversion)
  const lastGood = usePlayground((s) => s.lastGood)
  const wrapOutput = usePlayground((s) => s.wrapOutput)
  const view = tabViewFor(backend.id, revision, conversion, lastGood)
  return (
    <div
      role="tabpanel"
      id={panelId(backend.id)}
      aria-labelledby={tabId(backend.id)}
      className="tabpanel"
      hidden={hidden}
      data-backend={backend.id}
      data-view={view.kind}
    >
      <div className="panel-toolbar">
        <span className="panel-title">{backend.label}</span>
        <span className="language-badge">{backend.outputLanguage}</span>
        <span className="toolbar-spacer" />
        <WrapToggle />
        <DownloadTranslationButton backendId={backend.id} label={backend.label} disabled={view.kind !== 'output'} />
        <CopyButton backendId={backend.id} label={backend.label} disabled={view.kind !== 'output'} />
      </div>
      <div className="panel-body" data-wrap={wrapOutput || undefined}>
        <OutputView view={view} backendLabel={backend.label} />
      </div>
    </div>
  )
}

function WrapToggle() {
  const wrap = usePlayground((s) => s.wrapOutput)
  const setWrap = usePlayground((s) => s.setWrapOutput)
  return (
    <label className="wrap-toggle" title="Wrap long lines">
      <input type="checkbox" checked={wrap} onChange={(e) => setWrap(e.target.checked)} />
      Wrap
    </label>
  )
}

const tabId = (backendId: string) => `tab-${backendId}`
const panelId = (backendId: string) => `panel-${backendId}`
