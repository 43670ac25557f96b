import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { usePlayground } from '../store'
import { useWorkspaceUi } from '../share/ui-store'
import { formatTime, restorePreviousWork } from '../share/actions'
import { downloadRule, downloadTranslation, exportRulePageFile, openRuleFile } from './actions'
import { RULE_FILE_ACCEPT } from './rule-file'

interface Item {
  id: string
  label: string
  detail?: string
  icon: ReactNode
  disabled?: boolean
  run(): void
}

/** Header "File" menu: open, download, export, restore. Keyboard: arrows, Home/End, Esc. */
export function FileMenu() {
  const [open, setOpen] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const inputRef = useRef<HTMLInputElement>(null)
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([])
  const activeBackend = usePlayground((s) => s.backends.find((b) => b.id === s.activeBackendId))
  const latestBackup = useWorkspaceUi((s) => s.latestBackup)

  const items: Item[] = [
    { id: 'open', label: 'Open rule file…', detail: '.yml or .yaml, or drop it on the page', icon: <OpenIcon />, run: () => inputRef.current?.click() },
    { id: 'download-rule', label: 'Download rule', detail: 'YAML file named after the title', icon: <DownloadIcon />, run: downloadRule },
    {
      id: 'download-translation',
      label: `Download ${activeBackend?.label ?? ''} translation`,
      detail: 'The query in the current tab',
      icon: <DownloadIcon />,
      run: () => void downloadTranslation(activeBackend?.id ?? ''),
    },
    { id: 'export-page', label: 'Export rule page (Markdown)', detail: 'Metadata, rule and every translation', icon: <MarkdownIcon />, run: () => void exportRulePageFile() },
    {
      id: 'restore',
      label: 'Restore previous work',
      detail: latestBackup ? `Saved ${formatTime(latestBackup.savedAt)}, ${latestBackup.reason}` : 'Nothing was replaced yet',
      icon: <HistoryIcon />,
      disabled: latestBackup === null,
      run: restorePreviousWork,
    },
  ]

  useEffect(() => {
    if (!open) return
    itemRefs.current.find((el) => el && !el.disabled)?.focus()
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointerDown)
    return () => document.removeEventListener('pointerdown', onPointerDown)
  }, [open])

  const close = (focusButton: boolean) => {
    setOpen(false)
    if (focusButton) buttonRef.current?.focus()
  }

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const enabled = itemRefs.current.filter((el): el is HTMLButtonElement => !!el && !el.disabled)
    const index = enabled.indexOf(document.activeElement as HTMLButtonElement)
    let next: HTMLButtonElement | undefined
    if (event.key === 'ArrowDown') next = enabled[(index + 1) % enabled.length]
    else if (event.key === 'ArrowUp') next = enabled[(index - 1 + enabled.length) % enabled.length]
    else if (event.key === 'Home') next = enabled[0]
    else if (event.key === 'End') next = enabled[enabled.length - 1]
    else if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      close(true)
      return
    } else if (event.key === 'Tab') {
      close(false)
      return
    }
    if (next) {
      event.preventDefault()
      next.focus()
    }
  }

  return (
    <div className="menu-root" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls="file-menu"
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault()
            setOpen(true)
          }
        }}
        title="Open, download and export"
      >
        <FileIcon />
        File
        <ChevronIcon />
      </button>
      {open && (
        <div id="file-menu" className="menu" role="menu" aria-label="File" onKeyDown={onMenuKeyDown}>
          {items.map((item, index) => (
            <div key={item.id} role="none">
              {item.id === 'restore' && <div className="menu-separator" role="separator" />}
              <button
                ref={(el) => {
                  itemRefs.current[index] = el
                }}
                type="button"
                role="menuitem"
                className="menu-item"
                data-item={item.id}
                disabled={item.disabled}
                tabIndex={-1}
                onClick={() => {
                  close(item.id !== 'open')
                  item.run()
                }}
              >
                <span className="menu-item-icon">{item.icon}</span>
                <span className="menu-item-text">
                  <span className="menu-item-label">{item.label}</span>
                  {item.detail && <span className="menu-item-detail">{item.detail}</span>}
                </span>
              </button>
            </div>
          ))}
        </div>
      )}
      <input
        ref={inputRef}
        type="file"
        accept={RULE_FILE_ACCEPT}
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Open rule file"
        data-testid="open-rule-input"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0]
          // Cleared so picking the same file again still fires a change.
          event.currentTarget.value = ''
          if (file) void openRuleFile(file)
        }}
      />
    </div>
  )
}

const svg = (d: string) => (
  <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
    <path fill="currentColor" d={d} />
  </svg>
)

function FileIcon() {
  return svg('M2 1.75C2 .784 2.784 0 3.75 0h6.586c.464 0 .909.184 1.237.513l2.914 2.914c.329.328.513.773.513 1.237v9.586A1.75 1.75 0 0 1 13.25 16h-9.5A1.75 1.75 0 0 1 2 14.25Zm1.75-.25a.25.25 0 0 0-.25.25v12.5c0 .138.112.25.25.25h9.5a.25.25 0 0 0 .25-.25V6h-2.75A1.75 1.75 0 0 1 9 4.25V1.5Zm6.75.062V4.25c0 .138.112.25.25.25h2.688l-.011-.013-2.914-2.914-.013-.011Z')
}
function ChevronIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" width="12" height="12" className="chevron">
      <path fill="currentColor" d="M12.78 5.22a.749.749 0 0 1 0 1.06l-4.25 4.25a.749.749 0 0 1-1.06 0L3.22 6.28a.749.749 0 1 1 1.06-1.06L8 8.939l3.72-3.719a.749.749 0 0 1 1.06 0Z" />
    </svg>
  )
}
function OpenIcon() {
  return svg('M.513 1.513A1.75 1.75 0 0 1 1.75 1h3.5c.55 0 1.07.26 1.4.7l.9 1.2a.25.25 0 0 0 .2.1H13a1 1 0 0 1 1 1v.5H2.75a.75.75 0 0 0 0 1.5h11.978a1 1 0 0 1 .994 1.117L15 13.25A1.75 1.75 0 0 1 13.25 15H1.75A1.75 1.75 0 0 1 0 13.25V2.75c0-.464.184-.91.513-1.237Z')
}
function DownloadIcon() {
  return svg('M2.75 14A1.75 1.75 0 0 1 1 12.25v-2.5a.75.75 0 0 1 1.5 0v2.5c0 .138.112.25.25.25h10.5a.25.25 0 0 0 .25-.25v-2.5a.75.75 0 0 1 1.5 0v2.5A1.75 1.75 0 0 1 13.25 14ZM7.25 7.689V2a.75.75 0 0 1 1.5 0v5.689l1.97-1.969a.749.749 0 1 1 1.06 1.06l-3.25 3.25a.749.749 0 0 1-1.06 0L4.22 6.78a.749.749 0 1 1 1.06-1.06l1.97 1.969Z')
}
function MarkdownIcon() {
  return svg('M14.85 3c.63 0 1.15.52 1.14 1.15v7.7c0 .63-.51 1.15-1.15 1.15H1.15C.52 13 0 12.48 0 11.84V4.15C0 3.52.52 3 1.15 3ZM9 11V5H7L5.5 7 4 5H2v6h2V8l1.5 1.92L7 8v3Zm2.99.5L14.5 8H13V5h-2v3H9.5Z')
}
function HistoryIcon() {
  return svg('m.427 1.927 1.215 1.215a8.002 8.002 0 1 1-1.6 5.685.75.75 0 1 1 1.493-.154 6.5 6.5 0 1 0 1.18-4.458l1.358 1.358A.25.25 0 0 1 3.896 6H.25A.25.25 0 0 1 0 5.75V2.104a.25.25 0 0 1 .427-.177ZM7.75 4a.75.75 0 0 1 .75.75v2.992l2.028.812a.75.75 0 0 1-.557 1.392l-2.5-1A.751.751 0 0 1 7 8.25v-3.5A.75.75 0 0 1 7.75 4Z')
}
