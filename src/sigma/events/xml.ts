// A small, safe XML parser for pasted Windows event XML. No DOM, no network, no DTD: only the five
// predefined entities and numeric character references are expanded (so no entity blow-up), and
// input size, depth and element count are bounded.

export interface XmlElement {
  /** Local name (a namespace prefix is dropped). */
  name: string
  attributes: Record<string, string>
  children: XmlElement[]
  /** Concatenated character data directly inside this element (CDATA included), untrimmed. */
  text: string
}

export class XmlError extends Error {
  constructor(
    message: string,
    /** Offset in the parsed text. */
    readonly offset: number,
  ) {
    super(message)
    this.name = 'XmlError'
  }
}

export interface XmlLimits {
  maxLength: number
  maxDepth: number
  maxElements: number
}

export const DEFAULT_XML_LIMITS: XmlLimits = { maxLength: 16 * 1024 * 1024, maxDepth: 64, maxElements: 200_000 }

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }
const NAME = /[A-Za-z_:][\w.:\-]*/y

export function decodeEntities(text: string, offset: number): string {
  if (!text.includes('&')) return text
  return text.replace(/&([^;&\s]{0,32});?/g, (whole, body: string, at: number) => {
    if (!whole.endsWith(';')) throw new XmlError(`Unescaped '&' in text (write &amp;).`, offset + at)
    if (Object.hasOwn(PREDEFINED, body)) return PREDEFINED[body]
    const numeric = /^#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}))$/.exec(body)
    if (numeric) {
      const code = numeric[1] !== undefined ? parseInt(numeric[1], 16) : Number(numeric[2])
      if (code > 0x10ffff || code === 0) throw new XmlError(`Invalid character reference '${whole}'.`, offset + at)
      return String.fromCodePoint(code)
    }
    throw new XmlError(`Unknown entity '${whole}': only &lt; &gt; &amp; &quot; &apos; and numeric references are expanded.`, offset + at)
  })
}

function localName(name: string): string {
  const colon = name.indexOf(':')
  return colon >= 0 ? name.slice(colon + 1) : name
}

/** Parses a document (or fragment) and returns its top-level elements. Throws XmlError. */
export function parseXml(text: string, limits: XmlLimits = DEFAULT_XML_LIMITS): XmlElement[] {
  if (text.length > limits.maxLength) throw new XmlError(`The XML is larger than ${limits.maxLength} characters.`, 0)
  const roots: XmlElement[] = []
  const stack: { element: XmlElement; rawName: string; offset: number }[] = []
  let elements = 0
  let pos = 0
  const appendText = (value: string, at: number): void => {
    const top = stack[stack.length - 1]
    if (top) top.element.text += value
    else if (value.trim() !== '') throw new XmlError('Text outside of any element.', at)
  }
  while (pos < text.length) {
    const lt = text.indexOf('<', pos)
    if (lt < 0) {
      appendText(decodeEntities(text.slice(pos), pos), pos)
      break
    }
    if (lt > pos) appendText(decodeEntities(text.slice(pos, lt), pos), pos)
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4)
      if (end < 0) throw new XmlError('Unclosed comment.', lt)
      pos = end + 3
    } else if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9)
      if (end < 0) throw new XmlError('Unclosed CDATA section.', lt)
      appendText(text.slice(lt + 9, end), lt)
      pos = end + 3
    } else if (text.startsWith('<?', lt)) {
      const end = text.indexOf('?>', lt + 2)
      if (end < 0) throw new XmlError('Unclosed processing instruction.', lt)
      pos = end + 2
    } else if (text.startsWith('<!', lt)) {
      // DOCTYPE and friends: skipped, never interpreted (no entity definitions are honoured).
      if (text.includes('[', lt) && /^<!DOCTYPE[^>[]*\[/i.test(text.slice(lt, lt + 1024))) {
        throw new XmlError('Documents with an internal DTD are not accepted.', lt)
      }
      const end = text.indexOf('>', lt + 2)
      if (end < 0) throw new XmlError('Unclosed declaration.', lt)
      pos = end + 1
    } else if (text[lt + 1] === '/') {
      NAME.lastIndex = lt + 2
      const m = NAME.exec(text)
      if (!m) throw new XmlError("Expected an element name after '</'.", lt)
      const close = text.indexOf('>', NAME.lastIndex)
      if (close < 0 || text.slice(NAME.lastIndex, close).trim() !== '') throw new XmlError(`Malformed end tag '</${m[0]}'.`, lt)
      const top = stack.pop()
      if (!top) throw new XmlError(`End tag '</${m[0]}>' without a start tag.`, lt)
      if (top.rawName !== m[0]) throw new XmlError(`End tag '</${m[0]}>' does not match '<${top.rawName}>' (line of the start tag: see offset).`, lt)
      pos = close + 1
    } else {
      pos = parseStartTag(text, lt, stack, roots, limits, ++elements)
    }
  }
  const open = stack.pop()
  if (open) throw new XmlError(`Element '<${open.rawName}>' is not closed.`, open.offset)
  return roots
}

function parseStartTag(
  text: string,
  lt: number,
  stack: { element: XmlElement; rawName: string; offset: number }[],
  roots: XmlElement[],
  limits: XmlLimits,
  count: number,
): number {
  if (count > limits.maxElements) throw new XmlError(`More than ${limits.maxElements} elements.`, lt)
  NAME.lastIndex = lt + 1
  const m = NAME.exec(text)
  if (!m) throw new XmlError("Expected an element name after '<'.", lt)
  const rawName = m[0]
  const element: XmlElement = { name: localName(rawName), attributes: Object.create(null) as Record<string, string>, children: [], text: '' }
  let pos = NAME.lastIndex
  for (;;) {
    while (pos < text.length && /\s/.test(text[pos])) pos++
    if (pos >= text.length) throw new XmlError(`Unclosed start tag '<${rawName}'.`, lt)
    const c = text[pos]
    if (c === '>' || (c === '/' && text[pos + 1] === '>')) {
      const selfClosing = c === '/'
      pos += selfClosing ? 2 : 1
      const parent = stack[stack.length - 1]
      if (parent) parent.element.children.push(element)
      else roots.push(element)
      if (!selfClosing) {
        if (stack.length >= limits.maxDepth) throw new XmlError(`Elements are nested deeper than ${limits.maxDepth} levels.`, lt)
        stack.push({ element, rawName, offset: lt })
      }
      return pos
    }
    NAME.lastIndex = pos
    const attr = NAME.exec(text)
    if (!attr) throw new XmlError(`Malformed attribute in '<${rawName}>'.`, pos)
    pos = NAME.lastIndex
    while (/\s/.test(text[pos] ?? '')) pos++
    if (text[pos] !== '=') throw new XmlError(`Attribute '${attr[0]}' needs a value.`, pos)
    pos++
    while (/\s/.test(text[pos] ?? '')) pos++
    const quote = text[pos]
    if (quote !== '"' && quote !== "'") throw new XmlError(`Attribute '${attr[0]}' value must be quoted.`, pos)
    const end = text.indexOf(quote, pos + 1)
    if (end < 0) throw new XmlError(`Unclosed value of attribute '${attr[0]}'.`, pos)
    const raw = text.slice(pos + 1, end)
    if (raw.includes('<')) throw new XmlError(`'<' inside the value of attribute '${attr[0]}'.`, pos)
    const name = attr[0]
    // Namespace declarations are not data; '__proto__' is never a key we want.
    if (name !== 'xmlns' && !name.startsWith('xmlns:') && localName(name) !== '__proto__') element.attributes[localName(name)] = decodeEntities(raw, pos + 1)
    pos = end + 1
  }
}
