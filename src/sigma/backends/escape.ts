// Escaping helpers shared by backend declarations.

/** Prefixes every match of `pattern` with a backslash (Python's `re.sub(p, "\\\\\\g<1>", v)`). */
export function backslashEscaper(pattern: RegExp): (text: string) => string {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g')
  return (text) => text.replace(global, (match) => '\\' + match)
}

/** A quote or a lone backslash (one not escaping a wildcard or another backslash). */
export const QUOTE_OR_LONE_BACKSLASH = /"|(?<!\\)\\(?![*?\\])/

/** Whether a value holds an unescaped `*` or `?` (the legacy Elasticsearch test). */
export const LEGACY_WILDCARD = /(?:(?<!\\)|\\\\)[*?]/
