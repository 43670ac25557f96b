// The descriptive fields of a Sigma rule file, as the rule page shows them. For a collection
// (`action: global` + documents) the first rule, with the global part merged in, describes the file.
import type { Diagnostic } from '../api-types'
import { collectRules } from '../parse/collection'
import { mapGet, parseYamlStream, scalarText, type YNode } from '../parse/yaml-tree'

export interface RuleMetadata {
  title?: string
  description?: string
  status?: string
  level?: string
  author?: string
  references: string[]
  falsePositives: string[]
  tags: string[]
}

export function readRuleMetadata(ruleText: string): RuleMetadata {
  const diagnostics: Diagnostic[] = []
  const { documents } = parseYamlStream(ruleText)
  const rule = collectRules(documents, diagnostics)[0]?.rule
  return {
    title: scalarText(mapGet(rule, 'title')),
    description: scalarText(mapGet(rule, 'description')),
    status: scalarText(mapGet(rule, 'status')),
    level: scalarText(mapGet(rule, 'level')),
    author: scalarText(mapGet(rule, 'author')),
    references: textList(mapGet(rule, 'references')),
    falsePositives: textList(mapGet(rule, 'falsepositives')),
    tags: textList(mapGet(rule, 'tags')),
  }
}

/** A list of scalars, or one scalar read as a one-item list; nested maps and lists are skipped. */
function textList(node: YNode | undefined): string[] {
  if (!node) return []
  const items = node.kind === 'seq' ? node.items : [node]
  return items.map((item) => scalarText(item)).filter((text): text is string => text !== undefined && text !== '')
}
