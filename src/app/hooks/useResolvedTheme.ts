import { usePlayground } from '../store'
import { resolveTheme, type ResolvedTheme } from '../lib/theme'
import { useMediaQuery } from './useMediaQuery'

export function useSystemPrefersDark(): boolean {
  return useMediaQuery('(prefers-color-scheme: dark)')
}

export function useResolvedTheme(): ResolvedTheme {
  const preference = usePlayground((s) => s.themePreference)
  return resolveTheme(preference, useSystemPrefersDark())
}
