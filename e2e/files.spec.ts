// Files: drop or pick a rule file, download the rule and a translation, export the rule page.
import { expect, test, type Page } from '@playwright/test'
import { BACKEND_IDS, editorLines, openApp, readOutput, tab, waitForTranslations } from './app'
import { downloadFromMenu, downloadedRule, fileMenu, menuItem, notices, readDownload } from './share-helpers'

const DROPPED_RULE = `title: Dropped Certutil Download
id: 0d6a4e55-3c3a-4d0b-8a3b-7f2a1c9e5b11
status: test
description: Opened from a file dropped on the editor\r
logsource:
    category: process_creation
    product: windows
detection:
    selection:
        Image|endswith: '\\certutil.exe'
        CommandLine|contains: 'urlcache'
    condition: selection
level: medium
`

/** Drags a file over the editor and drops it, with the events a browser sends. */
async function dropFile(page: Page, name: string, content: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, content }) => {
      const dt = new DataTransfer()
      dt.items.add(new File([content], name, { type: 'application/yaml' }))
      return dt
    },
    { name, content },
  )
  const target = editorLines(page)
  await target.dispatchEvent('dragenter', { dataTransfer })
  await target.dispatchEvent('dragover', { dataTransfer })
  await expect(page.getByTestId('drop-overlay')).toBeVisible()
  await target.dispatchEvent('drop', { dataTransfer })
  await expect(page.getByTestId('drop-overlay')).toBeHidden()
}

test('a dropped .yml file opens byte for byte; the replaced rule can be restored', async ({ page }) => {
  await openApp(page)
  const seed = await downloadedRule(page)
  await dropFile(page, 'certutil.yml', DROPPED_RULE)
  await expect(editorLines(page)).toContainText('Dropped Certutil Download')
  await waitForTranslations(page)
  // CRLF on one line and all: the file's text exactly.
  expect(await downloadedRule(page)).toBe(DROPPED_RULE)
  expect(await readOutput(page, 'splunk')).toBe('(Image="*\\\\certutil.exe" CommandLine="*urlcache*")\n')
  await expect(notices(page).filter({ hasText: 'Opened “certutil.yml”' })).toBeVisible()

  // The seed rule was not real work, so there is nothing to restore; a second drop keeps the first.
  await dropFile(page, 'other.yaml', DROPPED_RULE.replace('Dropped Certutil', 'Second'))
  await expect(notices(page).filter({ hasText: 'previous work was kept' })).toBeVisible()
  await fileMenu(page).click()
  await menuItem(page, /Restore previous work/).click()
  await expect(editorLines(page)).toContainText('Dropped Certutil Download')
  expect(seed).toContain('PsExec Tool Execution')
})

test('a file that is not a rule is refused with a message and the rule stays', async ({ page }) => {
  await openApp(page)
  await dropFile(page, 'notes.txt', 'hello')
  await expect(page.getByRole('alert').filter({ hasText: 'The file could not be opened' })).toContainText('only .yml and .yaml')
  await expect(editorLines(page)).toContainText('PsExec Tool Execution')
})

test('the file picker opens a rule', async ({ page }) => {
  await openApp(page)
  await fileMenu(page).click()
  const chooser = page.waitForEvent('filechooser')
  await menuItem(page, /Open rule file/).click()
  await (await chooser).setFiles({ name: 'picked.yml', mimeType: 'application/yaml', buffer: Buffer.from(DROPPED_RULE) })
  await expect(editorLines(page)).toContainText('Dropped Certutil Download')
  expect(await downloadedRule(page)).toBe(DROPPED_RULE)
})

test('downloads: the rule named after its title, and each translation as shown in its tab', async ({ page }) => {
  await openApp(page)
  const rule = await downloadFromMenu(page, /Download rule/)
  expect(rule.name).toBe('psexec_tool_execution.yml')

  for (const id of ['splunk', 'xpack-watcher', 'grep'] as const) {
    const shown = await readOutput(page, id)
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: new RegExp(`Download the .* translation`) }).and(page.locator(':visible')).click()
    const file = await readDownload(await download)
    expect(file.text).toBe(shown)
    expect(file.name).toMatch(new RegExp(`^psexec_tool_execution\\.${id}\\.(txt|json|sh)$`))
  }
})

test('the rule page export has the seed page layout with the real translations', async ({ page }) => {
  await openApp(page)
  await tab(page, 'es-qs').click()
  const outputs = new Map<string, string>()
  for (const id of BACKEND_IDS) outputs.set(id, await readOutput(page, id))

  const { name, text } = await downloadFromMenu(page, /Export rule page/)
  expect(name).toBe('psexec_tool_execution.md')
  const rows = text
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('|:'))
    .map((line) => line.split(' | ')[0].replace(/^\|\s*/, '').trim())
  expect(rows).toEqual([
    'Title',
    'Description',
    'ATT&amp;CK Tactic',
    'ATT&amp;CK Technique',
    'Severity Level',
    'False Positives',
    'Development Status',
    'References',
    'Author',
    'Other Tags',
  ])
  expect(text).toContain('| Title                | PsExec Tool Execution')
  expect(text).toContain('### Sigma rule')
  // Every translation is there exactly, one query per line, as the tab shows it.
  for (const [id, output] of outputs) {
    expect(text).toContain(`### ${id}\n`)
    expect(text).toContain(output.trimEnd())
  }
})
