import { useRef } from 'react'
import { usePlayground } from '../store'
import { useWorkspaceUi } from '../share/ui-store'
import { formatTime, restorePreviousWork } from '../share/actions'
import { DropdownMenu, icon, type DropdownItem } from '../components/DropdownMenu'
import { downloadRule, downloadTranslation, exportRulePageFile, openRuleFile } from './actions'
import { RULE_FILE_ACCEPT } from './rule-file'

const ICON_PATHS = {
  file: 'M2 1.75C2 .784 2.784 0 3.75 0h6.586c.464 0 .909.184 1.237.513l2.914 2.914c.329.328.513.773.513 1.237v9.586A1.75 1.75 0 0 1 13.25 16h-9.5A1.75 1.75 0 0 1 2 14.25Zm1.75-.25a.25.25 0 0 0-.25.25v12.5c0 .138.112.25.25.25h9.5a.25.25 0 0 0 .25-.25V6h-2.75A1.75 1.75 0 0 1 9 4.25V1.5Zm6.75.062V4.25c0 .138.112.25.25.25h2.688l-.011-.013-2.914-2.914-.013-.011Z',
  open: 'M.513 1.513A1.75 1.75 0 0 1 1.75 1h3.5c.55 0 1.07.26 1.4.7l.9 1.2a.25.25 0 0 0 .2.1H13a1 1 0 0 1 1 1v.5H2.75a.75.75 0 0 0 0 1.5h11.978a1 1 0 0 1 .994 1.117L15 13.25A1.75 1.75 0 0 1 13.25 15H1.75A1.75 1.75 0 0 1 0 13.25V2.75c0-.464.184-.91.513-1.237Z',
  download: 'M2.75 14A1.75 1.75 0 0 1 1 12.25v-2.5a.75.75 0 0 1 1.5 0v2.5c0 .138.112.25.25.25h10.5a.25.25 0 0 0 .25-.25v-2.5a.75.75 0 0 1 1.5 0v2.5A1.75 1.75 0 0 1 13.25 14ZM7.25 7.689V2a.75.75 0 0 1 1.5 0v5.689l1.97-1.969a.749.749 0 1 1 1.06 1.06l-3.25 3.25a.749.749 0 0 1-1.06 0L4.22 6.78a.749.749 0 1 1 1.06-1.06l1.97 1.969Z',
  markdown: 'M14.85 3c.63 0 1.15.52 1.14 1.15v7.7c0 .63-.51 1.15-1.15 1.15H1.15C.52 13 0 12.48 0 11.84V4.15C0 3.52.52 3 1.15 3ZM9 11V5H7L5.5 7 4 5H2v6h2V8l1.5 1.92L7 8v3Zm2.99.5L14.5 8H13V5h-2v3H9.5Z',
  history: 'm.427 1.927 1.215 1.215a8.002 8.002 0 1 1-1.6 5.685.75.75 0 1 1 1.493-.154 6.5 6.5 0 1 0 1.18-4.458l1.358 1.358A.25.25 0 0 1 3.896 6H.25A.25.25 0 0 1 0 5.75V2.104a.25.25 0 0 1 .427-.177ZM7.75 4a.75.75 0 0 1 .75.75v2.992l2.028.812a.75.75 0 0 1-.557 1.392l-2.5-1A.751.751 0 0 1 7 8.25v-3.5A.75.75 0 0 1 7.75 4Z',
}

/** Header "File" menu: open, download, export, restore. */
export function FileMenu() {
  const inputRef = useRef<HTMLInputElement>(null)
  const activeBackend = usePlayground((s) => s.backends.find((b) => b.id === s.activeBackendId))
  const latestBackup = useWorkspaceUi((s) => s.latestBackup)

  const items: DropdownItem[] = [
    {
      id: 'open',
      label: 'Open rule file…',
      detail: '.yml or .yaml, or drop it on the page',
      icon: icon(ICON_PATHS.open),
      keepsFocus: true,
      run: () => inputRef.current?.click(),
    },
    { id: 'download-rule', label: 'Download rule', detail: 'YAML file named after the title', icon: icon(ICON_PATHS.download), run: downloadRule },
    {
      id: 'download-translation',
      label: `Download ${activeBackend?.label ?? ''} translation`,
      detail: 'The query in the current tab',
      icon: icon(ICON_PATHS.download),
      run: () => void downloadTranslation(activeBackend?.id ?? ''),
    },
    { id: 'export-page', label: 'Export rule page (Markdown)', detail: 'Metadata, rule and every translation', icon: icon(ICON_PATHS.markdown), run: () => void exportRulePageFile() },
    {
      id: 'restore',
      label: 'Restore previous work',
      detail: latestBackup ? `Saved ${formatTime(latestBackup.savedAt)}, ${latestBackup.reason}` : 'Nothing was replaced yet',
      icon: icon(ICON_PATHS.history),
      disabled: latestBackup === null,
      separatorBefore: true,
      run: restorePreviousWork,
    },
  ]

  return (
    <DropdownMenu
      menuId="file-menu"
      menuLabel="File"
      button={<>{icon(ICON_PATHS.file)}File</>}
      buttonTitle="Open, download and export"
      items={items}
    >
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
    </DropdownMenu>
  )
}
