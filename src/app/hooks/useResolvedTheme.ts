import { useSyncExternalStore } from 'react'
import { usePlayground } from '../store'
import { resolveTheme, type ResolvedTheme } from '../lib/theme'

const DARK_QUERY = '(prefers-color-scheme: dark)'

function subscribeToSystemTheme(onChange: () => void): () => void {
  const query = window.matchMedia(DARK_QUERY)
  query.addEventListener('change', onChange)
  return () => query.removeEventListener('change', onChange)
}

export function useSystemPrefersDark(): boolean {
  return useSyncExternalStore(subscribeToSystemTheme, () => window.matchMedia(DARK_QUERY).matches)
}

export function useResolvedTheme(): ResolvedTheme {
  const preference = usePlayground((s) => s.themePreference)
  return resolveTheme(preference, useSystemPrefersDark())
}
