// Where is the cursor in a Sigma rule? A line-based reading of the YAML block structure that also
// works while the text is mid-edit and does not parse: the key path of the cursor line, whether it
// is a key, a value or a list item, and the facts of the document (log source, search identifiers)
// merged with the `action: global` documents before it. Pure: no DOM, no Monaco.

export interface TextSpan {
  start: number
  end: number
}

/** One `key: value` line (or `- key: value` item line) of the outline. */
export interface OutlineKey {
  /** Key path from the document root, e.g. ['detection', 'selection', 'Image|endswith']. */
  path: string[]
  keySpan: TextSpan
  value: string
  valueSpan: TextSpan
  /** The key is the first key of a list item (`- key: value`). */
  inItem: boolean
}

/** One `- value` list item without a key. */
export interface OutlineItem {
  /** Path of the key holding the list, e.g. ['tags']. */
  path: string[]
  value: string
  valueSpan: TextSpan
}

export interface DocumentFacts {
  /** logsource category/product/service, the document's own over the global ones. */
  logsource: { category?: string; product?: string; service?: string }
  /** Search identifiers of the detection (or filter), global documents' first. */
  identifiers: string[]
  /** Top-level keys of the document itself. */
  keys: string[]
  action?: string
}

export type CursorContext =
  /** Typing a key: `path` is the map holding it ([] = top level). */
  | { kind: 'key'; path: string[]; word: TextSpan; inItem: boolean }
  /** After `field|`: a value modifier of a detection field. */
  | { kind: 'modifier'; path: string[]; field: string; modifiers: string[]; word: TextSpan }
  /** The value of a key: `path` ends with the key. `text` is the value up to the cursor. */
  | { kind: 'value'; path: string[]; text: string; textStart: number; colonOnly: boolean }
  /** A list item value: `path` is the key holding the list. */
  | { kind: 'item'; path: string[]; text: string; textStart: number }
  | { kind: 'none' }

export interface AnalyzedCursor {
  context: CursorContext
  facts: DocumentFacts
  /** The document is empty apart from the word being typed (templates make sense). */
  emptyDocument: boolean
}

interface Line {
  start: number
  end: number
  text: string
}

interface Frame {
  indent: number
  key: string
  /** The key has no value on its line: the following deeper lines belong to it. */
  open: boolean
}

const KEY_RE = /^((?:'[^']*'|"[^"]*"|[^\s#'"\-?:,[\]{}][^#]*?|-[^\s#]*?))[ \t]*:(?=\s|$)/
const BLOCK_SCALAR_RE = /^[|>][-+0-9]*\s*(#.*)?$/
const DOC_MARKER_RE = /^(---|\.\.\.)(\s|$)/

export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  for (;;) {
    const nl = text.indexOf('\n', start)
    const end = nl < 0 ? text.length : nl
    const raw = text.slice(start, end)
    lines.push({ start, end, text: raw.endsWith('\r') ? raw.slice(0, -1) : raw })
    if (nl < 0) return lines
    start = nl + 1
  }
}

function unquote(key: string): string {
  if (key.length >= 2 && ((key[0] === "'" && key.endsWith("'")) || (key[0] === '"' && key.endsWith('"')))) return key.slice(1, -1)
  return key
}

function stripComment(value: string): string {
  // A comment starts at ' #' outside quotes; values in rules rarely quote '#', keep it simple.
  if (value.startsWith("'") || value.startsWith('"')) return value
  const hash = value.search(/(^|\s)#/)
  return (hash < 0 ? value : value.slice(0, hash)).trimEnd()
}

function indentOf(text: string): number {
  return text.length - text.trimStart().length
}

/** The block structure of one YAML document, read line by line. */
class OutlineReader {
  readonly keys: OutlineKey[] = []
  readonly items: OutlineItem[] = []
  stack: Frame[] = []
  /** Lines indented deeper than this belong to a block scalar; -1 = not in one. */
  blockIndent = -1

  path(): string[] {
    return this.stack.map((f) => f.key)
  }

  /** Pops the frames a key at `indent` closes. */
  parentForKey(indent: number): string[] {
    while (this.stack.length > 0 && this.stack[this.stack.length - 1].indent >= indent) this.stack.pop()
    return this.path()
  }

  /** Pops the frames a `-` at `indent` closes (a list may sit at its key's indentation). */
  parentForDash(indent: number): string[] {
    for (;;) {
      const top = this.stack[this.stack.length - 1]
      if (!top || top.indent < indent || (top.indent === indent && top.open)) break
      this.stack.pop()
    }
    return this.path()
  }

  inBlock(line: Line): boolean {
    if (this.blockIndent < 0) return false
    if (line.text.trim() === '' || indentOf(line.text) > this.blockIndent) return true
    this.blockIndent = -1
    return false
  }

  read(line: Line): void {
    if (this.inBlock(line)) return
    const trimmed = line.text.trim()
    if (trimmed === '' || trimmed.startsWith('#')) return
    const indent = indentOf(line.text)
    const dash = /^-(\s+|$)/.exec(line.text.slice(indent))
    if (dash) {
      const parent = this.parentForDash(indent)
      const contentCol = indent + dash[0].length
      const content = line.text.slice(contentCol)
      const key = KEY_RE.exec(content)
      if (key) {
        this.readKey(line, contentCol, key, parent, true)
      } else if (content.trim() !== '') {
        const value = stripComment(content.trim())
        const valueStart = line.start + contentCol
        this.items.push({ path: parent, value: unquote(value), valueSpan: { start: valueStart, end: valueStart + value.length } })
      }
      return
    }
    const key = KEY_RE.exec(line.text.slice(indent))
    if (!key) return // a continuation of a multi-line plain scalar
    this.readKey(line, indent, key, this.parentForKey(indent), false)
  }

  private readKey(line: Line, col: number, match: RegExpExecArray, parent: string[], inItem: boolean): void {
    const key = unquote(match[1])
    const rest = line.text.slice(col + match[0].length)
    const value = stripComment(rest.trim())
    const valueStart = line.start + col + match[0].length + (rest.length - rest.trimStart().length)
    const path = [...parent, key]
    this.keys.push({
      path,
      keySpan: { start: line.start + col, end: line.start + col + match[1].length },
      value: unquote(value),
      valueSpan: { start: valueStart, end: valueStart + value.length },
      inItem,
    })
    this.stack.push({ indent: col, key, open: value === '' || value.startsWith('&') })
    if (BLOCK_SCALAR_RE.test(value)) this.blockIndent = col
  }
}

export interface DocumentSpan {
  /** Index of the first line of the document (after its `---`). */
  firstLine: number
  /** Index after the last line. */
  endLine: number
}

export function splitDocuments(lines: readonly Line[]): DocumentSpan[] {
  const docs: DocumentSpan[] = []
  let first = 0
  lines.forEach((line, index) => {
    if (DOC_MARKER_RE.test(line.text)) {
      docs.push({ firstLine: first, endLine: index })
      first = index + 1
    }
  })
  docs.push({ firstLine: first, endLine: lines.length })
  return docs.filter((d, i) => d.endLine > d.firstLine || i === docs.length - 1)
}

export interface DocumentOutline {
  keys: OutlineKey[]
  items: OutlineItem[]
}

export function readOutline(lines: readonly Line[], span: DocumentSpan): DocumentOutline {
  const reader = new OutlineReader()
  for (let i = span.firstLine; i < span.endLine; i++) reader.read(lines[i])
  return { keys: reader.keys, items: reader.items }
}

const NOT_IDENTIFIERS: Readonly<Record<string, ReadonlySet<string>>> = {
  detection: new Set(['condition', 'timeframe']),
  filter: new Set(['condition', 'rules']),
}

function ownFacts(outline: DocumentOutline): DocumentFacts {
  const facts: DocumentFacts = { logsource: {}, identifiers: [], keys: [] }
  for (const entry of outline.keys) {
    const [top, second] = entry.path
    if (entry.path.length === 1) {
      facts.keys.push(top)
      if (top === 'action') facts.action = entry.value
    } else if (entry.path.length === 2 && top === 'logsource' && (second === 'category' || second === 'product' || second === 'service')) {
      if (entry.value) facts.logsource[second] = entry.value
    } else if (entry.path.length === 2 && NOT_IDENTIFIERS[top] && !NOT_IDENTIFIERS[top].has(second) && !entry.inItem) {
      if (!facts.identifiers.includes(second)) facts.identifiers.push(second)
    }
  }
  return facts
}

/** Facts of document `index`, merged over the `action: global` documents before it. */
export function documentFacts(lines: readonly Line[], docs: readonly DocumentSpan[], index: number): DocumentFacts {
  const own = ownFacts(readOutline(lines, docs[index]))
  let globals: DocumentFacts = { logsource: {}, identifiers: [], keys: [] }
  for (let i = 0; i < index; i++) {
    const facts = ownFacts(readOutline(lines, docs[i]))
    if (facts.action === 'reset') globals = { logsource: {}, identifiers: [], keys: [] }
    if (facts.action === 'global') {
      globals = {
        logsource: { ...globals.logsource, ...facts.logsource },
        identifiers: [...globals.identifiers, ...facts.identifiers.filter((id) => !globals.identifiers.includes(id))],
        keys: [],
      }
    }
  }
  if (own.action === 'global') return own
  return {
    ...own,
    logsource: { ...globals.logsource, ...own.logsource },
    identifiers: [...globals.identifiers, ...own.identifiers.filter((id) => !globals.identifiers.includes(id))],
  }
}

/** Characters of a word for each kind of completion, scanned back from the cursor. */
const KEY_CHARS = /[A-Za-z0-9_.\-]/
const MODIFIER_CHARS = /[A-Za-z0-9_]/

export function wordAround(text: string, offset: number, chars: RegExp, min = 0): TextSpan {
  let start = offset
  while (start > min && chars.test(text[start - 1])) start--
  let end = offset
  while (end < text.length && text[end] !== '\n' && chars.test(text[end])) end++
  return { start, end }
}

function lineIndexAt(lines: readonly Line[], offset: number): number {
  let lo = 0
  let hi = lines.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (lines[mid].start <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}

function isDetectionLike(path: readonly string[]): boolean {
  return path.length === 2 && !!NOT_IDENTIFIERS[path[0]] && !NOT_IDENTIFIERS[path[0]].has(path[1])
}

/** Reads the context of the cursor at `offset`. */
export function analyzeCursor(text: string, offset: number): AnalyzedCursor {
  const lines = splitLines(text)
  const docs = splitDocuments(lines)
  const lineIndex = lineIndexAt(lines, offset)
  const docIndex = Math.max(0, docs.findIndex((d) => lineIndex >= d.firstLine && lineIndex < Math.max(d.endLine, d.firstLine + 1)))
  const doc = docs[docIndex] ?? { firstLine: 0, endLine: lines.length }
  const facts = documentFacts(lines, docs, docIndex)
  const reader = new OutlineReader()
  for (let i = doc.firstLine; i < lineIndex; i++) reader.read(lines[i])
  const line = lines[lineIndex]
  const before = line.text.slice(0, offset - line.start)
  const emptyDocument = isEmptyDocument(lines, doc, lineIndex, before)
  const none: AnalyzedCursor = { context: { kind: 'none' }, facts, emptyDocument }
  if (DOC_MARKER_RE.test(line.text) || reader.inBlock(line)) return none
  const indent = indentOf(before)
  if (before.slice(indent).startsWith('#')) return none

  let col = indent
  let parent: string[]
  let inItem = false
  const dash = /^-(\s+|$)/.exec(before.slice(indent))
  if (dash && (dash[0].length > 1 || before.length === indent + 1)) {
    parent = reader.parentForDash(indent)
    col = indent + dash[0].length
    inItem = true
    if (dash[0].length === 1) return none // just typed '-': wait for the space
  } else {
    parent = reader.parentForKey(indent)
  }
  const content = before.slice(col)
  const key = KEY_RE.exec(content)
  if (key) {
    const path = [...parent, unquote(key[1])]
    const textStart = line.start + col + key[0].length
    const rest = before.slice(col + key[0].length)
    const lead = rest.length - rest.trimStart().length
    return {
      context: { kind: 'value', path, text: rest.trimStart(), textStart: textStart + lead, colonOnly: rest.length === 0 },
      facts,
      emptyDocument,
    }
  }
  if (content.includes(':') && !content.includes('|')) return none
  if (inItem && !isDetectionLike(parent)) {
    // `- value` in a list (tags, fields, ...); a list of maps under a search identifier takes keys.
    return { context: { kind: 'item', path: parent, text: content, textStart: line.start + col }, facts, emptyDocument }
  }
  const pipe = content.lastIndexOf('|')
  if (pipe >= 0) {
    const parts = content.split('|')
    const field = parts[0]
    const modifiers = parts.slice(1, -1).filter((m) => m !== '')
    const word = wordAround(text, offset, MODIFIER_CHARS, line.start + col + pipe + 1)
    return { context: { kind: 'modifier', path: parent, field, modifiers, word }, facts, emptyDocument }
  }
  if (/\s/.test(content)) return none
  const word = wordAround(text, offset, KEY_CHARS, line.start + col)
  return { context: { kind: 'key', path: parent, word, inItem }, facts, emptyDocument }
}

function isEmptyDocument(lines: readonly Line[], doc: DocumentSpan, cursorLine: number, before: string): boolean {
  for (let i = doc.firstLine; i < doc.endLine; i++) {
    const t = lines[i].text.trim()
    if (i === cursorLine) {
      if (!/^[A-Za-z_-]*$/.test(lines[i].text.trim()) || indentOf(before) > 0) return false
      continue
    }
    if (t !== '' && !t.startsWith('#')) return false
  }
  return true
}

/** Outline of the document holding `offset` and the cursor's line reading, for hovers. */
export function outlineAt(text: string, offset: number): { outline: DocumentOutline; facts: DocumentFacts } {
  const lines = splitLines(text)
  const docs = splitDocuments(lines)
  const lineIndex = lineIndexAt(lines, offset)
  const docIndex = Math.max(0, docs.findIndex((d) => lineIndex >= d.firstLine && lineIndex < d.endLine))
  return { outline: readOutline(lines, docs[docIndex]), facts: documentFacts(lines, docs, docIndex) }
}
