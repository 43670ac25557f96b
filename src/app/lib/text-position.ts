export interface LineColumn {
  /** 1-based, like editors show it. */
  line: number
  /** 1-based, counted in UTF-16 code units like Monaco. */
  column: number
}

/** Converts a UTF-16 offset into `text` to a 1-based line and column (\n, \r\n and \r end lines). */
export function offsetToLineColumn(text: string, offset: number): LineColumn {
  const end = Math.max(0, Math.min(offset, text.length))
  let line = 1
  let lineStart = 0
  for (let i = 0; i < end; i++) {
    const ch = text.charCodeAt(i)
    if (ch === 10 /* \n */ || (ch === 13 /* \r */ && text.charCodeAt(i + 1) !== 10)) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: end - lineStart + 1 }
}
