// One Markdown page per rule in the Atomic Threat Coverage layout: a metadata table, then the
// Sigma rule and every backend's translation in code blocks. Rows that need ATC's knowledge base
// (Data Needed, Trigger, Enrichment, ...) are left out.
import { classifyTags, type AttackLink } from './attack-tags'
import { cellList, codeBlock, escapeInline, markdownLink, table } from './markdown'
import { readRuleMetadata } from './rule-metadata'

export interface BackendTranslation {
  backendId: string
  /** The backend's real output: one query per line. */
  output: string
}

export function exportRulePage(ruleText: string, translations: readonly BackendTranslation[]): string {
  return [metadataTable(ruleText), '## Detection Rules', '### Sigma rule', codeBlock(ruleText, 'yaml'), ...translations.flatMap(translationSection)]
    .join('\n\n')
    .concat('\n')
}

function metadataTable(ruleText: string): string {
  const meta = readRuleMetadata(ruleText)
  const tags = classifyTags(meta.tags)
  const links = (items: AttackLink[]) => cellList(items.map((item) => markdownLink(item.label, item.url)))
  const rows: [string, string | undefined][] = [
    ['Title', escapeInline(meta.title ?? '')],
    ['Description', optional(meta.description, escapeInline)],
    ['ATT&amp;CK Tactic', tags.tactics.length > 0 ? links(tags.tactics) : undefined],
    ['ATT&amp;CK Technique', tags.techniques.length > 0 ? links(tags.techniques) : undefined],
    ['Severity Level', optional(meta.level, escapeInline)],
    ['False Positives', listCell(meta.falsePositives.map(escapeInline))],
    ['Development Status', optional(meta.status, escapeInline)],
    ['References', listCell(meta.references.map((url) => markdownLink(url, url)))],
    ['Author', optional(meta.author, escapeInline)],
    ['Other Tags', listCell(tags.other.map(escapeInline))],
  ]
  // Title is the table header, so it is always there; other rows only when the rule has a value.
  return table(rows.filter((row): row is [string, string] => row[1] !== undefined))
}

function optional(value: string | undefined, render: (value: string) => string): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : render(value)
}

function listCell(items: string[]): string | undefined {
  return items.length > 0 ? cellList(items) : undefined
}

function translationSection({ backendId, output }: BackendTranslation): string[] {
  return [`### ${escapeInline(backendId)}`, codeBlock(output)]
}
