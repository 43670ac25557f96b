import { expect, test } from '@playwright/test'
import { BACKEND_IDS, MOD, editorLines, focusEditorAtEnd, openApp, outputText, panel, readOutput, tab, waitForTranslations } from './app'

test('the page only talks to its own origin and logs no errors', async ({ page, baseURL }) => {
  const foreign: string[] = []
  const problems: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.protocol === 'data:' || url.protocol === 'blob:') return
    if (url.origin !== new URL(baseURL!).origin) foreign.push(request.url())
  })
  page.on('pageerror', (error) => problems.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })

  await openApp(page)
  await focusEditorAtEnd(page)
  await page.keyboard.type('        CommandLine: x')
  await waitForTranslations(page)
  await page.waitForLoadState('networkidle')

  expect(foreign, 'requests outside the page origin').toEqual([])
  expect(problems, 'page errors').toEqual([])
})

test('copy button and Ctrl+Shift+C put the exact translation on the clipboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL })
  await openApp(page)

  const expected = await readOutput(page, 'splunk')
  // The button's name changes to "Copied" as feedback, so match both.
  const copy = panel(page, 'splunk').getByRole('button', { name: /^(Copy|Copied)$/ })
  await copy.click()
  await expect(copy).toHaveText('Copied')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected)
  await expect(copy).toHaveText('Copy', { timeout: 4_000 })

  // The shortcut copies whatever tab is showing, even with the focus in the editor.
  const esQs = await readOutput(page, 'es-qs')
  await editorLines(page).click()
  await page.keyboard.press(`${MOD}+Shift+C`)
  await expect(panel(page, 'es-qs').getByRole('button', { name: /^Copied/ })).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(esQs)
})

test('Ctrl+1..6 switch tabs, arrow keys move along the tab list', async ({ page }) => {
  await openApp(page)
  await editorLines(page).click()
  for (const [index, id] of BACKEND_IDS.entries()) {
    await page.keyboard.press(`${MOD}+Digit${index + 1}`)
    await expect(tab(page, id)).toHaveAttribute('aria-selected', 'true')
    await expect(outputText(page, id)).toBeVisible()
  }
  // Typing a digit without the modifier still reaches the editor.
  await page.keyboard.press('End')
  await page.keyboard.type('1')
  await waitForTranslations(page)

  await tab(page, 'es-qs').click()
  await page.keyboard.press('ArrowRight')
  await expect(tab(page, 'xpack-watcher')).toBeFocused()
  await expect(tab(page, 'xpack-watcher')).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('End')
  await expect(tab(page, 'grep')).toHaveAttribute('aria-selected', 'true')
})

test('theme follows the system and the toggle overrides it (persisted)', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await openApp(page)
  const html = page.locator('html')
  await expect(html).toHaveAttribute('data-theme', 'dark')
  await expect(page.locator('.monaco-editor')).toHaveClass(/vs-dark/)

  await page.getByTestId('theme-toggle').click()
  await expect(html).toHaveAttribute('data-theme', 'light')
  await expect(page.locator('.monaco-editor')).not.toHaveClass(/vs-dark/)
  const lightBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)

  await page.reload()
  await expect(html).toHaveAttribute('data-theme', 'light')
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(lightBackground)

  // Toggling back to what the system wants means "follow the system" again.
  await page.getByTestId('theme-toggle').click()
  await expect(html).toHaveAttribute('data-theme', 'dark')
  await page.emulateMedia({ colorScheme: 'light' })
  await expect(html).toHaveAttribute('data-theme', 'light')
})

test('the split between editor and translations resizes by keyboard and by mouse, and is remembered', async ({ page }) => {
  await openApp(page)
  const separator = page.getByRole('separator', { name: /resize/i })
  await expect(separator).toHaveAttribute('aria-valuenow', '50')

  await separator.focus()
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft')
  await expect(separator).toHaveAttribute('aria-valuenow', '40')

  const box = (await separator.boundingBox())!
  const workbench = (await page.locator('.workbench > .split').boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.down()
  await page.mouse.move(workbench.x + workbench.width * 0.65, box.y + box.height / 2, { steps: 5 })
  await page.mouse.up()
  const dragged = Number(await separator.getAttribute('aria-valuenow'))
  expect(dragged).toBeGreaterThanOrEqual(62)
  expect(dragged).toBeLessThanOrEqual(68)

  await page.reload()
  await expect(page.getByRole('separator', { name: /resize/i })).toHaveAttribute('aria-valuenow', String(dragged))
})

test('typing stays responsive: the editor shows every keystroke immediately', async ({ page }) => {
  await openApp(page)
  await focusEditorAtEnd(page)
  const text = '        CommandLine: quick'
  await page.keyboard.type(text)
  // No waiting for conversions: the text is in the editor right away.
  await expect(page.locator('.monaco-editor .view-line').filter({ hasText: 'CommandLine: quick' })).toBeVisible({ timeout: 1_000 })
  await waitForTranslations(page)
  await expect(outputText(page, 'es-qs')).toContainText('quick')
})

test('long lines wrap by default and can be switched to horizontal scrolling', async ({ page }) => {
  await openApp(page)
  await tab(page, 'xpack-watcher').click()
  const output = outputText(page, 'xpack-watcher')
  const whiteSpace = () => output.evaluate((el) => getComputedStyle(el).whiteSpace)
  expect(await whiteSpace()).toBe('pre-wrap')
  await panel(page, 'xpack-watcher').getByRole('checkbox', { name: 'Wrap' }).uncheck()
  expect(await whiteSpace()).toBe('pre')
  await page.reload()
  await tab(page, 'xpack-watcher').click()
  await expect(panel(page, 'xpack-watcher').getByRole('checkbox', { name: 'Wrap' })).not.toBeChecked()
})

test('on a narrow screen the editor and translations stack and still resize', async ({ page }) => {
  await page.setViewportSize({ width: 420, height: 860 })
  await openApp(page)
  const separator = page.getByRole('separator', { name: /resize/i })
  await expect(separator).toHaveAttribute('aria-orientation', 'horizontal')
  const editorBox = (await page.getByRole('region', { name: 'Rule editor' }).boundingBox())!
  const outputsBox = (await page.getByRole('region', { name: 'Translations' }).boundingBox())!
  expect(outputsBox.y).toBeGreaterThan(editorBox.y + editorBox.height - 1)

  await separator.focus()
  await page.keyboard.press('ArrowDown')
  await expect(separator).toHaveAttribute('aria-valuenow', '52')
  await tab(page, 'grep').click()
  await expect(outputText(page, 'grep')).toBeVisible()
})
