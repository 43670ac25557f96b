// Value checks on plain Sigma strings: `**`, numbers in quotes, control characters from a single
// backslash in double quotes, wildcards where a modifier says it better, escaped wildcards.
import type { SourceRange } from '../../api-types'
import type { YScalar } from '../../parse/yaml-tree'
import type { Reporter } from '../reporter'
import type { DetectionItem, RuleContext } from '../rule-model'
import { parseSigmaString } from '../../value/sigma-string'
import type { TextEdit } from '../types'
import { mapValueOffsets, mappedRange } from '../text-util'

/** Modifiers after which a value is no longer a Sigma string with wildcards. */
const NON_STRING = new Set(['re', 'cidr', 'exists', 'lt', 'lte', 'gt', 'gte', 'fieldref', 'minute', 'hour', 'day', 'week', 'month', 'year'])

export function checkValues(ctx: RuleContext, r: Reporter): void {
  for (const item of ctx.detection?.items ?? []) {
    for (const v of item.values) checkControlCharacters(ctx.text, v, r)
    if (item.modifiers.some((m) => NON_STRING.has(m.name))) continue
    for (const v of item.values) {
      if (v.type !== 'str') continue
      checkWildcards(ctx.text, v, r)
      if (item.modifiers.length === 0) checkNumberAsString(ctx.text, v, r)
    }
    checkWildcardsInsteadOfModifiers(ctx.text, item, r)
  }
}

function checkWildcards(text: string, v: YScalar, r: Reporter): void {
  if (!v.text.includes('*') && !v.text.includes('\\')) return // fast path: most values are plain
  const parts = parseSigmaString(v.text)
  let offsets: number[] | undefined
  const range = (start: number, end: number): SourceRange => mappedRange((offsets ??= mapValueOffsets(v.text, text, v.range)), start, end)
  const isStar = (i: number) => parts[i]?.kind === 'wildcard' && (parts[i] as { char: string }).char === '*'
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]
    if (isStar(i) && isStar(i + 1)) {
      let end = i + 1
      while (isStar(end + 1)) end++
      const at = range(p.start, parts[end].end)
      const fix = text.slice(at.start, at.end) === '*'.repeat(end - i + 1) ? { title: "Replace with a single '*'", edits: [{ range: at, newText: '*' }] } : undefined
      r.report('double-wildcard', at, "'**' matches the same as '*': use a single wildcard.", { fix })
      i = end
      continue
    }
    if (p.kind === 'escaped-wildcard') {
      r.report('escaped-wildcard', range(p.start, p.end), `'\\${p.char}' matches a literal '${p.char}', not any text: make sure that is intended (use '\\\\${p.char}' for a backslash followed by a wildcard).`)
    }
  }
}

function checkNumberAsString(text: string, v: YScalar, r: Reporter): void {
  const quote = text[v.range.start]
  if ((quote !== "'" && quote !== '"') || !/^(0|-?[1-9]\d{0,15})$/.test(v.text)) return
  r.report('number-as-string', v.range, `'${v.text}' is a number written as text: drop the quotes so backends compare it as a number.`, {
    fix: { title: 'Remove the quotes', edits: [{ range: v.range, newText: v.text }] },
  })
}

const ESCAPE_NAMES: Record<string, string> = { t: 'a tab', n: 'a line break', r: 'a carriage return', b: 'a backspace', f: 'a form feed', v: 'a vertical tab', a: 'a bell', e: 'an escape', '0': 'a NUL' }

function checkControlCharacters(text: string, v: YScalar, r: Reporter): void {
  if (text[v.range.start] !== '"' || !/[\x00-\x08\x0b-\x1f\t\n]/.test(v.text)) return
  const raw = text.slice(v.range.start + 1, v.range.end - 1)
  const re = /\\([tnrbfvae0])/g
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    // A real escape only if the backslash is not itself escaped.
    const before = /\\*$/.exec(raw.slice(0, m.index))![0].length
    if (before % 2 === 1) continue
    const start = v.range.start + 1 + m.index
    // Single quotes keep backslashes literally, which is what a Windows path needs.
    const canQuote = !/\\[\\"]/.test(raw) && !raw.includes('\n')
    r.report('control-character', { start, end: start + 2 }, `'\\${m[1]}' in double quotes is ${ESCAPE_NAMES[m[1]]}, not a backslash and '${m[1]}': use single quotes for paths ('C:\\${m[1]}...') or write '\\\\${m[1]}'.`, {
      fix: canQuote ? { title: 'Use single quotes (backslashes stay literal)', edits: [{ range: v.range, newText: `'${raw.replace(/'/g, "''")}'` }] } : undefined,
    })
  }
}

type Shape = 'contains' | 'endswith' | 'startswith'

/** `*x*` → contains, `*x` → endswith, `x*` → startswith, when every value of the item has that shape. */
function shapeOf(value: string): Shape | undefined {
  if (!value.includes('*')) return undefined
  const parts = parseSigmaString(value)
  if (value.length < 2 || parts.length < 2) return undefined
  const first = parts[0]
  const last = parts[parts.length - 1]
  const isStar = (p: (typeof parts)[number]) => p.kind === 'wildcard' && p.char === '*'
  const middle = parts.slice(isStar(first) ? 1 : 0, isStar(last) ? -1 : undefined)
  if (middle.length === 0 || middle.some((p) => p.kind === 'wildcard')) return undefined
  if (isStar(first) && isStar(last)) return 'contains'
  if (isStar(first)) return 'endswith'
  if (isStar(last)) return 'startswith'
  return undefined
}

function checkWildcardsInsteadOfModifiers(text: string, item: DetectionItem, r: Reporter): void {
  if (item.field === null || !item.keyRange || item.modifiers.some((m) => m.name !== 'all' && m.name !== 'cased')) return
  if (item.values.length === 0 || item.values.some((v) => v.type !== 'str')) return
  const shapes = new Set(item.values.map((v) => shapeOf(v.text)))
  if (shapes.size !== 1) return
  const shape = [...shapes][0]
  if (!shape) return
  const edits: TextEdit[] = []
  const keyEnd = /['"]/.test(text[item.keyRange.start]) ? item.keyRange.end - 1 : item.keyRange.end
  const keyOffsets = mapValueOffsets(item.key!, text, item.keyRange)
  const fieldEnd = keyOffsets[item.field.length] ?? keyEnd
  edits.push({ range: { start: fieldEnd, end: fieldEnd }, newText: `|${shape}` })
  let fixable = true
  for (const v of item.values) {
    const offsets = mapValueOffsets(v.text, text, v.range)
    if (shape !== 'startswith') {
      const at = offsets[0]
      if (text[at] !== '*') fixable = false
      edits.push({ range: { start: at, end: at + 1 }, newText: '' })
    }
    if (shape !== 'endswith') {
      const at = offsets[v.text.length - 1]
      if (text[at] !== '*') fixable = false
      edits.push({ range: { start: at, end: at + 1 }, newText: '' })
    }
  }
  const shown = item.values.length === 1 ? `'${item.values[0].text}'` : shape === 'contains' ? "'*text*'" : shape === 'endswith' ? "'*text'" : "'text*'"
  r.report('wildcards-instead-of-modifier', item.keyRange, `${shown} is clearer as '${item.field}|${shape}' without the leading/trailing wildcards.`, {
    fix: fixable ? { title: `Use '|${shape}'`, edits } : undefined,
  })
}
