// Markdown building blocks that keep rule text as plain data: nothing a rule author writes can
// become HTML, a link, or break out of a table cell or a code block.

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }

/** Text for a table cell or heading: HTML-escaped, Markdown punctuation neutralised, one line. */
export function escapeInline(text: string): string {
  return text
    .replace(/[&<>]/g, (c) => HTML_ESCAPES[c])
    .replace(/[\\`*[\]~]/g, (c) => `\\${c}`) // `_` is left alone: intraword it never emphasises
    .replace(/\|/g, '&#124;') // an entity, not `\|`, so a backslash before it cannot undo the escape
    .replace(/\r\n|\r|\n/g, '<br>')
}

/** A link only for http(s) addresses (no `javascript:` links); anything else stays plain text. */
export function markdownLink(text: string, url: string): string {
  if (!/^https?:\/\/[^\s]+$/i.test(url)) return escapeInline(text)
  const target = url.replace(/[()<>|"`\\[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
  return `[${escapeInline(text)}](${target})`
}

/** The `<ul><li>` list the seed page uses inside a cell; items are already-escaped Markdown. */
export function cellList(items: readonly string[]): string {
  return `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`
}

/** A fenced code block whose fence is longer than any backtick run in the code (CommonMark). */
export function codeBlock(code: string, language = ''): string {
  const body = code.replace(/\r\n?/g, '\n').replace(/\n+$/, '')
  const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(Math.max(3, longestRun + 1))
  return `${fence}${language}\n${body}\n${fence}`
}

export const LABEL_WIDTH = 20

/** A two-column table whose first row is the header, as on the seed page. */
export function table(rows: readonly (readonly [string, string])[]): string {
  const line = ([label, value]: readonly [string, string]) => `| ${label.padEnd(LABEL_WIDTH)} | ${value} |`
  const [header, ...body] = rows
  const separator = `|:${'-'.repeat(LABEL_WIDTH + 1)}|:${'-'.repeat(LABEL_WIDTH + 1)}|`
  return [line(header), separator, ...body.map(line)].join('\n')
}
