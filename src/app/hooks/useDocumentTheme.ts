import { useEffect } from 'react'
import { useResolvedTheme } from './useResolvedTheme'

/** Mirrors the resolved theme on <html> (index.html sets it before first paint to avoid a flash). */
export function useDocumentTheme(): void {
  const theme = useResolvedTheme()
  useEffect(() => {
    document.documentElement.dataset.theme = theme
    document.documentElement.style.colorScheme = theme
  }, [theme])
}
