import { downloadTranslation } from './actions'

/** Toolbar button next to Copy: saves the tab's translation as a file. */
export function DownloadTranslationButton({ backendId, label, disabled }: { backendId: string; label: string; disabled: boolean }) {
  return (
    <button
      type="button"
      className="button icon-button download-translation"
      disabled={disabled}
      onClick={() => void downloadTranslation(backendId)}
      aria-label={`Download the ${label} translation`}
      title={`Download the ${label} translation`}
    >
      <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
        <path fill="currentColor" d="M2.75 14A1.75 1.75 0 0 1 1 12.25v-2.5a.75.75 0 0 1 1.5 0v2.5c0 .138.112.25.25.25h10.5a.25.25 0 0 0 .25-.25v-2.5a.75.75 0 0 1 1.5 0v2.5A1.75 1.75 0 0 1 13.25 14ZM7.25 7.689V2a.75.75 0 0 1 1.5 0v5.689l1.97-1.969a.749.749 0 1 1 1.06 1.06l-3.25 3.25a.749.749 0 0 1-1.06 0L4.22 6.78a.749.749 0 1 1 1.06-1.06l1.97 1.969Z" />
      </svg>
    </button>
  )
}
