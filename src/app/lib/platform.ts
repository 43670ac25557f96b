export const isApplePlatform =
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/i.test(navigator.platform || navigator.userAgent)

/** How the primary shortcut modifier is written on this platform. */
export const MOD_KEY_LABEL = isApplePlatform ? '⌘' : 'Ctrl'

/** Ctrl on Windows/Linux, Cmd on macOS; AltGr (Ctrl+Alt) is excluded because it types characters. */
export function hasPrimaryModifier(event: KeyboardEvent): boolean {
  if (event.altKey) return false
  return isApplePlatform ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey
}
