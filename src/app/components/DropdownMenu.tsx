import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'

export interface DropdownItem {
  id: string
  label: string
  detail?: string
  icon: ReactNode
  disabled?: boolean
  /** Draws a separator above the item. */
  separatorBefore?: boolean
  /** The item moves the focus itself (e.g. opens a file picker): don't put it back on the button. */
  keepsFocus?: boolean
  run(): void
}

interface DropdownMenuProps {
  /** id of the menu element (aria-controls). */
  menuId: string
  /** Accessible name of the menu. */
  menuLabel: string
  /** What the button shows (an icon and a word); a chevron is added. */
  button: ReactNode
  buttonTitle: string
  items: DropdownItem[]
  /** Rendered inside the menu's root, e.g. a hidden file input the items use. */
  children?: ReactNode
}

/**
 * A header button with a menu (WAI-ARIA menu button): ArrowDown opens it, arrows / Home / End move
 * between enabled items, Escape closes it and returns to the button, Tab or a click outside closes it.
 */
export function DropdownMenu({ menuId, menuLabel, button, buttonTitle, items, children }: DropdownMenuProps) {
  const [open, setOpen] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([])

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
        aria-controls={menuId}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault()
            setOpen(true)
          }
        }}
        title={buttonTitle}
      >
        {button}
        <ChevronIcon />
      </button>
      {open && (
        <div id={menuId} className="menu" role="menu" aria-label={menuLabel} onKeyDown={onMenuKeyDown}>
          {items.map((item, index) => (
            <div key={item.id} role="none">
              {item.separatorBefore && <div className="menu-separator" role="separator" />}
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
                  close(!item.keepsFocus)
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
      {children}
    </div>
  )
}

/** A 16×16 single-path icon (Primer-style octicons drawn with currentColor). */
export function icon(path: string) {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
      <path fill="currentColor" d={path} />
    </svg>
  )
}

function ChevronIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" width="12" height="12" className="chevron">
      <path fill="currentColor" d="M12.78 5.22a.749.749 0 0 1 0 1.06l-4.25 4.25a.749.749 0 0 1-1.06 0L3.22 6.28a.749.749 0 1 1 1.06-1.06L8 8.939l3.72-3.719a.749.749 0 0 1 1.06 0Z" />
    </svg>
  )
}
