// Small helpers over the rule text: line boundaries, positions and source/value offset mapping.
import type { SourceRange } from '../api-types'

export function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1)
  return starts
}

/** 1-based line and column of an offset (columns count UTF-16 code units, like editors). */
export function lineColumn(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid] <= offset) lo = mid
    else hi = mid - 1
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 }
}

/** The range of the whole line holding `offset`, newline included (for "remove this line" fixes). */
export function fullLineRange(text: string, offset: number): SourceRange {
  const start = text.lastIndexOf('\n', offset - 1) + 1
  const nl = text.indexOf('\n', offset)
  return { start, end: nl < 0 ? text.length : nl + 1 }
}

export function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset)
  return nl < 0 ? text.length : nl
}

/** Leading spaces of the line holding `offset`. */
export function indentAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1
  return /^[ ]*/.exec(text.slice(start))![0]
}

/**
 * Maps offsets of a scalar's value to offsets in the source. Scalars may be quoted, folded or hold
 * escapes, so the value is aligned with the source character by character; whitespace runs (line
 * folding) and escapes ('' and backslash sequences) are skipped over. Unmatched positions fall back
 * to the nearest mapped one, so a mapping always exists.
 */
export function mapValueOffsets(value: string, text: string, range: SourceRange): number[] {
  const map: number[] = new Array(value.length + 1)
  let j = range.start
  const end = range.end
  const first = text[j]
  const quote = first === '"' || first === "'" ? first : ''
  if (quote) j++
  else if (first === '|' || first === '>') j = text.indexOf('\n', j) + 1 || end
  for (let i = 0; i < value.length; i++) {
    const c = value[i]
    // Skip source characters that produce nothing (indentation, folded line breaks).
    if (j < end && text[j] === c) {
      map[i] = j++
      if (quote === "'" && c === "'" && text[j] === "'") j++
      continue
    }
    if (/\s/.test(c)) {
      map[i] = j
      while (j < end && /\s/.test(text[j]) && text[j] !== c) j++
      if (j < end && text[j] === c) j++
      continue
    }
    if (quote === '"' && text[j] === '\\') {
      map[i] = j
      const kind = text[j + 1]
      j += kind === 'x' ? 4 : kind === 'u' ? 6 : kind === 'U' ? 10 : 2
      continue
    }
    // Lost: resynchronise on the next occurrence of this character.
    const found = text.indexOf(c, j)
    if (found >= 0 && found < end) {
      map[i] = found
      j = found + 1
    } else map[i] = Math.min(j, end)
  }
  map[value.length] = Math.min(j, end)
  return map
}

/** Source range of value[from, to) using a mapping from mapValueOffsets. */
export function mappedRange(map: number[], from: number, to: number): SourceRange {
  const start = map[from]
  const last = to > from ? map[to - 1] + 1 : start
  return { start, end: Math.max(start, last) }
}

/** An edit removing a block-list item (`  - value` on its own line); undefined for flow lists. */
export function removeListItemEdit(text: string, range: SourceRange): { range: SourceRange; newText: string } | undefined {
  const line = fullLineRange(text, range.start)
  const before = text.slice(line.start, range.start)
  if (!/^\s*-\s+$/.test(before)) return undefined
  if (text.slice(range.end, line.end).trim() !== '' && !text.slice(range.end, line.end).trim().startsWith('#')) return undefined
  return { range: line, newText: '' }
}
