// Help while typing: Sigma completion, hover docs and templates in the rule editor, driven by the
// keyboard and mouse as a person would.
import { expect, test, type Page } from '@playwright/test'
import { MOD, editorLines, openApp, outputText, panel, pasteRule, readOutput, tab, waitForTranslations } from './app'

const SHOTS = 'test-results/screenshots'

const RULE = `title: Assist test
logsource:
    category: process_creation
    product: windows
detection:
    selection_img:
        Image: 'x'
    selection_cli:
        CommandLine: 'y'
    filter:
        User: 'SYSTEM'
    condition: selection_img
level: high`

/** The editor's text as shown (every line must be on screen). */
async function editorText(page: Page): Promise<string> {
  const lines = await page.locator('.monaco-editor .view-line').evaluateAll((els) =>
    els
      .map((el) => ({ top: parseFloat((el as HTMLElement).style.top), text: (el.textContent ?? '').replace(/\u00a0/g, ' ') }))
      .sort((a, b) => a.top - b.top)
      .map((l) => l.text),
  )
  return lines.join('\n')
}

/** Puts the caret at the end of the given 1-based line. */
async function caretAtEndOfLine(page: Page, line: number): Promise<void> {
  await page.keyboard.press(`${MOD}+Home`)
  for (let i = 1; i < line; i++) await page.keyboard.press('ArrowDown')
  await page.keyboard.press('End')
}

const suggestions = (page: Page) => page.locator('.monaco-editor .suggest-widget')
const details = (page: Page) => page.locator('.suggest-details')
const focusedSuggestion = (page: Page) => suggestions(page).locator('.monaco-list-row.focused')

async function loadRule(page: Page, text = RULE): Promise<void> {
  await openApp(page)
  await pasteRule(page, text)
  await waitForTranslations(page)
  await expect.poll(() => editorText(page)).toBe(text)
}

test('a modifier completion after | is accepted with Enter and changes the translation', async ({ page }) => {
  await loadRule(page)
  await caretAtEndOfLine(page, 7)
  await page.keyboard.press('Home') // first non-blank character: before "Image"
  for (let i = 0; i < 'Image'.length; i++) await page.keyboard.press('ArrowRight')
  await page.keyboard.type('|ends')
  await expect(suggestions(page)).toBeVisible()
  await expect(focusedSuggestion(page)).toContainText('endswith')
  await page.screenshot({ path: `${SHOTS}/assist-modifier-completion.png` })
  await page.keyboard.press('Enter')
  await expect.poll(() => editorText(page)).toContain("        Image|endswith: 'x'\n")
  await waitForTranslations(page)
  expect(await readOutput(page, 'splunk')).toContain('Image="*x"')
})

test('modifiers already on the key are not offered again', async ({ page }) => {
  await loadRule(page)
  await caretAtEndOfLine(page, 9)
  await page.keyboard.press('Home')
  for (let i = 0; i < 'CommandLine'.length; i++) await page.keyboard.press('ArrowRight')
  await page.keyboard.type('|contains|')
  await expect(suggestions(page)).toBeVisible()
  const rows = suggestions(page).locator('.monaco-list-row')
  await expect(rows.filter({ hasText: /^all/ }).first()).toBeVisible()
  await expect(rows.filter({ hasText: /^contains/ })).toHaveCount(0)
})

test('a log source product value completes with its description', async ({ page }) => {
  await loadRule(page, RULE.replace('    product: windows\n', ''))
  await caretAtEndOfLine(page, 3)
  await page.keyboard.press('Enter')
  await page.keyboard.type('product: li')
  await expect(focusedSuggestion(page)).toContainText('linux')
  // Ctrl+Space again shows the description of the focused item beside the list.
  await page.keyboard.press('Control+Space')
  await expect(details(page)).toContainText('auditd')
  await page.screenshot({ path: `${SHOTS}/assist-product-completion.png` })
  await page.keyboard.press('Enter')
  await expect.poll(() => editorText(page)).toContain('    category: process_creation\n    product: linux\ndetection:')
})

test('condition completion offers the detection identifiers', async ({ page }) => {
  await loadRule(page)
  await caretAtEndOfLine(page, 12)
  await page.keyboard.type(' and not fil')
  await expect(focusedSuggestion(page)).toContainText('filter')
  await page.screenshot({ path: `${SHOTS}/assist-condition-completion.png` })
  await page.keyboard.press('Enter')
  await expect.poll(() => editorText(page)).toContain('    condition: selection_img and not filter\n')
  await waitForTranslations(page)
  expect(await readOutput(page, 'splunk')).toContain('NOT User="SYSTEM"')
})

test('hovering a modifier shows its documentation', async ({ page }) => {
  await loadRule(page, RULE.replace("Image: 'x'", "Image|endswith: '\\cmd.exe'"))
  // The pixel position of the text "endswith" in the editor.
  const box = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.querySelector('.monaco-editor .view-lines')!, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf('endswith')
      if (at < 0) continue
      const range = document.createRange()
      range.setStart(node, at + 2)
      range.setEnd(node, at + 4)
      const r = range.getBoundingClientRect()
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 }
    }
    return null
  })
  expect(box).not.toBeNull()
  await page.mouse.move(box!.x, box!.y)
  const hover = page.locator('.monaco-editor .monaco-hover').filter({ hasText: 'value modifier' })
  await expect(hover).toBeVisible()
  await expect(hover).toContainText('Matches the value at the end of the field.')
  await page.screenshot({ path: `${SHOTS}/assist-modifier-hover.png` })
})

test('New > Detection rule inserts a template that translates; Ctrl+Z brings the old rule back', async ({ page }) => {
  await loadRule(page)
  await page.getByRole('button', { name: 'New' }).click()
  await expect(page.getByRole('menu', { name: 'New from template' })).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/assist-template-menu.png` })
  await page.getByRole('menuitem', { name: /Detection rule/ }).click()
  await expect.poll(() => editorText(page)).toContain('title: Suspicious Example Tool Execution')
  const text = await editorText(page)
  expect(text).toMatch(/^id: [0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/m)
  const today = await page.evaluate(() => {
    const d = new Date()
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
  })
  expect(text).toContain(`date: ${today}`)
  await waitForTranslations(page)
  expect(await readOutput(page, 'splunk')).toContain('OriginalFileName="example.exe"')
  await expect(page.getByTestId('diagnostic-counts')).toContainText('0 errors')

  await editorLines(page).click()
  await page.keyboard.press(`${MOD}+Z`)
  await expect.poll(() => editorText(page)).toBe(RULE)
})

test('New > Correlation rule inserts a correlation; the tabs say why there is no query', async ({ page }) => {
  await loadRule(page)
  await page.getByRole('button', { name: 'New' }).click()
  await page.getByRole('menuitem', { name: /Correlation rule/ }).click()
  await expect.poll(() => editorText(page)).toContain('    type: event_count')
  await waitForTranslations(page)
  await tab(page, 'splunk').click()
  await expect(panel(page, 'splunk').getByTestId('output-error-message')).toContainText('translate detection rules only; correlation rules')
  await expect(outputText(page, 'splunk')).toHaveCount(0)
})

test('typing "filt" in an empty document offers the filter template first', async ({ page }) => {
  await openApp(page)
  await editorLines(page).click()
  await page.keyboard.press(`${MOD}+A`)
  await page.keyboard.press('Delete')
  await page.keyboard.type('filt')
  await expect(focusedSuggestion(page)).toContainText('New filter (template)')
  await page.keyboard.press('Enter')
  await expect.poll(() => editorText(page)).toContain('title: Filter Out Software Deployment Accounts')
  await expect.poll(() => editorText(page)).toContain('    condition: not selection')
})

test('completion list and hover in the dark theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await loadRule(page, RULE.replace('level: high', 'tags:\n    - attack.execution\nlevel: high'))
  await caretAtEndOfLine(page, 14)
  await page.keyboard.press('Enter')
  await page.keyboard.type('- attack.pe')
  await expect(focusedSuggestion(page)).toContainText('attack.persistence')
  await page.keyboard.press('Control+Space')
  await expect(details(page)).toContainText('TA0003')
  await page.screenshot({ path: `${SHOTS}/assist-tags-dark.png` })
  await page.keyboard.press('Enter')
  await expect.poll(() => editorText(page)).toContain('    - attack.execution\n    - attack.persistence\n')
})

test('a top-level key completes with its docs, then its value list opens by itself', async ({ page }) => {
  await loadRule(page)
  await caretAtEndOfLine(page, 13)
  await page.keyboard.press('Enter')
  await page.keyboard.type('stat')
  await expect(focusedSuggestion(page)).toContainText('status')
  await page.keyboard.press('Control+Space')
  await expect(details(page)).toContainText('Maturity of the rule.')
  await page.keyboard.press('Enter')
  // Accepting "status" writes "status: " and opens the list of values.
  await expect(focusedSuggestion(page)).toContainText('stable')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await expect(focusedSuggestion(page)).toContainText('experimental')
  await expect(details(page)).toContainText('New: may be noisy')
  await page.screenshot({ path: `${SHOTS}/assist-status-values.png` })
  await page.keyboard.press('Enter')
  await expect.poll(() => editorText(page)).toContain('level: high\nstatus: experimental')
})

test('long key docs fit in the details pane (logsource)', async ({ page }) => {
  await loadRule(page, 'title: Docs test\n')
  await caretAtEndOfLine(page, 2)
  await page.keyboard.type('logs')
  await expect(focusedSuggestion(page)).toContainText('logsource')
  await page.keyboard.press('Control+Space')
  await expect(details(page)).toContainText('Prefer generic categories')
  await page.screenshot({ path: `${SHOTS}/assist-logsource-docs.png` })
  await page.keyboard.press('Enter')
  // The inserted "logsource:" puts the caret on an indented line below it, where its keys are offered.
  await page.keyboard.type('prod')
  await expect(focusedSuggestion(page)).toContainText('product')
  await page.keyboard.press('Enter')
  await page.keyboard.type('win')
  await expect(focusedSuggestion(page)).toContainText('windows')
  await page.keyboard.press('Enter')
  await expect.poll(() => editorText(page)).toBe('title: Docs test\nlogsource:\n    product: windows')
})
