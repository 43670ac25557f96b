// Sigma string values: `*` and `?` are wildcards, a backslash escapes `*`, `?` and itself.
export type StringPart =
  | { kind: 'text'; text: string; start: number; end: number }
  | { kind: 'wildcard'; char: '*' | '?'; start: number; end: number }
  | { kind: 'escaped-wildcard'; char: '*' | '?'; start: number; end: number }

/** Splits a value into text, wildcards and escaped wildcards; offsets index the value string. */
export function parseSigmaString(value: string): StringPart[] {
  const parts: StringPart[] = []
  let text = ''
  let textStart = 0
  const flush = (end: number) => {
    if (text) parts.push({ kind: 'text', text, start: textStart, end })
    text = ''
  }
  for (let i = 0; i < value.length; i++) {
    const c = value[i]
    if (c === '\\') {
      const next = value[i + 1]
      if (next === '*' || next === '?') {
        flush(i)
        parts.push({ kind: 'escaped-wildcard', char: next, start: i, end: i + 2 })
        i++
        textStart = i + 1
        continue
      }
      if (!text) textStart = i
      text += '\\'
      if (next === '\\') i++
      continue
    }
    if (c === '*' || c === '?') {
      flush(i)
      parts.push({ kind: 'wildcard', char: c, start: i, end: i + 1 })
      textStart = i + 1
      continue
    }
    if (!text) textStart = i
    text += c
  }
  flush(value.length)
  return parts
}

export function hasWildcard(value: string): boolean {
  if (!value.includes('*') && !value.includes('?')) return false
  return parseSigmaString(value).some((p) => p.kind === 'wildcard')
}
