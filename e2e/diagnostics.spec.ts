// The Problems panel, markers and quick fixes, driven as a person would: typing in the editor,
// clicking rows and buttons, the keyboard (Ctrl/Cmd+Shift+M, Ctrl+.), a reload.
import { expect, test, type Locator, type Page } from '@playwright/test'
import { MOD, editorLines, openApp, pasteRule, waitForTranslations } from './app'

const CLEAN_RULE = `title: Whoami Execution
id: 5f2a9c1e-8b7d-4e3f-9a6b-1c2d3e4f5a6b
status: test
description: Detects whoami.
author: Playground
date: 2024-01-01
tags:
    - attack.discovery
logsource:
    category: process_creation
    product: windows
detection:
    selection:
        CommandLine|contains: whoami
    filter:
        User: SYSTEM
    condition: selection and not filter
level: low
`

/** No id, a repeated tag and '*x*' wildcards: three problems with mechanical fixes. */
const FIXABLE_RULE = `title: Whoami Execution
status: test
description: Detects whoami.
author: Playground
date: 2024-01-01
tags:
    - attack.discovery
    - attack.discovery
logsource:
    category: process_creation
    product: windows
detection:
    selection:
        CommandLine: '*whoami*'
    condition: selection
level: low
`

const problemsPanel = (page: Page) => page.getByRole('region', { name: 'Problems' })
const problemList = (page: Page) => problemsPanel(page).getByRole('list', { name: 'Problems in the rule' })
const problemRows = (page: Page) => problemsPanel(page).getByTestId('problem')
const row = (page: Page, code: string) => problemsPanel(page).locator(`[data-testid="problem"][data-code="${code}"]`)
const statusCounts = (page: Page) => page.getByTestId('diagnostic-counts')

/** The editor's text as the view shows it (the rules here are short enough to be fully rendered). */
async function editorText(page: Page): Promise<string> {
  return editorLines(page).evaluate((el) =>
    [...el.querySelectorAll<HTMLElement>('.view-line')]
      .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
      .map((line) => (line.textContent ?? '').replace(/\u00a0/g, ' '))
      .join('\n'),
  )
}

async function showRule(page: Page, text: string): Promise<void> {
  await pasteRule(page, text)
  await waitForTranslations(page)
}

/** Screen rectangle of `length` characters from 1-based `column` on the rendered line `lineText`. */
async function tokenBox(page: Page, lineText: string, column: number, length: number) {
  return editorLines(page).evaluate(
    (el, { lineText, column, length }) => {
      const line = [...el.querySelectorAll<HTMLElement>('.view-line')].find((l) => (l.textContent ?? '').replace(/\u00a0/g, ' ') === lineText)
      if (!line) return null
      const range = document.createRange()
      let offset = 0
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const len = node.textContent!.length
        if (offset <= column - 1 && column - 1 < offset + len) range.setStart(node, column - 1 - offset)
        if (offset < column - 1 + length && column - 1 + length <= offset + len) range.setEnd(node, column - 1 + length - offset)
        offset += len
      }
      const r = range.getBoundingClientRect()
      return { x: r.x, y: r.y, width: r.width, height: r.height }
    },
    { lineText, column, length },
  )
}

/** The squiggle under a token: same line, same start, same width (within a pixel or two). */
async function expectSquiggleUnder(page: Page, squiggles: Locator, lineText: string, column: number, length: number): Promise<void> {
  const token = await tokenBox(page, lineText, column, length)
  expect(token, `line '${lineText}' is rendered`).not.toBeNull()
  await expect(async () => {
    const boxes = (await squiggles.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect)))
    const match = boxes.find((b) => Math.abs(b.y - token!.y) < token!.height && Math.abs(b.x - token!.x) < 2 && Math.abs(b.width - token!.width) < 3)
    expect(match, `a squiggle at x=${token!.x.toFixed(0)} w=${token!.width.toFixed(0)} among ${JSON.stringify(boxes.map((b) => [Math.round(b.x), Math.round(b.y), Math.round(b.width)]))}`).toBeDefined()
  }).toPass({ timeout: 5_000 })
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png` })
}

test('a broken condition is underlined on the exact token and listed with its line and column', async ({ page }) => {
  await openApp(page)
  await showRule(page, CLEAN_RULE)
  await expect(problemsPanel(page).getByTestId('problems-empty')).toHaveText('No problems')
  await expect(statusCounts(page)).toContainText('0 errors')

  // Type a second 'or' into the condition, as a person would.
  await editorLines(page).locator('.view-line', { hasText: 'condition:' }).click()
  await page.keyboard.press('End')
  await page.keyboard.type(' or or selection')
  await page.keyboard.press('Escape')
  await waitForTranslations(page)

  const lineText = '    condition: selection and not filter or or selection'
  const column = lineText.indexOf('or or') + 1 + 3 // the second 'or'
  const problem = row(page, 'condition-syntax')
  await expect(problem).toHaveCount(1)
  await expect(problem).toHaveAttribute('data-line', '17')
  await expect(problem).toHaveAttribute('data-column', String(column))
  await expect(problem.getByTestId('problem-location')).toContainText(`17:${column}`)
  await expect(problem).toContainText("Expected a search identifier, found 'or'")
  await expect(statusCounts(page)).toContainText('1 error')
  await expectSquiggleUnder(page, page.locator('.monaco-editor .squiggly-error'), lineText, column, 2)

  // A misspelt identifier instead: Enter on its row (reached with the keyboard) selects it in the editor.
  await showRule(page, CLEAN_RULE.replace('and not filter', 'and not fliter'))
  const typo = row(page, 'undefined-identifier')
  const typoLine = '    condition: selection and not fliter'
  await expect(typo).toHaveAttribute('data-line', '17')
  await expect(typo).toHaveAttribute('data-column', String(typoLine.indexOf('fliter') + 1))
  await expectSquiggleUnder(page, page.locator('.monaco-editor .squiggly-error'), typoLine, typoLine.indexOf('fliter') + 1, 'fliter'.length)
  // The unused 'filter' (line 15) comes first: rows are sorted by position.
  await expect(problemRows(page)).toHaveCount(2)
  await expect(problemRows(page).nth(0)).toHaveAttribute('data-code', 'dangling-detection')

  await page.keyboard.press(`${MOD}+Shift+M`)
  await expect(problemList(page).locator('.problem-main').first()).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(typo.locator('.problem-main')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('.monaco-editor')).toHaveClass(/\bfocused\b/)
  // The selection is the token: typing replaces exactly it.
  await page.keyboard.type('filter')
  await page.keyboard.press('Escape')
  await waitForTranslations(page)
  await expect(problemsPanel(page).getByTestId('problems-empty')).toBeVisible()
  expect(await editorText(page)).toContain('    condition: selection and not filter\n')
})

test('quick fixes: from the panel button (one undo step) and from the editor with Ctrl+.', async ({ page }) => {
  await openApp(page)
  await showRule(page, FIXABLE_RULE)
  await expect(problemRows(page)).toHaveCount(3)

  // Generate a UUID for the id.
  await row(page, 'missing-id').getByRole('button', { name: 'Quick fix: Generate a UUID for id' }).click()
  await expect.poll(() => editorText(page)).toMatch(/^title: Whoami Execution\nid: [0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\nstatus: test\n/)
  await waitForTranslations(page)
  await expect(row(page, 'missing-id')).toHaveCount(0)
  // One Ctrl+Z takes the whole fix back.
  await editorLines(page).click()
  await page.keyboard.press(`${MOD}+Z`)
  await expect.poll(() => editorText(page)).toMatch(/^title: Whoami Execution\nstatus: test\n/)
  await waitForTranslations(page)
  await row(page, 'missing-id').getByRole('button', { name: /^Quick fix/ }).click()
  await waitForTranslations(page)

  // Remove the repeated tag.
  await row(page, 'duplicate-tag').getByRole('button', { name: "Quick fix: Remove duplicate tag 'attack.discovery'" }).click()
  await expect.poll(async () => (await editorText(page)).match(/- attack\.discovery/g)?.length).toBe(1)
  await waitForTranslations(page)
  await expect(row(page, 'duplicate-tag')).toHaveCount(0)

  // '*whoami*' -> |contains, through Monaco's quick-fix menu: go to the problem, press Ctrl+.
  await row(page, 'wildcards-instead-of-modifier').locator('.problem-main').click()
  await expect(page.locator('.monaco-editor')).toHaveClass(/\bfocused\b/)
  await page.keyboard.press(`${MOD}+.`)
  const menu = page.locator('.action-widget')
  await expect(menu).toBeVisible()
  await expect(menu).toContainText("Use '|contains'")
  await expect(menu).toContainText("Disable check 'wildcards-instead-of-modifier'")
  await screenshot(page, 'problems-quick-fix-menu')
  // The preferred fix is the highlighted first item: Enter applies it.
  await expect(menu.locator('.focused')).toContainText("Use '|contains'")
  await page.keyboard.press('Enter')
  await expect.poll(() => editorText(page)).toContain("        CommandLine|contains: 'whoami'\n")
  await waitForTranslations(page)
  await expect(problemsPanel(page).getByTestId('problems-empty')).toBeVisible()
  await expect(statusCounts(page)).toContainText('0 errors')
  await expect(statusCounts(page)).toContainText('0 warnings')
})

test('a switched-off check stays off after a reload and can be switched back on', async ({ page }) => {
  await openApp(page)
  await showRule(page, FIXABLE_RULE)
  await row(page, 'duplicate-tag').getByRole('button', { name: 'Disable check duplicate-tag' }).click()
  await expect(row(page, 'duplicate-tag')).toHaveCount(0)
  // The focus moves on to the row now at that place, not to the page body.
  await expect(problemList(page).locator('.problem-main').nth(1)).toBeFocused()
  const disabled = problemsPanel(page).getByRole('group', { name: 'Disabled checks' })
  await expect(disabled.getByRole('button', { name: 'Enable check duplicate-tag' })).toBeVisible()

  // The editor's quick-fix menu switches a check off too.
  await row(page, 'missing-id').locator('.problem-main').click()
  await page.keyboard.press(`${MOD}+.`)
  const menu = page.locator('.action-widget')
  await expect(menu.locator('.focused')).toContainText('Generate a UUID for id')
  await page.keyboard.press('ArrowDown')
  await expect(menu.locator('.focused')).toContainText("Disable check 'missing-id'")
  await page.keyboard.press('Enter')
  await expect(row(page, 'missing-id')).toHaveCount(0)
  await expect(disabled.getByRole('button', { name: 'Enable check missing-id' })).toBeVisible()

  await openApp(page) // a reload
  await showRule(page, FIXABLE_RULE)
  await expect(problemRows(page)).toHaveCount(1)
  await expect(row(page, 'wildcards-instead-of-modifier')).toHaveCount(1)
  await expect(disabled.getByRole('button', { name: /^Enable check/ })).toHaveCount(2)

  await disabled.getByRole('button', { name: 'Enable check duplicate-tag' }).click()
  await expect(row(page, 'duplicate-tag')).toHaveCount(1)
  await disabled.getByRole('button', { name: 'Enable check missing-id' }).click()
  await expect(row(page, 'missing-id')).toHaveCount(1)
  await expect(disabled).toHaveCount(0)

  // "Enable all" with several off.
  await row(page, 'duplicate-tag').getByRole('button', { name: 'Disable check duplicate-tag' }).click()
  await row(page, 'missing-id').getByRole('button', { name: 'Disable check missing-id' }).click()
  await problemsPanel(page).getByRole('button', { name: 'Enable all' }).click()
  await expect(problemRows(page)).toHaveCount(3)
  await openApp(page) // a reload
  await expect(problemsPanel(page).getByRole('group', { name: 'Disabled checks' })).toHaveCount(0)
})

test('the panel opens and closes from the status bar and with Ctrl/Cmd+Shift+M (kept across a reload)', async ({ page }) => {
  await openApp(page)
  await showRule(page, FIXABLE_RULE)
  await expect(problemsPanel(page)).toBeVisible()
  await expect(statusCounts(page)).toHaveAttribute('aria-expanded', 'true')
  await expect(statusCounts(page)).toContainText('0 errors')
  await expect(statusCounts(page)).toContainText('2 warnings')
  await expect(problemsPanel(page).getByTestId('problems-counts')).toContainText('0 errors')
  await expect(problemsPanel(page).getByTestId('problems-counts')).toContainText('2 warnings')
  await expect(problemsPanel(page).getByTestId('problems-counts')).toContainText('1 note')

  await statusCounts(page).click()
  await expect(problemsPanel(page)).toHaveCount(0)
  await expect(statusCounts(page)).toHaveAttribute('aria-expanded', 'false')
  await openApp(page) // a reload
  await expect(problemsPanel(page)).toHaveCount(0)

  // From the editor: the shortcut opens the panel with the focus in the list, again closes it.
  await editorLines(page).click()
  await page.keyboard.press(`${MOD}+Shift+M`)
  await expect(problemsPanel(page)).toBeVisible()
  await expect(problemList(page).locator('.problem-main').first()).toBeFocused()
  await page.keyboard.press(`${MOD}+Shift+M`)
  await expect(problemsPanel(page)).toHaveCount(0)
  await expect(page.locator('.monaco-editor')).toHaveClass(/\bfocused\b/)
  await statusCounts(page).click()
  await expect(problemsPanel(page)).toBeVisible()

  // The divider between editor and problems resizes with the keyboard.
  const divider = page.getByRole('separator', { name: 'Divider between editor and problems' })
  const before = Number(await divider.getAttribute('aria-valuenow'))
  await divider.focus()
  await page.keyboard.press('ArrowUp')
  await expect(divider).toHaveAttribute('aria-valuenow', String(before - 2))
})

for (const scheme of ['light', 'dark'] as const) {
  test(`screenshot: the panel with problems (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await openApp(page)
    await showRule(page, FIXABLE_RULE.replace('condition: selection', 'condition: selection and fliter'))
    await expect(problemRows(page)).toHaveCount(4)
    await row(page, 'duplicate-tag').getByRole('button', { name: 'Disable check duplicate-tag' }).click()
    await expect(problemRows(page)).toHaveCount(3)
    await page.mouse.move(0, 0)
    await problemRows(page).first().locator('.problem-main').focus()
    await screenshot(page, `problems-${scheme}`)
  })
}
