import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { newTemplateText, TEMPLATES, type TemplateKind } from '../../sigma/assist/templates'
import { getRuleEditor } from '../lib/rule-editor-ref'
import { usePlayground } from '../store'

/**
 * Replaces the rule with a template, as one edit of the editor so Ctrl+Z brings the old text back.
 * Before the editor has mounted the store is set directly (there is nothing to undo yet).
 */
export function insertTemplate(kind: TemplateKind): void {
  const text = newTemplateText(kind)
  const editor = getRuleEditor()
  const model = editor?.getModel()
  if (!editor || !model) {
    usePlayground.getState().setRuleText(text)
    return
  }
  editor.pushUndoStop()
  editor.executeEdits('sigma-template', [{ range: model.getFullModelRange(), text, forceMoveMarkers: true }])
  editor.pushUndoStop()
  editor.setPosition({ lineNumber: 1, column: 1 })
  editor.revealLine(1)
  editor.focus()
}

/** Header "New" menu: a detection rule, correlation rule or filter template. Keyboard: arrows, Home/End, Esc. */
export function TemplateMenu() {
  const [open, setOpen] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([])

  useEffect(() => {
    if (!open) return
    itemRefs.current[0]?.focus()
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
    const items = itemRefs.current.filter((el): el is HTMLButtonElement => !!el)
    const index = items.indexOf(document.activeElement as HTMLButtonElement)
    let next: HTMLButtonElement | undefined
    if (event.key === 'ArrowDown') next = items[(index + 1) % items.length]
    else if (event.key === 'ArrowUp') next = items[(index - 1 + items.length) % items.length]
    else if (event.key === 'Home') next = items[0]
    else if (event.key === 'End') next = items[items.length - 1]
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
        aria-controls="template-menu"
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault()
            setOpen(true)
          }
        }}
        title="Start from a template (replaces the editor content; undo with Ctrl+Z)"
      >
        <PlusIcon />
        New
        <ChevronIcon />
      </button>
      {open && (
        <div id="template-menu" className="menu" role="menu" aria-label="New from template" onKeyDown={onMenuKeyDown}>
          {TEMPLATES.map((template, index) => (
            <div key={template.kind} role="none">
              <button
                ref={(el) => {
                  itemRefs.current[index] = el
                }}
                type="button"
                role="menuitem"
                className="menu-item"
                data-template={template.kind}
                tabIndex={-1}
                onClick={() => {
                  setOpen(false)
                  insertTemplate(template.kind)
                }}
              >
                <span className="menu-item-icon">
                  <TemplateIcon />
                </span>
                <span className="menu-item-text">
                  <span className="menu-item-label">{template.label}</span>
                  <span className="menu-item-detail">{template.description}</span>
                </span>
              </button>
            </div>
          ))}
        </div>
      )}
    </div>
  )
}

const svg = (d: string, size = 16) => (
  <svg aria-hidden="true" viewBox="0 0 16 16" width={size} height={size}>
    <path fill="currentColor" d={d} />
  </svg>
)

function PlusIcon() {
  return svg('M7.75 2a.75.75 0 0 1 .75.75V7h4.25a.75.75 0 0 1 0 1.5H8.5v4.25a.75.75 0 0 1-1.5 0V8.5H2.75a.75.75 0 0 1 0-1.5H7V2.75A.75.75 0 0 1 7.75 2Z')
}
function TemplateIcon() {
  return svg('M2 1.75C2 .784 2.784 0 3.75 0h6.586c.464 0 .909.184 1.237.513l2.914 2.914c.329.328.513.773.513 1.237v9.586A1.75 1.75 0 0 1 13.25 16h-9.5A1.75 1.75 0 0 1 2 14.25Zm1.75-.25a.25.25 0 0 0-.25.25v12.5c0 .138.112.25.25.25h9.5a.25.25 0 0 0 .25-.25V6h-2.75A1.75 1.75 0 0 1 9 4.25V1.5Zm6.75.062V4.25c0 .138.112.25.25.25h2.688l-.011-.013-2.914-2.914-.013-.011Z')
}
function ChevronIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" width="12" height="12" className="chevron">
      <path fill="currentColor" d="M12.78 5.22a.749.749 0 0 1 0 1.06l-4.25 4.25a.749.749 0 0 1-1.06 0L3.22 6.28a.749.749 0 1 1 1.06-1.06L8 8.939l3.72-3.719a.749.749 0 0 1 1.06 0Z" />
    </svg>
  )
}
