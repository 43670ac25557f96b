// A fast parser for the subset of YAML that Sigma rules use, producing exactly the trees (ranges
// included) that the `yaml`-library path of yaml-tree.ts produces. It never reports errors: on
// anything outside its subset, or anything that might be an error, it bails out (returns null)
// and the caller falls back to the `yaml` library, which owns every error message.
//
// Ranges follow the `yaml` library's CST rules (compose/resolve-block-map.js, parse/parser.js):
// - a collection runs from its first key or dash to the "end" (range[2]) of its last value;
// - a flow scalar or flow collection "ends" after the rest of its line, plus any following
//   comment lines indented deeper than the collection holding it (parser.atIndentedComment);
// - blank and comment lines after a collection's last item stay with that collection (and extend
//   its end up to the next token) when one of the comments is indented at least as deep as the
//   collection (and it is not at column 0); otherwise they move to the parent (parser.pop).
import type { Diagnostic } from '../api-types'
import { addMapEntry } from './map-entries'
import { resolvePlainScalar } from './scalar'
import type { YamlParseResult, YDocument, YEntry, YNode } from './yaml-tree'

/** Thrown (as this one object) to abandon the fast path. */
const BAIL = { bail: true }
function bail(): never {
  throw BAIL
}

const NL = 10
const SP = 32
const TAB = 9
const HASH = 35
const COLON = 58
const DASH = 45
const SQUOTE = 39
const DQUOTE = 34
const BACKSLASH = 92
const DOT = 46
const COMMA = 44
const QUESTION = 63
const PIPE = 124
const GT = 62
const LBRACKET = 91
const RBRACKET = 93
const LBRACE = 123
const RBRACE = 125

// Nesting deeper than this goes to the `yaml` path (which has its own depth limit and error).
const MAX_DEPTH = 64
// Implicit keys longer than 1024 characters are a `yaml` error.
const MAX_KEY = 1000

/** Where the next content line starts; col is -1 at the end of the document (EOF or a marker). */
interface Next {
  pos: number
  col: number
}

/** Blank and comment lines after a node, up to the next token. */
interface Trivia {
  /** End of the comment lines that attach to the preceding scalar, or -1. */
  attachEnd: number
  /** Deepest indentation of the remaining comment lines, or -1. */
  maxComment: number
  next: Next
}

interface Parsed {
  node: YNode
  /** The `yaml` library's range[2]: where the node's trailing tokens end. */
  end2: number
  /** For collections: comments handed up to the parent, and the next content line. */
  tail?: { maxComment: number; next: Next }
  /** For flow scalars and flow collections: deeper-indented comment lines attach to them. */
  attachable?: boolean
}

/** Parses `text` if it lies in the supported subset; null means "use the `yaml` library". */
export function fastParseYamlStream(text: string): YamlParseResult | null {
  try {
    return fastParseYamlStrict(text)
  } catch {
    return null // a bug here must never break parsing: the `yaml` path still answers
  }
}

/** Like fastParseYamlStream, but a bug (any exception other than bailing out) propagates: for tests. */
export function fastParseYamlStrict(text: string): YamlParseResult | null {
  try {
    return new FastParser(text).parseStream()
  } catch (error) {
    if (error === BAIL) return null
    throw error
  }
}

class FastParser {
  private readonly diagnostics: Diagnostic[] = []
  private readonly len: number

  constructor(private readonly s: string) {
    this.len = s.length
  }

  parseStream(): YamlParseResult {
    const { s, len } = this
    // CRLF, a BOM and other line breaks change token boundaries: leave them to the library.
    if (/[\r\ufeff\u0085\u2028\u2029]/.test(s)) bail()
    const documents: YDocument[] = []
    let p = 0
    while (p < len) {
      const t = this.scanTrivia(p, -1)
      if (t.next.pos >= len) break
      let docStart: number
      let content: Next
      if (t.next.col < 0) {
        // A marker at stream level: only '---' opens a document here.
        if (s.charCodeAt(t.next.pos) !== DASH) bail()
        docStart = t.next.pos
        const afterMarker = this.skipSpaces(docStart + 3)
        const lineEnd = this.restOfLine(afterMarker)
        const c = this.scanTrivia(lineEnd, -1)
        if (c.next.col < 0) {
          // An empty document: a null scalar just after the marker (and its spaces).
          if (s.charCodeAt(afterMarker) === HASH || c.maxComment >= 0) bail() // comments would move its end
          const root: YNode = { kind: 'scalar', ...resolvePlainScalar(''), range: { start: afterMarker, end: afterMarker } }
          documents.push({ root, range: { start: docStart, end: afterMarker } })
          p = this.afterDocument(c.next)
          continue
        }
        content = c.next
      } else {
        content = t.next
        docStart = content.pos - content.col
      }
      const first = s.charCodeAt(content.pos)
      const isSeq = first === DASH && this.isBlank(content.pos + 1)
      if (!isSeq && !this.scanKey(content.pos)) bail() // root scalars and flow collections: rare, subtle
      const root = this.parseNode(content.pos, content.col, -1, 0)
      const next = root.tail!.next
      if (next.col >= 0) bail() // content after the root collection ended: an error
      documents.push({ root: root.node, range: { start: docStart, end: root.end2 } })
      p = this.afterDocument(next)
    }
    return { documents, diagnostics: this.diagnostics }
  }

  /** After a document ends at `next` (EOF or a marker): where the stream continues. */
  private afterDocument(next: Next): number {
    const { s, len } = this
    if (next.pos >= len) return len
    if (s.charCodeAt(next.pos) === DASH) return next.pos // '---' opens the next document
    // '...' ends the document; the rest of its line may only be a comment.
    return this.restOfLine(this.skipSpaces(next.pos + 3))
  }

  // ---- line scanning -------------------------------------------------------------------------

  private skipSpaces(p: number): number {
    while (this.s.charCodeAt(p) === SP) p++
    return p
  }

  /** True when position p holds a space, a newline or the end of the text. */
  private isBlank(p: number): boolean {
    const c = this.s.charCodeAt(p)
    return p >= this.len || c === SP || c === NL || c === TAB
  }

  /** The start of the next line, after checking that p (after spaces) holds only a comment. */
  private restOfLine(p: number): number {
    const { s, len } = this
    if (p >= len) return len
    const c = s.charCodeAt(p)
    if (c === NL) return p + 1
    if (c !== HASH || s.charCodeAt(p - 1) !== SP) bail()
    return this.nextLine(p)
  }

  /** The start of the line after the one holding p (or the end of the text). */
  private nextLine(p: number): number {
    const nl = this.s.indexOf('\n', p)
    return nl < 0 ? this.len : nl + 1
  }

  private isMarker(lineStart: number): boolean {
    const { s } = this
    const c = s.charCodeAt(lineStart)
    if (c !== DASH && c !== DOT) return false
    const three = c === DASH ? '---' : '...'
    return s.startsWith(three, lineStart) && this.isBlank(lineStart + 3)
  }

  /**
   * Skips blank and comment lines from the line start p. Comments indented deeper than
   * attachIndent (≥ 0), before any shallower one, attach to the preceding scalar.
   */
  private scanTrivia(p: number, attachIndent: number): Trivia {
    const { s, len } = this
    let attachEnd = -1
    let attaching = attachIndent >= 0
    let maxComment = -1
    while (p < len) {
      let q = p
      while (s.charCodeAt(q) === SP) q++
      if (q >= len) break
      const c = s.charCodeAt(q)
      if (c === NL) {
        p = q + 1
        continue
      }
      if (c === TAB) bail()
      const col = q - p
      if (c === HASH) {
        p = this.nextLine(q)
        if (attaching && col > attachIndent) attachEnd = p
        else {
          attaching = false
          if (col > maxComment) maxComment = col
        }
        continue
      }
      if (col === 0 && this.isMarker(p)) return { attachEnd, maxComment, next: { pos: p, col: -1 } }
      return { attachEnd, maxComment, next: { pos: q, col } }
    }
    return { attachEnd, maxComment, next: { pos: len, col: -1 } }
  }

  // ---- block structure -----------------------------------------------------------------------

  /** A block node starting at p, the first token of its line (column col). */
  private parseNode(p: number, col: number, parentIndent: number, depth: number): Parsed {
    if (depth > MAX_DEPTH) bail()
    const c = this.s.charCodeAt(p)
    if (c === DASH && this.isBlank(p + 1)) return this.parseSeq(p, col, depth)
    if (this.scanKey(p)) return this.parseMap(p, col, depth)
    if (c === LBRACKET || c === LBRACE) return this.parseFlow(p)
    return this.parseScalar(p, parentIndent)
  }

  private parseMap(start: number, indent: number, depth: number): Parsed {
    const { s } = this
    const entries: YEntry[] = []
    const seen = new Map<string, number>()
    let p = start
    for (;;) {
      const key = this.scanKey(p)
      if (!key) bail()
      const keyRange = { start: p, end: key.end }
      const v = this.parseMapValue(key.after, indent, depth)
      addMapEntry(entries, seen, { key: key.text, keyRange, value: v.node }, this.diagnostics)
      const { end2, tail } = this.finishItem(v, indent)
      const next = tail.next
      if (next.col === indent) {
        if (s.charCodeAt(next.pos) === DASH && this.isBlank(next.pos + 1)) bail() // a dash among keys
        p = next.pos
        continue
      }
      if (next.col > indent) bail() // bad indentation
      return this.finishCollection({ kind: 'map', entries, range: { start, end: end2 } }, indent, tail)
    }
  }

  /** The value after "key:", whose ':' ends just before p. */
  private parseMapValue(p: number, indent: number, depth: number): Parsed {
    const { s } = this
    const q = this.skipSpaces(p)
    const c = s.charCodeAt(q)
    if (q < this.len && c !== NL && c !== HASH) {
      if (c === PIPE || c === GT) return this.parseBlockScalar(q, indent)
      if (c === LBRACKET || c === LBRACE) return this.parseFlow(q)
      if ((c === DASH || c === QUESTION || c === COLON) && this.isBlank(q + 1)) bail()
      return this.parseScalar(q, indent)
    }
    if (c === HASH && q === p) bail() // "key:#" is not a comment
    // The value starts on a later line, or is empty.
    const t = this.scanTrivia(this.nextLine(q), -1)
    const next = t.next
    if (next.col > indent) return this.parseNode(next.pos, next.col, this.continuationIndent(q, next, indent), depth + 1)
    if (next.col === indent && s.charCodeAt(next.pos) === DASH && this.isBlank(next.pos + 1)) {
      return this.parseSeq(next.pos, indent, depth + 1) // a sequence may sit at its key's column
    }
    // The next key (or a '---' after a column-0 map) splits off the trivia after the value's first lines.
    const split = next.col === indent || (indent === 0 && next.col < 0 && s.charCodeAt(next.pos) === DASH)
    return this.emptyValue(q, next, indent, split, false)
  }

  private parseSeq(start: number, indent: number, depth: number): Parsed {
    const { s } = this
    const items: YNode[] = []
    let p = start
    let commentsBefore = false
    for (;;) {
      const v = this.parseSeqItem(p, indent, depth, commentsBefore)
      items.push(v.node)
      const { end2, tail } = this.finishItem(v, indent)
      const next = tail.next
      if (next.col === indent && s.charCodeAt(next.pos) === DASH && this.isBlank(next.pos + 1)) {
        p = next.pos
        commentsBefore = tail.maxComment >= 0
        continue
      }
      if (next.col > indent) bail()
      // A key at our column ends us (a sequence at its key's column); the parent checks it.
      return this.finishCollection({ kind: 'seq', items, range: { start, end: end2 } }, indent, tail)
    }
  }

  /** The item after the dash at p (commentsBefore: comment lines precede the dash). */
  private parseSeqItem(p: number, indent: number, depth: number, commentsBefore: boolean): Parsed {
    const { s } = this
    const q = this.skipSpaces(p + 1)
    const c = s.charCodeAt(q)
    if (q < this.len && c !== NL && c !== HASH) {
      if (c === TAB || c === PIPE || c === GT) bail()
      if (c === DASH && this.isBlank(q + 1)) bail() // "- - x": compact nested sequences
      if ((c === QUESTION || c === COLON) && this.isBlank(q + 1)) bail()
      if (c === LBRACKET || c === LBRACE) return this.parseFlow(q)
      const col = q - (p - indent)
      if (this.scanKey(q)) return this.parseMap(q, col, depth + 1)
      return this.parseScalar(q, indent)
    }
    if (c === HASH && q === p + 1) bail()
    const t = this.scanTrivia(this.nextLine(q), -1)
    const next = t.next
    if (next.col > indent) return this.parseNode(next.pos, next.col, this.continuationIndent(q, next, indent), depth + 1)
    return this.emptyValue(q, next, indent, false, commentsBefore)
  }

  /**
   * For a value starting on a later line than its key or dash (at q): plain scalar lines deeper
   * than the result continue it. The lexer's indentNext (indent + 1) drops to the indentation of
   * any line in between whose second character is not blank (parseLineStart), e.g. "#c".
   */
  private continuationIndent(q: number, next: Next, indent: number): number {
    let indentNext = indent + 1
    for (let line = this.nextLine(q); line < next.pos - next.col; line = this.nextLine(line)) {
      const spaces = this.skipSpaces(line) - line
      if (indentNext > spaces && !this.isBlank(line + spaces + 1)) indentNext = spaces
    }
    return indentNext - 1
  }

  /** Scans the trivia after an item of the collection at `indent`; returns its end and what follows. */
  private finishItem(v: Parsed, indent: number): { end2: number; tail: { maxComment: number; next: Next } } {
    if (v.tail) return { end2: v.end2, tail: v.tail }
    const t = this.scanTrivia(v.end2, v.attachable ? indent : -1)
    return { end2: t.attachEnd >= 0 ? t.attachEnd : v.end2, tail: { maxComment: t.maxComment, next: t.next } }
  }

  /** Decides whether the trailing comment lines stay with this collection (see the header). */
  private finishCollection(node: YNode, indent: number, tail: { maxComment: number; next: Next }): Parsed {
    if (indent !== 0 && tail.maxComment >= indent) {
      return { node, end2: tail.next.pos, tail: { maxComment: -1, next: tail.next } }
    }
    return { node, end2: node.range.end, tail }
  }

  /**
   * An empty value: a null scalar at q (after the ':' or '-' and its spaces). All trivia up to
   * `next` belong to its tokens (parser: it.sep / it.start), except that a following key takes
   * them from the second line break after the last comment indented deeper than the map. If the
   * tokens the value keeps hold a comment, the value "ends" where they end (composeEmptyNode).
   */
  private emptyValue(q: number, next: Next, indent: number, splitAtKey: boolean, commentsBefore: boolean): Parsed {
    const { s } = this
    let firstComment = commentsBefore || s.charCodeAt(q) === HASH ? q : -1
    let breaks = 0 // line breaks since the ':' or the last deeper comment
    let split = -1 // the second of them
    for (let p = q; p < next.pos; ) {
      const line = this.skipSpaces(p)
      if (line >= next.pos) break // only the next line's indentation is left
      if (p !== q && s.charCodeAt(line) === HASH) {
        if (firstComment < 0) firstComment = line
        if (line - p > indent) breaks = 0
      }
      const e = s.indexOf('\n', line)
      if (e < 0 || e >= next.pos) break
      if (++breaks === 2) split = e
      else if (breaks < 2) split = -1
      p = e + 1
    }
    const end = splitAtKey && split >= 0 ? split : next.pos
    const comment = firstComment >= 0 && firstComment < end
    const node: YNode = { kind: 'scalar', ...resolvePlainScalar(''), range: { start: q, end: q } }
    return { node, end2: comment ? end : q, tail: { maxComment: -1, next } }
  }

  // ---- keys and scalars ----------------------------------------------------------------------

  /** A single-line implicit key at p followed by ':' and a blank; null if the line is no key. */
  private scanKey(p: number): { text: string; end: number; after: number } | null {
    const { s } = this
    const c = s.charCodeAt(p)
    if (c === SQUOTE || c === DQUOTE) {
      const q = this.scanQuoted(p, false)
      if (!q) return null
      const r = this.skipSpaces(q.end)
      if (s.charCodeAt(r) !== COLON || !this.isBlank(r + 1)) return null
      if (q.end - p > MAX_KEY) bail()
      return { text: q.text, end: q.end, after: r + 1 }
    }
    if (!this.plainStart(p)) return null
    const scan = this.scanPlainLine(p)
    if (scan.stop !== COLON) return null
    if (scan.end - p > MAX_KEY) bail()
    return { text: s.slice(p, scan.end), end: scan.end, after: scan.colon + 1 }
  }

  /** Whether a plain scalar may start at p (block context); quotes are handled elsewhere. */
  private plainStart(p: number): boolean {
    const c = this.s.charCodeAt(p)
    switch (c) {
      case SQUOTE:
      case DQUOTE:
        return false
      // Indicators that make this something else, or an error.
      case 33: // !
      case 38: // &
      case 42: // *
      case PIPE:
      case GT:
      case 37: // %
      case 64: // @
      case 96: // `
      case COMMA:
      case LBRACKET:
      case RBRACKET:
      case LBRACE:
      case RBRACE:
      case HASH:
      case TAB:
      case NL:
      case SP:
        return false
      case DASH:
      case QUESTION:
      case COLON:
        return !this.isBlank(p + 1)
    }
    return p < this.len
  }

  /**
   * Scans one line of a plain scalar from p as the `yaml` lexer does: it stops at ': ' (or ':' at
   * the line end), at ' #', or at the line end. `end` excludes trailing spaces.
   */
  private scanPlainLine(p: number): { end: number; stop: number; colon: number; lineEnd: number } {
    const { s, len } = this
    let end = p
    let i = p
    for (; i < len; i++) {
      const c = s.charCodeAt(i)
      if (c === SP) {
        if (s.charCodeAt(i + 1) === HASH) return { end, stop: HASH, colon: -1, lineEnd: i }
        continue
      }
      if (c === NL) return { end, stop: NL, colon: -1, lineEnd: i }
      if (c === TAB) bail()
      if (c === COLON && this.isBlank(i + 1)) return { end, stop: COLON, colon: i, lineEnd: i }
      end = i + 1
    }
    return { end, stop: NL, colon: -1, lineEnd: len }
  }

  /** A plain or quoted scalar at p; plain ones may continue on lines deeper than parentIndent. */
  private parseScalar(p: number, parentIndent: number): Parsed {
    const { s, len } = this
    const c = s.charCodeAt(p)
    if (c === SQUOTE || c === DQUOTE) {
      const q = this.scanQuoted(p, true)!
      const node: YNode = { kind: 'scalar', type: 'str', text: q.text, range: { start: p, end: q.end } }
      return { node, end2: this.restOfLine(this.skipSpaces(q.end)), attachable: true }
    }
    if (!this.plainStart(p)) bail()
    let scan = this.scanPlainLine(p)
    if (scan.stop === COLON) bail() // a key where a value belongs
    let text = s.slice(p, scan.end)
    let end = scan.end
    // Continuation lines (deeper than the parent) fold: one line break → space, n+1 → n newlines.
    if (scan.stop === NL) {
      let lineStart = scan.lineEnd + 1
      let breaks = 0
      while (lineStart < len) {
        const q = this.skipSpaces(lineStart)
        const ch = s.charCodeAt(q)
        if (q >= len) break
        if (ch === NL) {
          breaks++
          lineStart = q + 1
          continue
        }
        if (ch === TAB) bail()
        if (q - lineStart <= parentIndent || ch === HASH || (q === lineStart && this.isMarker(q))) break
        scan = this.scanPlainLine(q)
        if (scan.stop === COLON) bail() // a multi-line implicit key: an error
        text += (breaks === 0 ? ' ' : '\n'.repeat(breaks)) + s.slice(q, scan.end)
        end = scan.end
        breaks = 0
        if (scan.stop === HASH) break
        lineStart = scan.lineEnd + 1
      }
    }
    const node: YNode = { kind: 'scalar', ...resolvePlainScalar(text), range: { start: p, end } }
    return { node, end2: this.nextLine(end), attachable: true }
  }

  /**
   * A single-line quoted scalar at p: its value and the end after the closing quote. Multi-line
   * or unclosed quotes bail when `required`, else return null.
   */
  private scanQuoted(p: number, required: boolean): { text: string; end: number } | null {
    const { s, len } = this
    const quote = s.charCodeAt(p)
    let text = ''
    let from = p + 1
    for (let i = p + 1; i < len; i++) {
      const c = s.charCodeAt(i)
      if (c === NL || c === TAB) break
      if (quote === SQUOTE) {
        if (c !== SQUOTE) continue
        if (s.charCodeAt(i + 1) === SQUOTE) {
          text += s.slice(from, i + 1)
          from = ++i + 1
          continue
        }
        return { text: text + s.slice(from, i), end: i + 1 }
      }
      if (c === DQUOTE) return { text: text + s.slice(from, i), end: i + 1 }
      if (c === BACKSLASH) {
        text += s.slice(from, i) + this.escape(i)
        i += ESCAPE_LENGTH[s[i + 1]] ?? 1
        from = i + 1
      }
    }
    if (required) bail()
    return null
  }

  /** The character(s) for the escape sequence at p (a backslash) in a double-quoted scalar. */
  private escape(p: number): string {
    const next = this.s[p + 1]
    const simple = ESCAPES[next]
    if (simple !== undefined) return simple
    const length = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0
    if (!length) bail()
    const hex = this.s.substr(p + 2, length)
    if (hex.length !== length || !/^[0-9a-fA-F]+$/.test(hex)) bail()
    const code = parseInt(hex, 16)
    if (code > 0x10ffff) bail()
    return String.fromCodePoint(code)
  }

  // ---- flow collections (single line) --------------------------------------------------------

  private parseFlow(p: number): Parsed {
    const { s } = this
    const isMap = s.charCodeAt(p) === LBRACE
    const close = isMap ? RBRACE : RBRACKET
    const items: YNode[] = []
    const entries: YEntry[] = []
    const seen = new Map<string, number>()
    let i = this.skipSpaces(p + 1)
    if (s.charCodeAt(i) !== close) {
      for (;;) {
        const first = this.flowScalar(i, isMap)
        i = this.skipSpaces(first.end)
        if (isMap) {
          if (s.charCodeAt(i) !== COLON || s.charCodeAt(i + 1) !== SP) bail()
          const value = this.flowScalar(this.skipSpaces(i + 1), false)
          addMapEntry(entries, seen, { key: first.raw, keyRange: first.node.range, value: value.node }, this.diagnostics)
          i = this.skipSpaces(value.end)
        } else items.push(first.node)
        const c = s.charCodeAt(i)
        if (c === close) break
        if (c !== COMMA) bail()
        i = this.skipSpaces(i + 1)
        if (s.charCodeAt(i) === close) bail() // a trailing comma
      }
    }
    const end = i + 1
    const range = { start: p, end }
    const node: YNode = isMap ? { kind: 'map', entries, range } : { kind: 'seq', items, range }
    // A flow collection used as a key ("[a]: b") is out of the subset; restOfLine rejects it.
    return { node, end2: this.restOfLine(this.skipSpaces(end)), attachable: true }
  }

  /** A scalar inside a flow collection: quoted, or plain up to a flow indicator or ': '. */
  private flowScalar(p: number, isKey: boolean): { node: YNode; end: number; raw: string } {
    const { s, len } = this
    const c = s.charCodeAt(p)
    if (c === SQUOTE || c === DQUOTE) {
      const q = this.scanQuoted(p, true)!
      return { node: { kind: 'scalar', type: 'str', text: q.text, range: { start: p, end: q.end } }, end: q.end, raw: q.text }
    }
    if (!this.plainStart(p) || ((c === DASH || c === QUESTION || c === COLON) && FLOW_INDICATORS.has(s[p + 1]))) bail()
    let end = p
    for (let i = p; i < len; i++) {
      const ch = s.charCodeAt(i)
      if (ch === COMMA || ch === RBRACKET || ch === RBRACE) break
      if (ch === LBRACKET || ch === LBRACE || ch === NL || ch === TAB || ch === HASH) bail()
      if (ch === COLON) {
        const n = s.charCodeAt(i + 1)
        if (n === SP || n === COMMA || n === RBRACKET || n === RBRACE || n === LBRACKET || n === LBRACE || i + 1 >= len) {
          if (!isKey) bail()
          break
        }
      }
      if (ch !== SP) end = i + 1
    }
    const raw = s.slice(p, end)
    return { node: { kind: 'scalar', ...resolvePlainScalar(raw), range: { start: p, end } }, end, raw }
  }

  // ---- block scalars -------------------------------------------------------------------------

  /**
   * A literal (|) or folded (>) block scalar at p, the value of a key in the map at `indent`:
   * the lexer's extent (parseBlockScalar) and the composer's value (resolveBlockScalar).
   */
  private parseBlockScalar(p: number, indent: number): Parsed {
    const { s, len } = this
    const folded = s.charCodeAt(p) === GT
    let h = p + 1
    let strip = false
    if (s.charCodeAt(h) === DASH) {
      strip = true
      h++
    }
    const afterHeader = this.skipSpaces(h)
    const hc = s.charCodeAt(afterHeader)
    if (hc !== NL) bail() // keep (+), indentation indicators, header comments, EOF: out of subset
    const bodyStart = afterHeader + 1
    // Lexer: the first non-blank line fixes the content indentation.
    let nl = bodyStart - 1
    let contentIndent = 0
    let i = bodyStart
    for (; i < len; i++) {
      const c = s.charCodeAt(i)
      if (c === SP) contentIndent++
      else if (c === NL) {
        nl = i
        contentIndent = 0
      } else break
    }
    if (i >= len || s.charCodeAt(i) === TAB) bail()
    if (contentIndent < indent + 1) bail() // an empty block scalar
    if (nl !== bodyStart - 1) bail() // leading blank lines: their indentation rules are subtle
    for (;;) {
      // continueScalar: blank lines and lines indented at least as deep continue the scalar.
      const lineStart = nl + 1
      let k = lineStart
      while (s.charCodeAt(k) === SP) k++
      if (k >= len) {
        if (k - lineStart >= contentIndent) nl = len
        break
      }
      const c = s.charCodeAt(k)
      if (c !== NL && k - lineStart < contentIndent) break
      nl = s.indexOf('\n', k)
      if (nl < 0) {
        nl = len
        break
      }
    }
    // A tab after the scalar would be swallowed by it; trailing blank lines drop (no keep chomping).
    let j = nl + 1
    while (s.charCodeAt(j) === SP) j++
    if (s.charCodeAt(j) === TAB) bail()
    for (;;) {
      let k = nl - 1
      const lastChar = k
      while (s.charCodeAt(k) === SP) k--
      if (s.charCodeAt(k) === NL && k >= bodyStart && k + 1 + contentIndent > lastChar) nl = k
      else break
    }
    const end = Math.min(nl + 1, len)
    const source = s.slice(bodyStart, end)
    if (source.includes('\t')) bail()
    const text = blockScalarValue(source, indent, folded, strip)
    const node: YNode = { kind: 'scalar', type: 'str', text, range: { start: p, end } }
    return { node, end2: end, attachable: false }
  }
}

/** The composer's resolveBlockScalar for an auto-detected indentation; bails where it reports errors. */
function blockScalarValue(source: string, parentIndent: number, folded: boolean, strip: boolean): string {
  const lines = splitLines(source)
  let chompStart = lines.length
  for (let i = lines.length - 1; i >= 0; --i) {
    if (lines[i][1] === '') chompStart = i
    else break
  }
  if (chompStart === 0) bail()
  let trimIndent = parentIndent
  let contentStart = 0
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = lines[i]
    if (content === '') {
      if (indent.length > trimIndent) trimIndent = indent.length
    } else {
      if (indent.length < trimIndent) bail()
      trimIndent = indent.length
      contentStart = i
      if (trimIndent === 0) bail()
      break
    }
  }
  for (let i = lines.length - 1; i >= chompStart; --i) {
    if (lines[i][0].length > trimIndent) chompStart = i + 1
  }
  let value = ''
  let sep = ''
  let prevMoreIndented = false
  for (let i = 0; i < contentStart; ++i) value += lines[i][0].slice(trimIndent) + '\n'
  for (let i = contentStart; i < chompStart; ++i) {
    const [indent, content] = lines[i]
    if (content && indent.length < trimIndent) bail()
    if (!folded) {
      value += sep + indent.slice(trimIndent) + content
      sep = '\n'
    } else if (indent.length > trimIndent) {
      if (sep === ' ') sep = '\n'
      else if (!prevMoreIndented && sep === '\n') sep = '\n\n'
      value += sep + indent.slice(trimIndent) + content
      sep = '\n'
      prevMoreIndented = true
    } else if (content === '') {
      if (sep === '\n') value += '\n'
      else sep = '\n'
    } else {
      value += sep + content
      sep = ' '
      prevMoreIndented = false
    }
  }
  return strip ? value : value + '\n'
}

/** Lines as [indent, content] pairs, as the composer splits them. */
function splitLines(source: string): [string, string][] {
  const split = source.split(/\n( *)/)
  const first = split[0]
  const m = /^( *)/.exec(first)![1]
  const lines: [string, string][] = [[m, first.slice(m.length)]]
  for (let i = 1; i < split.length; i += 2) lines.push([split[i], split[i + 1]])
  return lines
}

const FLOW_INDICATORS = new Set([',', '[', ']', '{', '}'])

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
}

/** Characters an escape consumes after the backslash. */
const ESCAPE_LENGTH: Record<string, number> = { x: 3, u: 5, U: 9 }
