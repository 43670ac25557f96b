// sigma-playground: one binary, one module per subcommand (src/cli/commands/<name>.ts exports `run`).
import { pathToFileURL } from 'node:url'

type Command = (args: string[]) => Promise<number>

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: Command }> }> = {
  convert: { summary: 'convert rule files to a backend query', load: () => import('./commands/convert') },
  check: { summary: 'print diagnostics for rule files or folders', load: () => import('./commands/check') },
  test: { summary: 'evaluate a rule against sample events', load: () => import('./commands/test') },
}

function usage(): string {
  const lines = ['usage: sigma-playground <command> [options]', '', 'commands:']
  for (const [name, { summary }] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(8)} ${summary}`)
  lines.push('', "Run 'sigma-playground <command> --help' for a command's options.")
  return lines.join('\n') + '\n'
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(usage())
    return name ? 0 : 2
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
  if (!command) {
    process.stderr.write(`sigma-playground: unknown command '${name}'\n\n${usage()}`)
    return 2
  }
  const { run } = await command.load()
  return run(rest)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href || process.env.SIGMA_PLAYGROUND_BIN === '1') {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      process.stderr.write(`sigma-playground: ${error instanceof Error ? error.message : String(error)}\n`)
      process.exitCode = 1
    },
  )
}
