// YAML errors come from the core parser; here they get a hint on how to fix the usual causes.
import type { Diagnostic } from '../../api-types'
import type { ValidationDiagnostic } from '../types'

export function explainYamlError(text: string, d: Diagnostic): ValidationDiagnostic {
  if (d.code === 'yaml-warning' && /^Unresolved tag/.test(d.message)) {
    return { ...d, message: `${d.message}: YAML tags are not part of Sigma: some tools refuse the rule (PyYAML's safe loader), others drop the tag. Remove it, or quote the whole value if the '!' belongs to it.` }
  }
  if (d.code !== 'yaml-syntax') return d
  if (/Invalid escape sequence/.test(d.message)) {
    const fix = singleQuoteFix(text, d.range.start)
    return {
      ...d,
      message: `${d.message}: in double quotes a backslash starts an escape. Use single quotes for Windows paths ('C:\\Windows\\...') or double the backslashes.`,
      fix,
    }
  }
  if (/Tabs are not allowed/.test(d.message)) {
    const lineStart = text.lastIndexOf('\n', d.range.start - 1) + 1
    const indent = /^[ \t]*/.exec(text.slice(lineStart))![0]
    return {
      ...d,
      message: `${d.message}: YAML indents with spaces only. Replace the tab with spaces (Sigma rules use 4).`,
      fix: { title: 'Replace tabs with 4 spaces', edits: [{ range: { start: lineStart, end: lineStart + indent.length }, newText: indent.replace(/\t/g, '    ') }] },
    }
  }
  if (/must start at the same column|bad indentation|Implicit map keys need to be followed by map values/i.test(d.message)) {
    return { ...d, message: `${d.message}: check the indentation; keys of one map must line up exactly (use spaces, 4 per level).` }
  }
  return d
}

/** Turns the double-quoted string around `offset` into a single-quoted one (backslashes literal). */
function singleQuoteFix(text: string, offset: number): ValidationDiagnostic['fix'] {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1
  const lineEndIndex = text.indexOf('\n', offset)
  const line = text.slice(lineStart, lineEndIndex < 0 ? text.length : lineEndIndex)
  const open = line.lastIndexOf('"', offset - lineStart)
  const close = line.indexOf('"', offset - lineStart)
  if (open < 0 || close < 0) return undefined
  const raw = line.slice(open + 1, close)
  if (/\\[\\"]/.test(raw)) return undefined
  return {
    title: 'Use single quotes (backslashes stay literal)',
    edits: [{ range: { start: lineStart + open, end: lineStart + close + 1 }, newText: `'${raw.replace(/'/g, "''")}'` }],
  }
}
