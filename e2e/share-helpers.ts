// Page helpers for the share and files specs.
import { expect, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { MOD } from './app'

export const fileMenu = (page: Page) => page.getByRole('button', { name: 'File', exact: true })
export const menuItem = (page: Page, name: string | RegExp) => page.getByRole('menuitem', { name })
export const notices = (page: Page) => page.getByTestId('notice')
export const shareDialog = (page: Page) => page.getByRole('dialog', { name: 'Share this workspace' })
export const conflictDialog = (page: Page) => page.getByRole('alertdialog')
export const eventsInput = (page: Page) => page.getByRole('textbox', { name: 'Events input' })

/** Opens the share dialog with the keyboard shortcut and reads the link shown in it. */
export async function shareLinkViaShortcut(page: Page): Promise<string> {
  await page.keyboard.press(`${MOD}+Shift+L`)
  await expect(shareDialog(page)).toBeVisible()
  return page.getByTestId('share-link').inputValue()
}

/** Runs a File menu item that downloads something; returns the file name and text. */
export async function downloadFromMenu(page: Page, item: string | RegExp): Promise<{ name: string; text: string }> {
  await fileMenu(page).click()
  const download = page.waitForEvent('download')
  await menuItem(page, item).click()
  return readDownload(await download)
}

export async function readDownload(download: import('@playwright/test').Download): Promise<{ name: string; text: string }> {
  const path = await download.path()
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') }
}

/** The exact rule text in the store, through "Download rule" (what the user would save). */
export async function downloadedRule(page: Page): Promise<string> {
  return (await downloadFromMenu(page, /Download rule/)).text
}

/** Waits until the autosave has written the current work (debounced). */
export async function waitForAutosave(page: Page, needle: string): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('sigma-playground:workspace') ?? ''))
    .toContain(needle)
}
