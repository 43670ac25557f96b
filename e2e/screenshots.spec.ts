// Screenshots for people: test-results/screenshots always; docs/ (README) with UPDATE_DOCS_SCREENSHOTS=1.
import { test } from '@playwright/test'
import { focusEditorAtEnd, openApp, tab, waitForTranslations } from './app'

const updateDocs = !!process.env.UPDATE_DOCS_SCREENSHOTS

async function save(page: import('@playwright/test').Page, name: string, docsName?: string) {
  // Let Monaco's scrollbars fade out as they do when nobody touches the page.
  await page.mouse.move(0, 0)
  await page.waitForTimeout(1200)
  await page.screenshot({ path: `test-results/screenshots/${name}.png` })
  if (updateDocs && docsName) await page.screenshot({ path: `docs/${docsName}.png` })
}

test.use({ viewport: { width: 1280, height: 760 } })

test('screenshot: light theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await openApp(page)
  await tab(page, 'splunk').click()
  await save(page, 'light', 'screenshot')
})

test('screenshot: dark theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await openApp(page)
  await tab(page, 'es-qs').click()
  await save(page, 'dark', 'screenshot-dark')
})

test('screenshot: error state', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await openApp(page)
  await focusEditorAtEnd(page)
  await page.keyboard.type('        broken: a: b')
  await waitForTranslations(page)
  await tab(page, 'grep').click()
  await save(page, 'error', 'screenshot-error')
})
