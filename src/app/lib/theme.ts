export type ThemePreference = 'system' | 'light' | 'dark'
export type ResolvedTheme = 'light' | 'dark'

export function resolveTheme(preference: ThemePreference, systemPrefersDark: boolean): ResolvedTheme {
  if (preference === 'system') return systemPrefersDark ? 'dark' : 'light'
  return preference
}

/**
 * The toggle always flips what the user sees. When the flipped theme equals the system's, the
 * preference goes back to "system" so the page follows the OS again.
 */
export function toggledPreference(current: ResolvedTheme, systemPrefersDark: boolean): ThemePreference {
  const next: ResolvedTheme = current === 'dark' ? 'light' : 'dark'
  return resolveTheme('system', systemPrefersDark) === next ? 'system' : next
}
