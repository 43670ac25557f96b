// Page helpers: how a person finds things on the page (roles, labels), in one place.
import { expect, type Locator, type Page } from '@playwright/test'

export const BACKEND_IDS = ['es-qs', 'xpack-watcher', 'graylog', 'splunk', 'logpoint', 'grep'] as const
export type BackendId = (typeof BACKEND_IDS)[number]

export const MOD = process.platform === 'darwin' ? 'Meta' : 'Control'

export async function openApp(page: Page): Promise<void> {
  await page.goto('/')
  await expect(editorLines(page)).toBeVisible()
  await waitForTranslations(page)
}

/** Waits until the translations shown were computed from the text now in the editor. */
export async function waitForTranslations(page: Page): Promise<void> {
  const app = page.locator('.app')
  await expect(async () => {
    const text = await app.getAttribute('data-text-revision')
    const result = await app.getAttribute('data-result-revision')
    expect(result).not.toBe('0')
    expect(result).toBe(text)
  }).toPass({ timeout: 7_000 })
}

export function tab(page: Page, id: BackendId): Locator {
  return page.locator(`[role="tab"][data-backend="${id}"]`)
}

export function panel(page: Page, id: BackendId): Locator {
  return page.locator(`[role="tabpanel"][data-backend="${id}"]`)
}

export function outputText(page: Page, id: BackendId): Locator {
  return panel(page, id).getByTestId('output-text')
}

/** The exact text of a tab's translation, read from the DOM (textContent keeps every newline). */
export async function readOutput(page: Page, id: BackendId): Promise<string> {
  await tab(page, id).click()
  await expect(outputText(page, id)).toBeVisible()
  return (await outputText(page, id).textContent()) ?? ''
}

export function editorLines(page: Page): Locator {
  return page.locator('.monaco-editor .view-lines')
}

/** Puts the caret at the very end of the rule, as a user would with a click and Ctrl+End. */
export async function focusEditorAtEnd(page: Page): Promise<void> {
  await editorLines(page).click()
  await page.keyboard.press(`${MOD}+End`)
}

/** Replaces the rule the way a person would: select all, paste (typing would be auto-indented). */
export async function pasteRule(page: Page, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin })
  await page.evaluate((t) => navigator.clipboard.writeText(t), text)
  await editorLines(page).click()
  await page.keyboard.press(`${MOD}+A`)
  await page.keyboard.press(`${MOD}+V`)
}
