import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { exportRulePage } from './rule-page'

const HERE = dirname(fileURLToPath(import.meta.url))
const REPO_ROOT = resolve(HERE, '../../..')
const SEED_RULE = readFileSync(join(REPO_ROOT, 'src/sigma/examples/psexec.yml'), 'utf8')

/** The seed page lives in shared/seed beside the checkout; absent on machines without it. */
function findSeedPage(): string | undefined {
  const dirs = [process.env.SIGMA_SHARED_DIR, resolve(REPO_ROOT, '..', 'shared'), '/work/shared']
    .filter((dir): dir is string => !!dir)
    .map((dir) => join(dir, 'seed'))
  for (const dir of dirs) {
    if (!existsSync(dir)) continue
    for (const name of readdirSync(dir)) {
      const text = readFileSync(join(dir, name), 'utf8')
      if (text.startsWith('| Title')) return text
    }
  }
  return undefined
}

function tableRows(page: string): [string, string][] {
  return page
    .split('\n')
    .filter((line) => line.startsWith('|') && !line.startsWith('|:'))
    .map((line) => {
      const cells = line.trim().replace(/^\||\|$/g, '').split(' | ')
      return [cells[0].trim(), cells.slice(1).join(' | ').trim()]
    })
}

const headings = (page: string) => page.split('\n').filter((line) => /^#{1,6} /.test(line))

/** Code blocks after each `### name` heading. */
function codeBlocks(page: string): Map<string, string> {
  const blocks = new Map<string, string>()
  for (const match of page.matchAll(/^### (.+)\n(?:[ \t]*\n)*(`{3,})[a-z]*\n([\s\S]*?)\n\2$/gm)) blocks.set(match[1], match[3])
  return blocks
}

/** The seed shows Python's repr of each output: `\n` for newlines, doubled backslashes, `\'`. */
function unescapeSeedDisplay(text: string): string {
  return text.replace(/\\(.)/g, (_all, c: string) => (c === 'n' ? '\n' : c))
}

describe('exportRulePage on the seed rule', () => {
  const seed = findSeedPage()

  it('has the seed page’s rows, sections and real translations', (ctx) => {
    if (!seed) return ctx.skip('seed page not found (needs ../shared/seed or SIGMA_SHARED_DIR)')
    const seedBlocks = codeBlocks(seed)
    const backends = [...seedBlocks.keys()].filter((name) => name !== 'Sigma rule')
    expect(backends).toEqual(['es-qs', 'xpack-watcher', 'graylog', 'splunk', 'logpoint', 'grep'])
    const translations = backends.map((backendId) => ({
      backendId,
      output: unescapeSeedDisplay(seedBlocks.get(backendId)!),
    }))
    const page = exportRulePage(SEED_RULE, translations)

    // Same rows in the same order, minus those that need ATC's knowledge base.
    const expectedRows = tableRows(seed).filter(([label]) => label !== 'Data Needed' && label !== 'Trigger')
    const rows = tableRows(page)
    expect(rows.map(([label]) => label)).toEqual(expectedRows.map(([label]) => label))
    for (const [index, [label, cell]] of rows.entries()) {
      // The seed lists attack.s0029 twice (a duplicate in its generator); we list each tag once.
      const expected = label === 'Other Tags' ? '<ul><li>attack.s0029</li></ul>' : expectedRows[index][1]
      expect(cell, label).toBe(expected)
    }

    expect(headings(page)).toEqual(headings(seed))

    // Real outputs: one query per line, not the escaped display form.
    const blocks = codeBlocks(page)
    expect(blocks.get('Sigma rule')).toBe(SEED_RULE.replace(/\n+$/, ''))
    expect(blocks.get('es-qs')!.split('\n')).toEqual([
      '(ServiceName:"PSEXESVC" AND ((EventID:"7045" AND ServiceFileName.keyword:*\\\\PSEXESVC.exe) OR EventID:"7036"))',
      '(Image.keyword:*\\\\PSEXESVC.exe AND User:"NT\\ AUTHORITY\\\\SYSTEM")',
    ])
    for (const { backendId, output } of translations) expect(blocks.get(backendId)).toBe(output.replace(/\n+$/, ''))
  })

  it('builds the seed table without any knowledge base rows', () => {
    const page = exportRulePage(SEED_RULE, [])
    expect(tableRows(page).map(([label]) => label)).toEqual([
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
    expect(page).toContain('| ATT&amp;CK Tactic    | <ul><li>[TA0002: Execution](https://attack.mitre.org/tactics/TA0002)</li></ul> |')
    expect(page).toContain(
      '| ATT&amp;CK Technique | <ul><li>[T1035: Service Execution](https://attack.mitre.org/techniques/T1035)</li></ul> |',
    )
  })
})

describe('exportRulePage on a small rule', () => {
  const rule = [
    'title: Evil <script>alert(1)</script> | pipe & co',
    'id: 5d6c1f5e-0000-4000-8000-000000000000',
    'status: test',
    'description: |',
    '    First line with *stars* and [a](javascript:alert(1))',
    '    Second line <img src=x onerror=alert(1)>',
    'references:',
    '    - https://example.com/a_b?x=1&y=(2)',
    '    - javascript:alert(1)',
    'author: Jane <jane@example.com>',
    'tags:',
    '    - attack.defense-evasion',
    '    - attack.command_and_control',
    '    - attack.t1059.001',
    '    - attack.t9999',
    '    - attack.g0032',
    '    - cve.2021-44228',
    '    - attack.g0032',
    'logsource:',
    '    product: windows',
    'detection:',
    '    sel:',
    "        CommandLine|contains: '```'",
    '    condition: sel',
    'level: high',
    '',
  ].join('\r\n')
  const page = exportRulePage(rule, [{ backendId: 'splunk', output: 'CommandLine="*```*"\nsecond query\n' }])
  const rows = new Map(tableRows(page))

  it('escapes HTML, pipes, Markdown and newlines in cells', () => {
    expect(rows.get('Title')).toBe('Evil &lt;script&gt;alert(1)&lt;/script&gt; &#124; pipe &amp; co')
    expect(rows.get('Description')).toBe(
      'First line with \\*stars\\* and \\[a\\](javascript:alert(1))<br>Second line &lt;img src=x onerror=alert(1)&gt;<br>',
    )
    expect(rows.get('Author')).toBe('Jane &lt;jane@example.com&gt;')
    // Outside code blocks (where text is literal) nothing can become a tag or a javascript: link.
    const table = page.slice(0, page.indexOf('## Detection Rules'))
    expect(table).not.toMatch(/<script|<img|[^\\]\]\(javascript:/)
    // Every table line still has exactly three cell borders.
    for (const line of page.split('\n').filter((l) => l.startsWith('| '))) expect(line.split('|')).toHaveLength(4)
  })

  it('links only http(s) references, with a safe target', () => {
    expect(rows.get('References')).toBe(
      '<ul><li>[https://example.com/a_b?x=1&amp;y=(2)](https://example.com/a_b?x=1&y=%282%29)</li><li>javascript:alert(1)</li></ul>',
    )
  })

  it('sorts tags into tactics, techniques and the rest', () => {
    expect(rows.get('ATT&amp;CK Tactic')).toBe(
      '<ul><li>[TA0005: Defense Evasion](https://attack.mitre.org/tactics/TA0005)</li>' +
        '<li>[TA0011: Command and Control](https://attack.mitre.org/tactics/TA0011)</li></ul>',
    )
    expect(rows.get('ATT&amp;CK Technique')).toBe(
      '<ul><li>[T1059.001: PowerShell](https://attack.mitre.org/techniques/T1059/001)</li>' +
        '<li>[T9999](https://attack.mitre.org/techniques/T9999)</li></ul>',
    )
    expect(rows.get('Other Tags')).toBe('<ul><li>attack.g0032</li><li>cve.2021-44228</li></ul>')
  })

  it('leaves out rows the rule has no value for', () => {
    expect(rows.has('False Positives')).toBe(false)
    expect([...rows.keys()]).toEqual([
      'Title',
      'Description',
      'ATT&amp;CK Tactic',
      'ATT&amp;CK Technique',
      'Severity Level',
      'Development Status',
      'References',
      'Author',
      'Other Tags',
    ])
  })

  it('fences code so backticks in the rule or output cannot close the block', () => {
    expect(page).toContain("````yaml\r\n".replace('\r', '') + rule.replace(/\r\n/g, '\n').replace(/\n+$/, '') + '\n````')
    expect(page).toContain('### splunk\n\n````\nCommandLine="*```*"\nsecond query\n````\n')
  })

  it('still produces a page for text that is not a rule', () => {
    const broken = exportRulePage('title: [unclosed', [])
    expect(broken.startsWith('| Title                |  |\n|:')).toBe(true)
    expect(broken).toContain('```yaml\ntitle: [unclosed\n```')
  })
})
