import { expect, it } from 'vitest'
import { resolveTheme, toggledPreference } from './theme'

it('follows the system unless a theme was chosen', () => {
  expect(resolveTheme('system', true)).toBe('dark')
  expect(resolveTheme('system', false)).toBe('light')
  expect(resolveTheme('light', true)).toBe('light')
})

it('toggling to what the system wants goes back to following the system', () => {
  expect(toggledPreference('dark', true)).toBe('light')
  expect(toggledPreference('light', true)).toBe('system')
  expect(toggledPreference('light', false)).toBe('dark')
})
