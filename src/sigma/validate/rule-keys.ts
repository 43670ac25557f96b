// The standard keys of Sigma rules (specification v2.1) and what kind of value each holds.
// The JSON Schema in ../schema says the same for the editor; this table lets the CLI check it too.

export type ValueShape = 'string' | 'string-list' | 'string-or-list' | 'map' | 'date' | 'list' | 'scalar' | 'bool'

export interface KeySpec {
  shape: ValueShape
  enum?: readonly string[]
}

export const STATUS_VALUES = ['stable', 'test', 'experimental', 'deprecated', 'unsupported'] as const
export const LEVEL_VALUES = ['informational', 'low', 'medium', 'high', 'critical'] as const
export const RELATED_TYPES = ['derived', 'obsolete', 'merged', 'renamed', 'similar'] as const
export const CORRELATION_TYPES = [
  'event_count', 'value_count', 'temporal', 'temporal_ordered', 'value_sum', 'value_avg', 'value_percentile', 'value_median',
] as const
export const CORRELATION_CONDITION_KEYS = ['gt', 'gte', 'lt', 'lte', 'eq', 'neq', 'field'] as const
export const LOGSOURCE_KEYS = ['category', 'product', 'service', 'definition'] as const

export const TOP_LEVEL_KEYS: Readonly<Record<string, KeySpec>> = {
  title: { shape: 'string' },
  id: { shape: 'string' },
  name: { shape: 'string' },
  related: { shape: 'list' },
  taxonomy: { shape: 'string' },
  status: { shape: 'string', enum: STATUS_VALUES },
  description: { shape: 'string' },
  license: { shape: 'string' },
  author: { shape: 'string' },
  references: { shape: 'string-list' },
  date: { shape: 'date' },
  modified: { shape: 'date' },
  logsource: { shape: 'map' },
  detection: { shape: 'map' },
  correlation: { shape: 'map' },
  filter: { shape: 'map' },
  fields: { shape: 'string-list' },
  falsepositives: { shape: 'string-or-list' },
  level: { shape: 'string', enum: LEVEL_VALUES },
  tags: { shape: 'string-list' },
  scope: { shape: 'string-list' },
  generate: { shape: 'bool' },
  action: { shape: 'string', enum: ['global', 'reset', 'repeat'] },
}

/** Custom keys the SigmaHQ repository uses on purpose: not reported as unknown. */
export const KNOWN_CUSTOM_KEYS = new Set(['regression_tests_path', 'simulation'])

export const REQUIRED_KEYS: Readonly<Record<string, readonly string[]>> = {
  detection: ['title', 'logsource', 'detection'],
  correlation: ['title', 'correlation'],
  filter: ['title', 'logsource', 'filter'],
  unknown: ['title', 'logsource', 'detection'],
}

/** Text inserted by the "add missing key" quick fix. */
export const KEY_SKELETONS: Readonly<Record<string, string>> = {
  title: 'title: Short description of what the rule detects\n',
  logsource: 'logsource:\n    category: process_creation\n    product: windows\n',
  detection: 'detection:\n    selection:\n        Image|endswith: \\example.exe\n    condition: selection\n',
  correlation: 'correlation:\n    type: event_count\n    rules:\n        - rule-name-or-id\n    group-by:\n        - User\n    timespan: 1h\n    condition:\n        gte: 10\n',
  filter: 'filter:\n    rules:\n        - rule-id\n    selection:\n        User|startswith: adm_\n    condition: not selection\n',
}
