import { expect, test } from '@playwright/test'
import { BACKEND_IDS, focusEditorAtEnd, pasteRule, openApp, outputText, panel, readOutput, tab, waitForTranslations } from './app'
import { hasGoldenOutputs, readGolden } from './golden'

test('the seed rule is translated by every backend exactly as the golden files say', async ({ page }) => {
  test.skip(!hasGoldenOutputs(), 'golden outputs (src/sigma/backends/__golden__) are not in the tree yet')
  await openApp(page)

  await expect(page.getByRole('tab')).toHaveText([...BACKEND_IDS])
  for (const id of BACKEND_IDS) {
    await tab(page, id).click()
    await expect(tab(page, id)).toHaveAttribute('aria-selected', 'true')
    await expect(panel(page, id)).toBeVisible()
    expect(await readOutput(page, id), `${id} translation`).toBe(readGolden(id))
  }
})

test('typing in the editor updates every tab', async ({ page }) => {
  await openApp(page)
  const before = new Map<string, string>()
  for (const id of BACKEND_IDS) before.set(id, await readOutput(page, id))

  // The seed ends with the sysmon selection; add one more field to it, key by key.
  const marker = 'zzplaygroundmarker'
  await focusEditorAtEnd(page)
  await page.keyboard.type(`        CommandLine: ${marker}`, { delay: 15 })
  await waitForTranslations(page)

  for (const id of BACKEND_IDS) {
    const after = await readOutput(page, id)
    expect(after, `${id} changed`).not.toBe(before.get(id))
    expect(after, `${id} mentions the new value`).toContain(marker)
  }
})

test('invalid YAML shows the error in the tab and a marker in the editor', async ({ page }) => {
  await openApp(page)
  const lineCount = (await page.evaluate(() => document.querySelectorAll('.monaco-editor .view-line').length))
  expect(lineCount).toBeGreaterThan(0)

  // "a: b: c" is not valid YAML (a nested mapping cannot start on the same line).
  await focusEditorAtEnd(page)
  await page.keyboard.type('        broken: a: b')
  await waitForTranslations(page)

  for (const id of BACKEND_IDS) {
    await tab(page, id).click()
    const error = panel(page, id).getByTestId('output-error')
    await expect(error).toBeVisible()
    await expect(error.getByRole('alert')).toContainText(`No ${id} translation`)
    // The last good translation is only offered dimmed and labelled outdated, never as the output.
    await expect(outputText(page, id)).toHaveCount(0)
    await expect(panel(page, id).getByTestId('stale-output')).toBeVisible()
    await expect(panel(page, id).getByText(/outdated/i)).toBeVisible()
    await expect(panel(page, id).getByRole('button', { name: /^Copy/ })).toBeDisabled()
  }
  await expect(tab(page, 'es-qs')).toHaveAttribute('data-state', 'error')

  // The squiggle sits on the line we broke: the last one.
  const squiggle = page.locator('.monaco-editor .squiggly-error').first()
  await expect(squiggle).toBeVisible()
  const lastLine = page.locator('.monaco-editor .view-line').filter({ hasText: 'broken: a: b' })
  const [squiggleBox, lineBox] = [await squiggle.boundingBox(), await lastLine.boundingBox()]
  expect(squiggleBox && lineBox && Math.abs(squiggleBox.y - lineBox.y) < lineBox.height).toBeTruthy()

  // The location link in the tab names that line and moves the caret there.
  await panel(page, 'grep').getByRole('button', { name: /^line \d+/ }).first().click()
  await expect(page.getByTestId('statusbar')).toContainText(/Ln \d+, Col \d+/)
  await expect(page.getByTestId('diagnostic-counts')).not.toContainText('0 errors')

  // Undo the breakage: translations come back.
  await focusEditorAtEnd(page)
  await page.keyboard.press('Shift+Home')
  await page.keyboard.press('Backspace')
  await waitForTranslations(page)
  await tab(page, 'es-qs').click()
  await expect(outputText(page, 'es-qs')).toBeVisible()
  await expect(page.locator('.monaco-editor .squiggly-error')).toHaveCount(0)
})

test('a rule some backends cannot express: those tabs explain why, the others translate', async ({ page }) => {
  await openApp(page)
  await pasteRule(
    page,
    ['title: Regex rule', 'logsource:', '    product: windows', 'detection:', '    sel:', "        CommandLine|re: 'a.*b'", '    condition: sel', ''].join('\n'),
  )
  await waitForTranslations(page)

  await tab(page, 'es-qs').click()
  await expect(outputText(page, 'es-qs')).toContainText('a.*b')
  await expect(tab(page, 'es-qs')).toHaveAttribute('data-state', 'ok')

  await tab(page, 'splunk').click()
  await expect(tab(page, 'splunk')).toHaveAttribute('data-state', 'error')
  const alert = panel(page, 'splunk').getByRole('alert')
  await expect(alert).toContainText(/regular expression/i)
  await alert.getByRole('button', { name: /^line 6, col \d+$/ }).click()
  await expect(page.getByTestId('statusbar')).toContainText('Ln 6,')
  await expect(page.locator('.monaco-editor .squiggly-error').first()).toBeVisible()
  // One problem names every backend that fails for this reason, not one row per backend.
  const problems = page.getByRole('region', { name: 'Problems' }).getByTestId('problem')
  await expect(problems.filter({ hasText: 'regular expressions' })).toHaveCount(1)
  await expect(problems.filter({ hasText: 'regular expressions' })).toContainText(/^.*graylog, splunk, logpoint, grep cannot express regular expressions/)
})

test('"Load example" brings back the seed rule and its translations', async ({ page }) => {
  await openApp(page)
  const original = await readOutput(page, 'logpoint')
  const loadExample = page.getByRole('button', { name: 'Load example' })
  await expect(loadExample).toBeDisabled()

  await pasteRule(page, 'title: other\n')
  await waitForTranslations(page)
  await expect(loadExample).toBeEnabled()
  await loadExample.click()
  await waitForTranslations(page)
  expect(await readOutput(page, 'logpoint')).toBe(original)
  await expect(loadExample).toBeDisabled()
})
