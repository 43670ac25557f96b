// The events pane: paste or drop events, see which match the rule and why, jump to the rule text.
import { expect, test, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { MOD, openApp, pasteRule, waitForTranslations } from './app'

const SEED = readFileSync(new URL('../src/sigma/examples/psexec.yml', import.meta.url), 'utf8')

/** "Ln x, Col y" of the editor caret after selecting up to the end of `needle` in `text`. */
function caretAfter(text: string, needle: string): string {
  const index = text.indexOf(needle)
  if (index < 0) throw new Error(`${needle} not in the rule`)
  const before = text.slice(0, index + needle.length).split('\n')
  return `Ln ${before.length}, Col ${before[before.length - 1].length + 1}`
}

const pane = (page: Page) => page.getByTestId('events-pane')
const input = (page: Page) => page.getByRole('textbox', { name: 'Events input' })
const summary = (page: Page) => page.getByTestId('events-summary')
const explanation = (page: Page) => page.getByTestId('event-explanation')

/** Puts text into the events input the way a person does: focus, select all, paste. */
async function pasteEvents(page: Page, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin })
  await page.evaluate((t) => navigator.clipboard.writeText(t), text)
  await input(page).click()
  await page.keyboard.press(`${MOD}+A`)
  await page.keyboard.press(`${MOD}+V`)
}

/** Waits until the pane shows results for the current rule and events. */
async function waitForMatches(page: Page): Promise<void> {
  await expect(pane(page)).toHaveAttribute('data-up-to-date', 'true', { timeout: 15_000 })
}

const ndjson = (...events: object[]) => events.map((e) => JSON.stringify(e)).join('\n')

test('sample events: match count, explanation, and a selection highlighted in the editor', async ({ page }) => {
  await openApp(page)
  await pane(page).getByRole('button', { name: 'Load sample events' }).click()
  await waitForMatches(page)
  await expect(summary(page)).toContainText('3 of 6 events match')

  // The first match is selected and explained: the 7045 service installation, matched by the
  // second YAML document of the file (the first is the `action: global` one).
  await expect(explanation(page)).toContainText('Matched')
  await expect(explanation(page)).toContainText('by rule document 2')
  const selection = explanation(page).locator('[data-testid="explain-selection"][data-name="service_installation"]')
  await expect(selection).toHaveAttribute('data-matched', 'true')
  const fileRow = selection.locator('[data-testid="explain-field"][data-field="ServiceFileName"]')
  await expect(fileRow).toContainText('%SystemRoot%\\PSEXESVC.exe')
  await expect(fileRow).toContainText('*\\PSEXESVC.exe')

  // Clicking the selection selects its text in the editor and marks it.
  await selection.getByRole('button', { name: 'service_installation' }).click()
  await expect(page.locator('.monaco-editor .events-rule-highlight').first()).toBeVisible()
  await expect(page.getByTestId('statusbar')).toContainText(caretAfter(SEED, "ServiceFileName: '*\\PSEXESVC.exe'"))
  await expect(page.locator('.monaco-editor .selected-text').first()).toBeAttached()

  // A field goes to the rule value that matched.
  await selection.locator('[data-field="EventID"]').getByRole('button', { name: 'EventID' }).click()
  await expect(page.getByTestId('statusbar')).toContainText(caretAfter(SEED, 'EventID: 7045'))

  // The Sysmon event is matched by the third document; the condition tree says which branch.
  await page.getByRole('option').nth(2).click()
  await expect(explanation(page)).toContainText('by rule document 3')
  await expect(explanation(page).locator('.cond-node[data-kind="of"]')).toHaveAttribute('data-result', 'true')

  // A non-matching event is explained for every document.
  await page.getByRole('option').nth(3).click()
  await expect(explanation(page)).toContainText('No match')
  await expect(explanation(page).getByRole('button', { name: /Document \d/ })).toHaveCount(2)
  await explanation(page).getByRole('button', { name: /Document 3/ }).click()
  const sysmon = explanation(page).locator('[data-testid="explain-selection"][data-name="sysmon_processcreation"]')
  await expect(sysmon).toHaveAttribute('data-matched', 'false')
  await expect(sysmon.locator('[data-field="Image"]')).toHaveAttribute('data-matched', 'false')

  // Matches only.
  await pane(page).getByRole('checkbox', { name: 'Matches only' }).check()
  await expect(page.getByRole('option')).toHaveCount(3)
})

test('pasted events: input errors with their line, missing fields, the rest still evaluated', async ({ page }) => {
  await openApp(page)
  const text = [
    JSON.stringify({ EventID: 7036, ServiceName: 'PSEXESVC' }),
    '{"EventID": 7045, "ServiceName": PSEXESVC}',
    JSON.stringify({ EventID: 7045, ServiceName: 'other' }),
    '{"EventID": [1, 2}',
  ].join('\n')
  await pasteEvents(page, text)
  await waitForMatches(page)
  await expect(input(page)).toHaveValue(text)
  await expect(summary(page)).toContainText('1 of 2 events match')
  await expect(summary(page)).toContainText('2 input errors')
  const errors = page.getByTestId('events-input-errors')
  await expect(errors).toContainText('Line 2')
  await expect(errors).toContainText('Invalid JSON')
  await expect(errors).toContainText('Line 4')
  // Going to an error line selects it in the input.
  await errors.getByRole('button', { name: 'Line 2' }).click()
  expect(await input(page).evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd))).toBe('{"EventID": 7045, "ServiceName": PSEXESVC}')

  // No event has the fields of the Sysmon document or the service file name.
  const missing = page.getByTestId('events-missing-fields')
  await expect(missing.getByRole('button')).toHaveText(['ServiceFileName', 'Image', 'User'])
  await missing.getByRole('button', { name: 'Image' }).click()
  await expect(page.locator('.monaco-editor .events-rule-highlight').first()).toBeVisible()
  await expect(page.getByTestId('statusbar')).toContainText(caretAfter(SEED, '        Image'))
})

test('a dropped Windows event XML file is read and matched', async ({ page }) => {
  await openApp(page)
  const xml = `<Events>
<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">
  <System><Provider Name="Service Control Manager"/><EventID Qualifiers="16384">7045</EventID><Channel>System</Channel></System>
  <EventData><Data Name="ServiceName">PSEXESVC</Data><Data Name="ImagePath">%SystemRoot%\\PSEXESVC.exe</Data><Data Name="ServiceFileName">%SystemRoot%\\PSEXESVC.exe</Data></EventData>
</Event>
</Events>`
  const dataTransfer = await page.evaluateHandle((content) => {
    const dt = new DataTransfer()
    dt.items.add(new File([content], 'events.xml', { type: 'text/xml' }))
    return dt
  }, xml)
  await page.getByTestId('events-drop-zone').dispatchEvent('dragover', { dataTransfer })
  await page.getByTestId('events-drop-zone').dispatchEvent('drop', { dataTransfer })
  await waitForMatches(page)
  await expect(summary(page)).toContainText('1 of 1 event matches')
  await expect(explanation(page)).toContainText('service_installation')
})

test('a runaway regex is stopped, named, and the translations keep working', async ({ page }) => {
  await openApp(page)
  const rule = `title: Slow regex
logsource:
    product: windows
detection:
    fine:
        A: ok
    slow:
        B|re: '^(a+)+$'
    condition: fine or slow
`
  await pasteRule(page, rule)
  await waitForTranslations(page)
  await pasteEvents(page, ndjson({ A: 'ok', B: 'x' }, { A: 'no', B: 'a'.repeat(40) + '!' }, { A: 'ok' }))
  const hang = page.getByTestId('events-hang')
  await expect(hang).toBeVisible({ timeout: 15_000 })
  await expect(hang).toContainText('event #2')
  await expect(hang).toContainText('^(a+)+$')
  await expect(pane(page)).toHaveAttribute('data-run-state', 'hung')
  await hang.getByRole('button', { name: /\^\(a\+\)\+\$/ }).click()
  await expect(page.getByTestId('statusbar')).toContainText(caretAfter(rule, "'^(a+)+$'"))

  // The converter is another worker: editing the rule still translates.
  await page.keyboard.press(`${MOD}+End`)
  await page.keyboard.type('# edited')
  await waitForTranslations(page)
  // The rule changed, so the events are tried again (and the regex hangs again).
  await expect(hang).toBeVisible({ timeout: 15_000 })
})

test('100,000 events: progress, the page stays responsive, and the count arrives', async ({ page }) => {
  test.setTimeout(90_000)
  await openApp(page)
  await page.evaluate(() => {
    const lines: string[] = []
    for (let i = 0; i < 100_000; i++) {
      lines.push(i % 1000 === 7
        ? JSON.stringify({ EventID: 7045, ServiceName: 'PSEXESVC', ServiceFileName: `C:\\Windows\\PSEXESVC.exe`, n: i })
        : JSON.stringify({ EventID: 4688, NewProcessName: `C:\\Windows\\System32\\svchost${i}.exe`, CommandLine: `svchost.exe -k netsvcs -p -s Schedule ${i}`, n: i }))
    }
    // Record whether a progress bar showed up at any point (the run may be over before we look).
    const w = window as unknown as { __sawProgress: boolean }
    w.__sawProgress = false
    const observer = new MutationObserver(() => {
      if (document.querySelector('[data-testid="events-progress"] [role="progressbar"]')) {
        w.__sawProgress = true
        observer.disconnect()
      }
    })
    observer.observe(document.body, { childList: true, subtree: true })
    const dt = new DataTransfer()
    dt.items.add(new File([lines.join('\n')], 'big.jsonl'))
    const zone = document.querySelector('[data-testid="events-drop-zone"]')!
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }))
  })
  // How long UI frames take meanwhile is measured by `npm run bench` (a timed assertion here would be
  // flaky on a loaded machine); here the page must keep rendering: the progress bar shows up.
  await waitForMatches(page)
  await expect(summary(page)).toContainText('100 of 100,000 events match')
  expect(await page.evaluate(() => (window as unknown as { __sawProgress: boolean }).__sawProgress), 'a progress bar was shown').toBe(true)
  await expect(pane(page).getByText('Large input')).toBeVisible()
  // Only the rows in view are in the DOM.
  expect(await page.getByRole('option').count()).toBeLessThan(60)
  await pane(page).getByRole('checkbox', { name: 'Matches only' }).check()
  await expect(page.getByTestId('event-list')).toHaveAttribute('data-rows', '100')
})

test('screenshot: events pane', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.emulateMedia({ colorScheme: 'light' })
  await openApp(page)
  await pane(page).getByRole('button', { name: 'Load sample events' }).click()
  await waitForMatches(page)
  const selection = explanation(page).locator('[data-testid="explain-selection"][data-name="service_installation"]')
  await selection.getByRole('button', { name: 'service_installation' }).click()
  await page.mouse.move(0, 0)
  await page.waitForTimeout(800)
  await page.screenshot({ path: 'test-results/screenshots/events.png' })
  if (process.env.UPDATE_DOCS_SCREENSHOTS) await page.screenshot({ path: 'docs/screenshot-events.png' })
})

test('a long evaluation shows progress and can be cancelled', async ({ page }) => {
  test.setTimeout(60_000)
  await openApp(page)
  // A slow but finite regex: every event costs a few milliseconds.
  await pasteRule(page, `title: Slow but finite
logsource:
    product: windows
detection:
    slow:
        B|re: '^(a|aa)*c$'
    condition: slow
`)
  await waitForTranslations(page)
  await pasteEvents(page, Array.from({ length: 3000 }, (_, i) => JSON.stringify({ B: 'a'.repeat(24) + 'b', n: i })).join('\n'))
  const progress = page.getByTestId('events-progress')
  await expect(progress.getByRole('progressbar', { name: 'Matching events' })).toBeVisible()
  await progress.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByTestId('events-message')).toContainText(/Cancelled: [\d,]+ of 3,000 events were evaluated/)
  await expect(pane(page)).toHaveAttribute('data-run-state', 'cancelled')
  await expect(progress).toBeHidden()
})

test('screenshot: events pane, dark and narrow', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await openApp(page)
  await pane(page).getByRole('button', { name: 'Load sample events' }).click()
  await waitForMatches(page)
  await page.getByRole('option').nth(3).click()
  await expect(explanation(page)).toContainText('No match')
  await page.mouse.move(0, 0)
  await page.screenshot({ path: 'test-results/screenshots/events-dark.png' })
  await page.setViewportSize({ width: 420, height: 1400 })
  await page.waitForTimeout(300)
  await page.screenshot({ path: 'test-results/screenshots/events-narrow.png' })
})
