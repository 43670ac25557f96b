// The Sigma JSON Schema as the editor gets it (monaco-yaml: key completion, enum values, hover docs).
import sigmaSchema from '../../sigma/schema/sigma-schema.json'
import type { JSONSchema } from 'monaco-yaml'

/** The rule editor's model URI; the schema applies to it only (other YAML models get none). */
export const RULE_MODEL_URI = 'file:///rule.yml'
export const RULE_SCHEMA_FILE_MATCH = ['**/rule.yml']
/** Never fetched (schema requests are off); an http(s) URI because the language service ignores URNs. */
export const RULE_SCHEMA_URI = 'https://sigma-playground.invalid/sigma-rule.schema.json'

type Json = Record<string, unknown>

/**
 * The schema lists log source values and tags as `examples`. monaco-yaml would offer them as bare
 * completions and print the whole list in every hover; our own provider (sigma-completion.ts) offers
 * the same values from the taxonomy with a description each, services filtered by the chosen product.
 * So the editor's copy drops those `examples`, and every value is suggested exactly once.
 */
export function editorSigmaSchema(): JSONSchema {
  const schema = structuredClone(sigmaSchema) as Json
  const properties = schema.properties as Record<string, Json>
  const logsource = properties.logsource.properties as Record<string, Json>
  for (const key of ['category', 'product', 'service']) delete logsource[key].examples
  delete (properties.tags.items as Json).examples
  return schema as JSONSchema
}
