// `sigma-playground check [--json] [--summary] [--exclude CODE,...] PATH...`
// Validates rule files (folders are searched for *.yml / *.yaml) and prints one line per problem.
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { listChecks, validateRuleFiles, type RuleFile, type ValidationDiagnostic } from '../../sigma/validate'
import { lineColumn, lineStarts } from '../../sigma/validate/text-util'

const HELP = `usage: sigma-playground check [options] PATH...

Prints the problems in Sigma rule files as 'file:line:col severity code message'.
Folders are searched recursively for *.yml and *.yaml files.
  --json               one JSON object per problem per line: {file, line, column, endLine, endColumn, severity, code, message, fix?}
  --exclude CODE[,..]  drop these codes (may be repeated)
  --summary            print the number of problems per code after the list
  --list-codes         print every code with its default severity and exit
Exit status: 1 if any error was found, 2 on bad usage, 0 otherwise.
`

async function collectFiles(path: string, out: string[]): Promise<void> {
  const info = await stat(path)
  if (info.isFile()) {
    out.push(path)
    return
  }
  const entries = await readdir(path, { withFileTypes: true })
  entries.sort((a, b) => a.name.localeCompare(b.name))
  for (const entry of entries) {
    const child = join(path, entry.name)
    if (entry.isDirectory()) await collectFiles(child, out)
    else if (/\.ya?ml$/i.test(entry.name)) out.push(child)
  }
}

export async function run(args: string[]): Promise<number> {
  let json = false
  let summary = false
  const excluded: string[] = []
  const paths: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(HELP)
      return 0
    } else if (arg === '--list-codes') {
      process.stdout.write(listChecks().map((c) => `${c.code.padEnd(30)} ${c.severity.padEnd(8)} ${c.summary}`).join('\n') + '\n')
      return 0
    } else if (arg === '--json') json = true
    else if (arg === '--summary') summary = true
    else if (arg === '--exclude') excluded.push(...(args[++i] ?? '').split(','))
    else if (arg.startsWith('--exclude=')) excluded.push(...arg.slice('--exclude='.length).split(','))
    else if (arg.startsWith('-') && arg !== '-') {
      process.stderr.write(`check: unknown option '${arg}'\n\n${HELP}`)
      return 2
    } else paths.push(arg)
  }
  if (paths.length === 0) {
    process.stderr.write(`check: no files or folders given\n\n${HELP}`)
    return 2
  }
  const filePaths: string[] = []
  for (const path of paths) {
    try {
      await collectFiles(path, filePaths)
    } catch (error) {
      process.stderr.write(`check: cannot read '${path}': ${(error as Error).message}\n`)
      return 2
    }
  }
  const files: RuleFile[] = await Promise.all(filePaths.map(async (path) => ({ path, text: await readFile(path, 'utf8') })))
  const results = validateRuleFiles(files, { disabled: excluded.map((c) => c.trim()).filter(Boolean) })
  const counts = new Map<string, number>()
  let errors = 0
  const out: string[] = []
  for (const file of files) {
    const diagnostics = results.get(file.path) ?? []
    if (diagnostics.length === 0) continue
    const starts = lineStarts(file.text)
    for (const d of diagnostics) {
      counts.set(d.code, (counts.get(d.code) ?? 0) + 1)
      if (d.severity === 'error') errors++
      out.push(json ? jsonLine(file.path, starts, d) : textLine(file.path, starts, d))
    }
    if (out.length > 500) {
      process.stdout.write(out.join(''))
      out.length = 0
    }
  }
  process.stdout.write(out.join(''))
  if (summary) {
    const lines = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([code, n]) => `${String(n).padStart(6)}  ${code}`)
    const total = [...counts.values()].reduce((a, b) => a + b, 0)
    process.stdout.write(`\n${files.length} files, ${total} problems (${errors} errors)\n${lines.join('\n')}${lines.length ? '\n' : ''}`)
  }
  return errors > 0 ? 1 : 0
}

function textLine(path: string, starts: number[], d: ValidationDiagnostic): string {
  const { line, column } = lineColumn(starts, d.range.start)
  return `${path}:${line}:${column} ${d.severity} ${d.code} ${d.message}\n`
}

function jsonLine(path: string, starts: number[], d: ValidationDiagnostic): string {
  const start = lineColumn(starts, d.range.start)
  const end = lineColumn(starts, d.range.end)
  return JSON.stringify({
    file: path, line: start.line, column: start.column, endLine: end.line, endColumn: end.column,
    severity: d.severity, code: d.code, message: d.message, ...(d.fix ? { fix: d.fix } : {}),
  }) + '\n'
}
