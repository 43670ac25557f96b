// `sigma-playground convert --target ID [--format text|jsonl] FILE...`
import { readFile } from 'node:fs/promises'
import { listBackends } from '../../sigma'
import { findBackend } from '../../sigma/backends'
import { renderRule } from '../../sigma/convert/convert'
import { prepareRule } from '../../sigma/convert/prepare'

const HELP = `usage: sigma-playground convert --target ID [--format text|jsonl] FILE...
       sigma-playground convert --list-targets

Prints, for each rule file, exactly what the playground's tab for that backend shows.
  --target, -t ID     backend id (see --list-targets)
  --format text       the queries only (default); errors go to stderr
  --format jsonl      one JSON object per file: {"file", "output"} or {"file", "error"}
`

export async function run(args: string[]): Promise<number> {
  let target: string | undefined
  let formatName = 'text'
  const files: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(HELP)
      return 0
    } else if (arg === '--list-targets') {
      process.stdout.write(listBackends().map((b) => b.id).join('\n') + '\n')
      return 0
    } else if (arg === '--target' || arg === '-t') target = args[++i]
    else if (arg.startsWith('--target=')) target = arg.slice('--target='.length)
    else if (arg === '--format' || arg === '-f') formatName = args[++i] ?? ''
    else if (arg.startsWith('--format=')) formatName = arg.slice('--format='.length)
    else if (arg.startsWith('-') && arg !== '-') {
      process.stderr.write(`convert: unknown option '${arg}'\n\n${HELP}`)
      return 2
    } else files.push(arg)
  }
  if (!target) {
    process.stderr.write(`convert: --target is required\n\n${HELP}`)
    return 2
  }
  const backend = findBackend(target)
  if (!backend) {
    process.stderr.write(`convert: unknown target '${target}'. Known targets: ${listBackends().map((b) => b.id).join(', ')}\n`)
    return 2
  }
  if (formatName !== 'text' && formatName !== 'jsonl') {
    process.stderr.write(`convert: unknown format '${formatName}' (use text or jsonl)\n`)
    return 2
  }
  if (files.length === 0) {
    process.stderr.write(`convert: no rule files given\n\n${HELP}`)
    return 2
  }
  let failures = 0
  const out: string[] = []
  const flush = () => {
    if (out.length) process.stdout.write(out.join(''))
    out.length = 0
  }
  for (const file of files) {
    let text: string
    try {
      text = await readFile(file, 'utf8')
    } catch (error) {
      failures++
      const message = `cannot read '${file}': ${(error as NodeJS.ErrnoException).code ?? String(error)}`
      if (formatName === 'jsonl') out.push(JSON.stringify({ file, error: message }) + '\n')
      else process.stderr.write(`convert: ${message}\n`)
      continue
    }
    const result = renderRule(prepareRule(text, backend.reference), backend)
    if (formatName === 'jsonl') {
      out.push(JSON.stringify(result.ok ? { file, output: result.output } : { file, error: result.error }) + '\n')
      if (!result.ok) failures++
    } else if (result.ok) {
      out.push(result.output)
      for (const warning of result.warnings ?? []) process.stderr.write(`${file}: warning: ${warning.message}\n`)
    }
    else {
      failures++
      flush()
      process.stderr.write(`${file}: ${result.error}\n`)
    }
    if (out.length > 256) flush()
  }
  flush()
  return failures > 0 ? 1 : 0
}
