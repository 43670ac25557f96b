import { useEffect, useRef, type ReactNode } from 'react'

interface ModalDialogProps {
  open: boolean
  /** Esc, the close button, or a click on the backdrop. */
  onClose(): void
  labelledBy: string
  describedBy?: string
  className?: string
  role?: 'dialog' | 'alertdialog'
  /** Backdrop clicks close the dialog unless this is false (questions need an answer). */
  closeOnBackdrop?: boolean
  children: ReactNode
}

/** A native modal <dialog>: focus trap, Esc and the top layer come from the browser. */
export function ModalDialog({ open, onClose, labelledBy, describedBy, className, role, closeOnBackdrop = true, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    else if (!open && dialog.open) dialog.close()
  }, [open])

  return (
    <dialog
      ref={ref}
      className={`modal ${className ?? ''}`}
      role={role}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
      onClick={(event) => {
        // A click on the dialog element itself (not its content) is a click on the backdrop.
        if (closeOnBackdrop && event.target === ref.current) onClose()
      }}
    >
      {children}
    </dialog>
  )
}
