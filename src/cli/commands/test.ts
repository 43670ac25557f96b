// `sigma-playground test [--json] [--placeholders FILE] RULE EVENTS`
// Evaluates a rule file against events (JSON, JSON array, NDJSON or Windows event XML) and prints
// the matching events with the reason they matched.
import { readFile } from 'node:fs/promises'
import type { Diagnostic } from '../../sigma/api-types'
import { parseEventsInput, type ParsedEvent } from '../../sigma/events'
import { lineColumn, lineStarts } from '../../sigma/validate/text-util'
import { compileRule, EventView, matchEvent, type CompileResult, type ConditionTrace, type MatchExplanation } from '../../sigma/match'

const HELP = `usage: sigma-playground test [options] RULE EVENTS

Evaluates the Sigma rule file RULE against the events in EVENTS ('-' reads standard input): one JSON
object, a JSON array, NDJSON, Windows event XML (<Event> or <Events>) or EVTX-dump JSON.
  --json                 print one JSON object: {rule, events, diagnostics, eventErrors, matches}
  --placeholders FILE    JSON object of |expand placeholder values: {"name": ["value", ...]}
Exit status: 0 when the inputs were read (whether or not anything matched), 1 on input errors
(unreadable file, rule errors, events that could not be parsed), 2 on bad usage.
`

function lineOf(text: string, offset: number): number {
  return lineColumn(lineStarts(text), offset).line
}

function formatDiagnostic(file: string, text: string, d: Diagnostic): string {
  return `${file}:${lineOf(text, d.range.start)}: ${d.severity} ${d.code}: ${d.message}`
}

async function readInput(path: string): Promise<string> {
  if (path !== '-') return readFile(path, 'utf8')
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

function describeTrace(trace: ConditionTrace, ruleText: string): string {
  const text = ruleText.slice(trace.range.start, trace.range.end)
  return `${text} → ${trace.result}`
}

function formatValue(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value)
}

function printMatch(event: ParsedEvent, index: number, explanation: MatchExplanation, ruleText: string, out: string[]): void {
  out.push(`event #${index} (line ${event.line}): matches document ${explanation.documentIndex}, condition ${describeTrace(explanation.condition, ruleText)}`)
  for (const selection of explanation.selections) {
    out.push(`  ${selection.matched ? '✓' : '✗'} ${selection.name} (line ${lineOf(ruleText, selection.nameRange.start)})`)
    if (!selection.matched) continue
    for (const field of selection.fields) {
      const name = field.field ?? `(keyword in ${field.eventField ?? '?'})`
      const key = [name, ...field.modifiers].join('|')
      out.push(`      ${key}: ${formatValue(field.eventValue)} ~ ${field.ruleValue === undefined ? '' : JSON.stringify(field.ruleValue)} (line ${lineOf(ruleText, field.range.start)})`)
    }
  }
}

interface Inputs {
  json: boolean
  placeholdersPath?: string
  rulePath: string
  eventsPath: string
}

function parseArgs(args: string[]): Inputs | string | null {
  let json = false
  let placeholdersPath: string | undefined
  const positional: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (arg === '--help' || arg === '-h') return null
    if (arg === '--json') json = true
    else if (arg === '--placeholders') placeholdersPath = args[++i]
    else if (arg.startsWith('--placeholders=')) placeholdersPath = arg.slice('--placeholders='.length)
    else if (arg.startsWith('-') && arg !== '-') return `unknown option '${arg}'`
    else positional.push(arg)
  }
  if (positional.length !== 2) return 'expected a rule file and an events file'
  return { json, placeholdersPath, rulePath: positional[0], eventsPath: positional[1] }
}

export async function run(args: string[]): Promise<number> {
  const inputs = parseArgs(args)
  if (inputs === null) {
    process.stdout.write(HELP)
    return 0
  }
  if (typeof inputs === 'string') {
    process.stderr.write(`test: ${inputs}\n\n${HELP}`)
    return 2
  }
  let ruleText: string
  let eventsText: string
  let placeholders: Record<string, string | string[]> = {}
  try {
    ruleText = await readInput(inputs.rulePath)
    eventsText = await readInput(inputs.eventsPath)
    if (inputs.placeholdersPath) placeholders = JSON.parse(await readFile(inputs.placeholdersPath, 'utf8')) as typeof placeholders
  } catch (error) {
    process.stderr.write(`test: ${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  }
  const compiled: CompileResult = compileRule(ruleText, { placeholders })
  const parsed = parseEventsInput(eventsText)
  const matches = parsed.events.flatMap((event, index) => {
    const result = matchEvent(compiled, new EventView(event.fields))
    return result.matched && result.explanation ? [{ index, line: event.line, documentIndex: result.documentIndex, explanation: result.explanation }] : []
  })
  const ruleErrors = compiled.diagnostics.filter((d) => d.severity === 'error')
  const failed = ruleErrors.length > 0 || parsed.errors.length > 0
  const first = compiled.rules[0]
  if (inputs.json) {
    const output = {
      rule: { file: inputs.rulePath, title: first?.title ?? null, author: first?.author ?? null, documents: compiled.rules.length },
      events: { file: inputs.eventsPath, format: parsed.format, count: parsed.events.length },
      diagnostics: compiled.diagnostics.map((d) => ({ ...d, line: lineOf(ruleText, d.range.start) })),
      eventErrors: parsed.errors,
      matches,
    }
    process.stdout.write(JSON.stringify(output, null, 2) + '\n')
    return failed ? 1 : 0
  }
  for (const d of compiled.diagnostics) process.stderr.write(formatDiagnostic(inputs.rulePath, ruleText, d) + '\n')
  for (const e of parsed.errors) process.stderr.write(`${inputs.eventsPath}:${e.line}: error: ${e.message}\n`)
  const out: string[] = []
  // The Detection Rule License asks for the author wherever matches of a rule are shown.
  out.push(`rule: ${first?.title ?? inputs.rulePath}${first?.author ? ` (author: ${first.author})` : ''}`)
  out.push(`${matches.length} of ${parsed.events.length} events match`)
  for (const match of matches) printMatch(parsed.events[match.index], match.index, match.explanation, ruleText, out)
  process.stdout.write(out.join('\n') + '\n')
  return failed ? 1 : 0
}

