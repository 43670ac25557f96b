import { newTemplateText, TEMPLATES, type TemplateKind } from '../../sigma/assist/templates'
import { getRuleEditor } from '../lib/rule-editor-ref'
import { usePlayground } from '../store'
import { DropdownMenu, icon, type DropdownItem } from './DropdownMenu'

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

const PLUS_ICON = 'M7.75 2a.75.75 0 0 1 .75.75V7h4.25a.75.75 0 0 1 0 1.5H8.5v4.25a.75.75 0 0 1-1.5 0V8.5H2.75a.75.75 0 0 1 0-1.5H7V2.75A.75.75 0 0 1 7.75 2Z'
const TEMPLATE_ICON = 'M2 1.75C2 .784 2.784 0 3.75 0h6.586c.464 0 .909.184 1.237.513l2.914 2.914c.329.328.513.773.513 1.237v9.586A1.75 1.75 0 0 1 13.25 16h-9.5A1.75 1.75 0 0 1 2 14.25Zm1.75-.25a.25.25 0 0 0-.25.25v12.5c0 .138.112.25.25.25h9.5a.25.25 0 0 0 .25-.25V6h-2.75A1.75 1.75 0 0 1 9 4.25V1.5Zm6.75.062V4.25c0 .138.112.25.25.25h2.688l-.011-.013-2.914-2.914-.013-.011Z'

/** Header "New" menu: a detection rule, correlation rule or filter template. */
export function TemplateMenu() {
  const items: DropdownItem[] = TEMPLATES.map((template) => ({
    id: template.kind,
    label: template.label,
    detail: template.description,
    icon: icon(TEMPLATE_ICON),
    // insertTemplate focuses the editor.
    keepsFocus: true,
    run: () => insertTemplate(template.kind),
  }))
  return (
    <DropdownMenu
      menuId="template-menu"
      menuLabel="New from template"
      button={<>{icon(PLUS_ICON)}New</>}
      buttonTitle="Start from a template (replaces the editor content; undo with Ctrl+Z)"
      items={items}
    />
  )
}
