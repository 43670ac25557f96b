// Share links, autosave and ?url=: the workspace survives reloads and travels in a link, and
// opening something never loses the user's work.
import { expect, test, type Page } from '@playwright/test'
import { deflateRawSync } from 'node:zlib'
import { MOD, editorLines, focusEditorAtEnd, openApp, pasteRule, tab, waitForTranslations } from './app'
import {
  conflictDialog,
  downloadedRule,
  eventsInput,
  fileMenu,
  menuItem,
  notices,
  shareDialog,
  shareLinkViaShortcut,
  waitForAutosave,
} from './share-helpers'

/** Made once with encodeShareFragment (v1) and never regenerated: old links must keep opening. */
const PINNED_V1_LINK =
  '#v1/VZBBbsIwEEWvYrkLNqQCCkV4y6pSpXbR5UiVYw-ppWQcxRNCBUi9Q7vkDj0EN-EktQNS1FlY9szX_8-zl01bolSSHZeoxKsjQisuXz_ifKLzr_EWxeX0LZIMyFklHjdTM9NzzCb50mZzs1hkK72YZrPNxD6YZb7C6QQosOY2KMEYGKj0RfBtY1ABiVh1421rWInOkfVduHaNZix886nS3GAI76ZBzc4TkEVGk643h4Dlv3eqp0oXeECyoXP8ocQIoO7_c487HEXBIF37qtJknx3hwXhi7SjCjrQQ-egG48m6PmDIAroT3GhXOiqioKqQGDiFCdY5kBxL3MZeiAvdg-x5QCoBcq0g1i4dAxLIcRoNKFdtggB57O10zN3im86jY9FgHVu-TigxYi-7RtcvLdctS7XRZcDj8Q8'
const PINNED_RULE =
  "title: Pinned — Ünïcode ✓ rule\nid: 6f1c2a4e-0b7d-4c55-9a51-2f0d3c7b9e10\nstatus: test\nlogsource:\n    product: windows\n    category: process_creation\ndetection:\n    selection:\n        Image|endswith: '\\pinned.exe'   \n        CommandLine|contains: 'a  b'\n    condition: selection\n# trailing comment\twith tab\n"
const PINNED_EVENTS = '{"Image": "C:\\\\x\\\\pinned.exe", "CommandLine": "a  b"}\n'

const OTHER_RULE = `title: Shared Whoami
status: test
logsource:
    category: process_creation
    product: windows
detection:
    selection:
        Image|endswith: '\\whoami.exe'
    condition: selection
level: low
`

/** A v1 link for any JSON payload (also hostile ones the app would never make). */
function v1Link(payload: unknown): string {
  return '#v1/' + deflateRawSync(Buffer.from(JSON.stringify(payload))).toString('base64url')
}

async function openAt(page: Page, path: string): Promise<void> {
  await page.goto(path)
  await expect(editorLines(page)).toBeVisible()
  await waitForTranslations(page)
}

test('a copied link opens the same rule, events and tab in a fresh browser; reload keeps the work', async ({ page, browser, baseURL }) => {
  // Three browser contexts and several downloads: more than the default 30 s on a busy machine.
  test.slow()
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL })
  await openApp(page)
  await focusEditorAtEnd(page)
  await page.keyboard.type('\n# shared by e2e: naïve ✓')
  await waitForTranslations(page)
  await page.getByRole('button', { name: 'Load sample events' }).click()
  await tab(page, 'splunk').click()
  const rule = await downloadedRule(page)
  expect(rule).toContain('# shared by e2e: naïve ✓')
  const events = await eventsInput(page).inputValue()
  expect(events.length).toBeGreaterThan(100)

  // The shortcut works with the focus in the editor.
  await editorLines(page).click()
  const link = await shareLinkViaShortcut(page)
  expect(link).toMatch(new RegExp(`^${baseURL}/#v1/[A-Za-z0-9_-]+$`))
  await expect(shareDialog(page).getByTestId('share-length')).toHaveText(`${link.length.toLocaleString('en-US')} characters`)
  const copy = shareDialog(page).getByRole('button', { name: 'Copy link' })
  await copy.click()
  await expect(shareDialog(page).getByRole('button', { name: 'Copied' })).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link)

  // Without the events, the link is shorter and carries no events.
  await shareDialog(page).getByRole('checkbox', { name: /Include events/ }).uncheck()
  const withoutEvents = await page.getByTestId('share-link').inputValue()
  expect(withoutEvents.length).toBeLessThan(link.length)
  await page.keyboard.press('Escape')
  await expect(shareDialog(page)).toBeHidden()

  // A new context has empty storage, like a colleague's browser.
  const colleague = await browser.newContext()
  const other = await colleague.newPage()
  await openAt(other, link)
  await expect(conflictDialog(other)).toHaveCount(0)
  expect(await downloadedRule(other)).toBe(rule)
  await expect(eventsInput(other)).toHaveValue(events)
  await expect(tab(other, 'splunk')).toHaveAttribute('aria-selected', 'true')
  // The address is cleaned up: a reload shows the autosaved work, not the link again.
  await expect.poll(() => new URL(other.url()).hash).toBe('')

  await colleague.close()

  // Another colleague opens the link without events: same rule, no events.
  const third = await browser.newContext()
  const second = await third.newPage()
  await openAt(second, withoutEvents)
  await expect(conflictDialog(second)).toHaveCount(0)
  expect(await downloadedRule(second)).toBe(rule)
  await expect(eventsInput(second)).toHaveValue('')
  await third.close()

  // Reload right after typing: the autosave is flushed when the page goes away.
  await focusEditorAtEnd(page)
  await page.keyboard.type(' and reloaded')
  await page.reload()
  await expect(editorLines(page)).toBeVisible()
  expect(await downloadedRule(page)).toContain('naïve ✓ and reloaded')
  await expect(tab(page, 'splunk')).toHaveAttribute('aria-selected', 'true')
  await expect(eventsInput(page)).toHaveValue(events)
})

test('opening a link over different work asks; "Keep" keeps it, "Open" opens and the work can be restored', async ({ page }) => {
  await openApp(page)
  await focusEditorAtEnd(page)
  await page.keyboard.type('\n# my local work')
  await waitForAutosave(page, 'my local work')
  const mine = await downloadedRule(page)
  const link = v1Link({ rule: OTHER_RULE, activeTab: 'grep' })

  // Pasted into the address bar of the open page (hashchange).
  await page.goto(link)
  await expect(conflictDialog(page)).toBeVisible()
  await expect(conflictDialog(page)).toContainText('Shared Whoami')
  await expect(conflictDialog(page)).toContainText('PsExec Tool Execution')
  await conflictDialog(page).getByRole('button', { name: 'Keep my work' }).click()
  await expect(conflictDialog(page)).toBeHidden()
  expect(await downloadedRule(page)).toBe(mine)
  await expect.poll(() => new URL(page.url()).hash).toBe('')

  // Opened in a new tab (start-up path), this time accepted.
  const tab2 = await page.context().newPage()
  await tab2.goto(link)
  await expect(conflictDialog(tab2)).toBeVisible()
  await conflictDialog(tab2).getByRole('button', { name: 'Open shared rule' }).click()
  await expect(editorLines(tab2)).toContainText('Shared Whoami')
  await expect(tab(tab2, 'grep')).toHaveAttribute('aria-selected', 'true')
  await expect(notices(tab2).filter({ hasText: 'previous work was kept' })).toBeVisible()

  await fileMenu(tab2).click()
  await menuItem(tab2, /Restore previous work/).click()
  // The restored line is at the end of a long rule, outside Monaco's rendered viewport: read the store.
  await expect(notices(tab2).filter({ hasText: 'Restored your work' })).toBeVisible()
  expect(await downloadedRule(tab2)).toBe(mine)
  // Restoring is itself undoable: the shared rule became the backup.
  await fileMenu(tab2).click()
  await expect(menuItem(tab2, /Restore previous work/)).toBeEnabled()
  await tab2.keyboard.press('Escape')
})

test('a link equal to the local work, or over untouched work, opens without asking', async ({ page }) => {
  await openApp(page)
  await page.goto(v1Link({ rule: OTHER_RULE }))
  await expect(editorLines(page)).toContainText('Shared Whoami')
  await expect(conflictDialog(page)).toHaveCount(0)
  await page.goto(v1Link({ rule: OTHER_RULE, activeTab: 'graylog' }))
  await expect(tab(page, 'graylog')).toHaveAttribute('aria-selected', 'true')
  await expect(conflictDialog(page)).toHaveCount(0)
})

test('malformed and hostile links show a message and leave the defaults', async ({ page }) => {
  const pageErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(error.message))

  await openAt(page, '/#v1/this-is-not*base64')
  const alert = page.getByRole('alert').filter({ hasText: 'This share link could not be opened' })
  await expect(alert).toBeVisible()
  await expect(alert).toContainText('not base64url')
  await expect(editorLines(page)).toContainText('PsExec Tool Execution')

  // Markup in a link is shown as text, never run: here in an error message…
  const hostileKey = '<img src=x onerror="window.__pwned=1">'
  await page.goto(v1Link({ rule: 'title: x', [hostileKey]: 1 }))
  const second = page.getByRole('alert').filter({ hasText: 'Unknown field' })
  // The key is quoted as JSON in the message (its inner quotes escaped), but shown as text.
  await expect(second).toContainText('Unknown field "<img src=x onerror=')
  // …and here in the conflict dialog (a rule title), over local work.
  await pasteRule(page, 'title: local\n')
  await waitForAutosave(page, 'title: local')
  await page.goto(v1Link({ rule: `title: ${hostileKey}\n` }))
  await expect(conflictDialog(page)).toContainText(hostileKey)
  await conflictDialog(page).getByRole('button', { name: 'Keep my work' }).click()

  // A link from a newer version, and a decompression bomb.
  await page.goto('/#v9/abc')
  await expect(page.getByRole('alert').filter({ hasText: 'newer Sigma Playground' })).toBeVisible()
  await page.goto('/#v1/' + deflateRawSync(Buffer.alloc(20 * 1024 * 1024, 32)).toString('base64url'))
  await expect(page.getByRole('alert').filter({ hasText: 'This share link could not be opened' }).first()).toBeVisible()

  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
  expect(await page.locator('img[src="x"]').count()).toBe(0)
  expect(pageErrors).toEqual([])
})

test('the pinned v1 link still opens exactly', async ({ page }) => {
  await openAt(page, '/' + PINNED_V1_LINK)
  expect(await downloadedRule(page)).toBe(PINNED_RULE)
  await expect(eventsInput(page)).toHaveValue(PINNED_EVENTS)
  await expect(tab(page, 'grep')).toHaveAttribute('aria-selected', 'true')
  // wrapOutput: false travelled as an option.
  await expect(page.locator('[role="tabpanel"][data-backend="grep"]').getByRole('checkbox', { name: 'Wrap' })).not.toBeChecked()
})

test('?url= opens a rule from GitHub (blob address converted); failures are explained', async ({ page }) => {
  await page.route('https://raw.githubusercontent.com/**', async (route) => {
    const url = route.request().url()
    if (url.endsWith('/missing.yml')) {
      await route.fulfill({ status: 404, body: 'Not Found', headers: { 'access-control-allow-origin': '*' } })
    } else if (url.endsWith('/whoami.yml')) {
      await route.fulfill({ status: 200, body: OTHER_RULE, headers: { 'access-control-allow-origin': '*', 'content-type': 'text/plain' } })
    } else {
      await route.abort()
    }
  })
  const blob = 'https://github.com/acme/rules/blob/main/rules/whoami.yml'
  await openAt(page, `/?url=${encodeURIComponent(blob)}`)
  await expect(editorLines(page)).toContainText('Shared Whoami')
  expect(await downloadedRule(page)).toBe(OTHER_RULE)
  await expect.poll(() => new URL(page.url()).search).toBe('')

  await page.goto(`/?url=${encodeURIComponent('https://github.com/acme/rules/blob/main/missing.yml')}`)
  const alert = page.getByRole('alert').filter({ hasText: 'The rule could not be loaded' })
  await expect(alert).toContainText('404')
  // The autosaved rule is still there.
  await expect(editorLines(page)).toContainText('Shared Whoami')

  await page.goto(`/?url=${encodeURIComponent('https://raw.githubusercontent.com/acme/rules/main/network-down.yml')}`)
  await expect(page.getByRole('alert').filter({ hasText: 'cross-origin' })).toBeVisible()

  await page.goto(`/?url=${encodeURIComponent('javascript:alert(1)')}`)
  await expect(page.getByRole('alert').filter({ hasText: 'Only http and https' })).toBeVisible()
})

test('screenshot: share dialog', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 760 })
  await page.emulateMedia({ colorScheme: 'light' })
  await openApp(page)
  await page.getByRole('button', { name: 'Load sample events' }).click()
  await tab(page, 'splunk').click()
  await page.getByRole('button', { name: 'Copy link' }).click()
  await expect(shareDialog(page)).toBeVisible()
  await page.mouse.move(0, 0)
  await page.waitForTimeout(800)
  await page.screenshot({ path: 'test-results/screenshots/share-dialog.png' })
  if (process.env.UPDATE_DOCS_SCREENSHOTS) await page.screenshot({ path: 'docs/screenshot-share.png' })
  await page.keyboard.press('Escape')

  await focusEditorAtEnd(page)
  await page.keyboard.type('\n# local')
  await waitForAutosave(page, '# local')
  await page.goto(v1Link({ rule: OTHER_RULE }))
  await expect(conflictDialog(page)).toBeVisible()
  await page.waitForTimeout(400)
  await page.screenshot({ path: 'test-results/screenshots/share-conflict.png' })
  await conflictDialog(page).getByRole('button', { name: 'Open shared rule' }).click()
  await page.goto('/#v1/broken!')
  await fileMenu(page).click()
  await page.waitForTimeout(400)
  await page.screenshot({ path: 'test-results/screenshots/share-menu-notices.png' })
  void MOD
})
