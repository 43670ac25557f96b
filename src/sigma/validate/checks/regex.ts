// Regular expressions (|re): invalid patterns, and PCRE constructs that JavaScript reads differently
// or rejects (possessive quantifiers, atomic groups, inline flags, \A \Z \h, POSIX classes, ...).
// Validity is judged on the PCRE reading: PCRE-only syntax is rewritten to a JS equivalent first.
import type { SourceRange } from '../../api-types'
import type { YScalar } from '../../parse/yaml-tree'
import type { Reporter } from '../reporter'
import type { DetectionItem, RuleContext } from '../rule-model'
import { mapValueOffsets, mappedRange } from '../text-util'
import type { TextEdit } from '../types'

interface Construct {
  start: number
  end: number
  message: string
  /** The JavaScript spelling with the same meaning (used to compile the PCRE reading). */
  js: string
}

export function checkRegexes(ctx: RuleContext, r: Reporter): void {
  for (const item of ctx.detection?.items ?? []) {
    if (!item.modifiers.some((m) => m.name === 're')) continue
    for (const v of item.values) if (v.type !== 'null') checkPattern(ctx.text, item, v, r)
  }
}

function checkPattern(text: string, item: DetectionItem, v: YScalar, r: Reporter): void {
  const pattern = v.text
  const constructs = scanConstructs(pattern)
  let js = ''
  let last = 0
  for (const c of constructs) {
    js += pattern.slice(last, c.start) + c.js
    last = c.end
  }
  js += pattern.slice(last)
  try {
    new RegExp(js)
  } catch (error) {
    const reason = (error as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '')
    r.report('invalid-regex', v.range, `This regular expression is invalid: ${reason}.`)
    return
  }
  let offsets: number[] | undefined
  const range = (c: Construct): SourceRange => mappedRange((offsets ??= mapValueOffsets(pattern, text, v.range)), c.start, c.end)
  for (const c of constructs) {
    const at = range(c)
    r.report('regex-flavor', at, c.message, { fix: inlineFlagFix(text, item, pattern, c, at) })
  }
}

/** `(?i)` at the start of the pattern becomes the `|i` sub-modifier. */
function inlineFlagFix(text: string, item: DetectionItem, pattern: string, c: Construct, at: SourceRange): { title: string; edits: TextEdit[] } | undefined {
  const m = /^\(\?([ims]+)\)$/.exec(pattern.slice(c.start, c.end))
  if (!m || c.start !== 0 || !item.keyRange || text.slice(at.start, at.end) !== pattern.slice(c.start, c.end)) return undefined
  const flags = [...new Set(m[1])].filter((f) => !item.modifiers.some((mod) => mod.name === f))
  const keyEnd = /['"]/.test(text[item.keyRange.start]) ? item.keyRange.end - 1 : item.keyRange.end
  return {
    title: `Use the |${m[1].split('').join('|')} modifier instead of (?${m[1]})`,
    edits: [
      { range: { start: keyEnd, end: keyEnd }, newText: flags.map((f) => `|${f}`).join('') },
      { range: at, newText: '' },
    ],
  }
}

/** Finds PCRE constructs outside character classes (and POSIX classes inside them). */
export function scanConstructs(p: string): Construct[] {
  const out: Construct[] = []
  let inClass = false
  for (let i = 0; i < p.length; i++) {
    const c = p[i]
    if (c === '\\') {
      const e = p[i + 1]
      if (!inClass && (e === 'A' || e === 'Z' || e === 'z')) {
        out.push({ start: i, end: i + 2, js: e === 'A' ? '^' : '$', message: `'\\${e}' is a PCRE anchor; JavaScript reads it as the letter '${e}': use '${e === 'A' ? '^' : '$'}'.` })
      } else if (e === 'h' || e === 'R' || e === 'K' || e === 'Q' || e === 'E' || e === 'G') {
        out.push({ start: i, end: i + 2, js: e === 'h' ? '[ \\t]' : e === 'R' ? '(?:\\r\\n|\\n|\\r)' : '', message: `'\\${e}' is PCRE-only; JavaScript reads it as the letter '${e}' and many backends reject it.` })
      } else if (e === 'x' && p[i + 2] === '{') {
        const close = p.indexOf('}', i)
        if (close > 0) {
          out.push({ start: i, end: close + 1, js: `\\u${p.slice(i + 3, close).padStart(4, '0').slice(-4)}`, message: `'${p.slice(i, close + 1)}' is PCRE syntax; write '\\x' with two hex digits or '\\u' with four.` })
          i = close
          continue
        }
      }
      i++
      continue
    }
    if (inClass) {
      if (c === '[' && p[i + 1] === ':') {
        const close = p.indexOf(':]', i + 2)
        if (close > 0) {
          out.push({ start: i, end: close + 2, js: posixClass(p.slice(i + 2, close)), message: `'${p.slice(i, close + 2)}' is a POSIX class: JavaScript does not know it; use e.g. a-zA-Z or \\d.` })
          i = close + 1
          continue
        }
      }
      if (c === ']') inClass = false
      continue
    }
    if (c === '[') {
      inClass = true
      if (p[i + 1] === '^') i++
      if (p[i + 1] === ']') i++
      continue
    }
    if (c === '(' && p[i + 1] === '?') {
      const rest = p.slice(i + 2)
      const flags = /^([imsxU-]+)(\)|:)/.exec(rest)
      if (flags) {
        const whole = flags[0]
        out.push({ start: i, end: i + 2 + whole.length, js: flags[2] === ')' ? '' : '(?:', message: `Inline flags '(?${whole}' are PCRE syntax that JavaScript and several backends reject: use the |re|i, |re|m or |re|s modifiers.` })
        i += 1 + whole.length
        continue
      }
      if (rest.startsWith('>')) {
        out.push({ start: i, end: i + 3, js: '(?:', message: "Atomic groups '(?>' are PCRE-only; JavaScript rejects them." })
        i += 2
        continue
      }
      if (rest.startsWith('P<')) {
        out.push({ start: i, end: i + 4, js: '(?<', message: "'(?P<name>' is Python/PCRE syntax; JavaScript and Sigma use '(?<name>'." })
        i += 3
        continue
      }
      if (rest.startsWith('<=') || rest.startsWith('<!')) {
        const body = groupBody(p, i + 4)
        if (/[*+?]|\{\d+,\}/.test(body.replace(/\\./g, ''))) {
          out.push({ start: i, end: i + 4, js: p.slice(i, i + 4), message: 'A variable-length lookbehind works in JavaScript but PCRE rejects it (and RE2-based backends have no lookbehind): make it fixed-length.' })
        }
        continue
      }
      continue
    }
    if ((c === '*' || c === '+' || c === '?' || c === '}') && p[i + 1] === '+' && !(c === '?' && i > 0 && p[i - 1] === '(')) {
      out.push({ start: i + 1, end: i + 2, js: '', message: `'${c}+' is a possessive quantifier: PCRE supports it, JavaScript rejects it ("nothing to repeat"). Drop the '+' or restructure the pattern.` })
      i++
    }
  }
  return out
}

function groupBody(p: string, from: number): string {
  let depth = 1
  for (let i = from; i < p.length; i++) {
    if (p[i] === '\\') i++
    else if (p[i] === '(') depth++
    else if (p[i] === ')' && --depth === 0) return p.slice(from, i)
  }
  return p.slice(from)
}

function posixClass(name: string): string {
  const table: Record<string, string> = {
    alpha: 'a-zA-Z', digit: '0-9', alnum: 'a-zA-Z0-9', upper: 'A-Z', lower: 'a-z', space: '\\s', xdigit: '0-9a-fA-F', punct: '!-\\/:-@\\[-`{-~', word: '\\w',
  }
  return table[name.replace(/^\^/, '')] ?? 'a-z'
}
