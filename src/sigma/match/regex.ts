// `|re` values: PCRE-flavoured patterns (as Sigma rules write them) translated to JavaScript.
// JavaScript rejects inline flag groups such as a leading `(?i)`, so they become RegExp flags.

export interface RegexFlags {
  i: boolean
  m: boolean
  s: boolean
}

export type RegexCompileResult = { ok: true; regex: RegExp } | { ok: false; message: string }

const LEADING_FLAGS = /^\(\?([a-zA-Z]+)\)/

export function compileSigmaRegex(source: string, flags: RegexFlags): RegexCompileResult {
  let pattern = source
  const wanted = { ...flags }
  // Leading inline flag groups, possibly several: `(?i)(?s)...`.
  for (let m = LEADING_FLAGS.exec(pattern); m; m = LEADING_FLAGS.exec(pattern)) {
    for (const flag of m[1]) {
      if (flag === 'i' || flag === 'm' || flag === 's') wanted[flag] = true
      else if (flag === 'x') pattern = stripExtended(pattern)
      else return { ok: false, message: `Unsupported inline regex flag '${flag}' (use i, m or s).` }
    }
    pattern = pattern.slice(m[0].length)
  }
  // PCRE/Python spellings with a JavaScript equivalent.
  pattern = pattern
    .replace(/\(\?P<(\w+)>/g, '(?<$1>')
    .replace(/\(\?P=(\w+)\)/g, '\\k<$1>')
    .replace(/(^|[^\\])\\A/g, '$1^')
    .replace(/(^|[^\\])\\[zZ]/g, '$1$$')
  if (/\(\?[a-zA-Z-]+[:)]/.test(pattern)) {
    return { ok: false, message: 'Inline regex flags are only supported at the start of the pattern, e.g. (?i)abc.' }
  }
  const jsFlags = (wanted.i ? 'i' : '') + (wanted.m ? 'm' : '') + (wanted.s ? 's' : '')
  try {
    return { ok: true, regex: new RegExp(pattern, jsFlags) }
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : String(error)
    return { ok: false, message: `Invalid regular expression: ${message}` }
  }
}

/** PCRE `x` flag: drop unescaped whitespace and `#` comments outside character classes. */
function stripExtended(pattern: string): string {
  let out = ''
  let inClass = false
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '\\') {
      out += c + (pattern[i + 1] ?? '')
      i++
    } else if (inClass) {
      if (c === ']') inClass = false
      out += c
    } else if (c === '[') {
      inClass = true
      out += c
    } else if (c === '#') {
      while (i < pattern.length && pattern[i] !== '\n') i++
    } else if (!/\s/.test(c)) out += c
  }
  return out
}
