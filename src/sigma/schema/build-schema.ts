// Builds our JSON Schema (draft-07) for Sigma detection rules, correlation rules and filters,
// written from the Sigma specification v2.1. The editor (monaco-yaml) uses it for validation,
// completion and hover; `npm run cli`'s checker does the same checks in TS (../validate).
// sigma-schema.json is this object serialised; regenerate with:
//   npx tsx src/sigma/schema/write-schema.ts
import { CORRELATION_TYPES, LEVEL_VALUES, RELATED_TYPES, STATUS_VALUES } from '../validate/rule-keys'
import { LOGSOURCE_CATEGORIES, LOGSOURCE_PRODUCTS, LOGSOURCE_SERVICES, ATTACK_TACTICS, DETECTION_TAGS, TLP_LEVELS } from './taxonomy'

type Schema = Record<string, unknown>

/** A key's docs: plain text for tools that show `description`, markdown for hovers. */
function doc(description: string, markdown?: string): Schema {
  return { description, markdownDescription: markdown ?? description }
}

const UUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
const DATE_PATTERN = '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$|^[0-9]{4}/(0[1-9]|1[0-2])/(0[1-9]|[12][0-9]|3[01])$'

const STATUS_DOCS: Record<string, string> = {
  stable: 'Considered stable: may be used in production systems and dashboards.',
  test: 'Mostly stable; may need slight tuning for an environment.',
  experimental: 'New: may be noisy or produce false positives, but can find interesting events.',
  deprecated: "Replaced or covered by another rule, linked through 'related'.",
  unsupported: 'Cannot be used as is (e.g. old correlation syntax or custom fields).',
}
const LEVEL_DOCS: Record<string, string> = {
  informational: 'For enrichment, e.g. tagging events; never raises a case or alert.',
  low: 'Notable but rarely an incident; relevant in numbers or combination.',
  medium: 'Relevant event that should be reviewed manually.',
  high: 'Should trigger an internal alert and a prompt review.',
  critical: 'Highly relevant: indicates an incident and needs immediate review.',
}
const RELATED_DOCS: Record<string, string> = {
  derived: 'This rule was derived from the referred rule, which may stay active.',
  obsolete: 'This rule makes the referred rule obsolete.',
  merged: 'This rule was merged from the referred rules, which may still be in use.',
  renamed: 'The rule had the referred id before; no rule with that id is expected any more.',
  similar: 'A similar rule, e.g. the same logic on a different log source.',
}
const CORRELATION_DOCS: Record<string, string> = {
  event_count: 'Counts the events matched by the referred rules per group within the timespan.',
  value_count: "Counts distinct values of 'condition.field' per group within the timespan.",
  temporal: 'All referred rules must match, in any order, within the timespan.',
  temporal_ordered: 'All referred rules must match in the listed order within the timespan.',
  value_sum: "Sums 'condition.field' per group within the timespan.",
  value_avg: "Averages 'condition.field' per group within the timespan.",
  value_percentile: "Takes a percentile of 'condition.field' per group within the timespan.",
  value_median: "Takes the median of 'condition.field' per group within the timespan.",
}

function enumWithDocs(values: readonly string[], docs: Record<string, string>): Schema {
  return { type: 'string', enum: [...values], enumDescriptions: values.map((v) => docs[v] ?? ''), markdownEnumDescriptions: values.map((v) => docs[v] ?? '') }
}

const stringOrList = (item: Schema = { type: 'string' }): Schema => ({ anyOf: [item, { type: 'array', items: item }] })

const scalarValue: Schema = { type: ['string', 'number', 'boolean', 'null'] }

/** A search identifier: a map of field (with |modifiers) → value(s), a list of such maps, or keywords. */
const searchIdentifier: Schema = {
  ...doc('A search identifier: a map of field: value pairs (AND), a list of maps (OR), or a list of keywords (OR).',
    'A **search identifier**. Forms:\n\n- a map of `field|modifier: value` pairs, all must match (AND)\n- a list of such maps, any may match (OR)\n- a list of keywords searched in the whole event (OR)\n\nA list of values for one field means OR, unless `|all` is used.'),
  anyOf: [
    { type: 'object', additionalProperties: { anyOf: [scalarValue, { type: 'array', items: scalarValue }] } },
    { type: 'array', items: { anyOf: [scalarValue, { type: 'object', additionalProperties: { anyOf: [scalarValue, { type: 'array', items: scalarValue }] } }] } },
    { type: ['string', 'number'] },
  ],
}

const condition: Schema = {
  ...doc('How the search identifiers combine: and, or, not, parentheses, "1 of pattern*", "all of pattern*", "1 of them".',
    'How the search identifiers combine.\n\n- `selection and not filter`\n- `1 of selection_*` / `all of selection_*`\n- `1 of them` (every identifier not starting with `_`)\n- parentheses for grouping\n\nPrecedence, weakest first: `or`, `and`, `not`, `x of`, `( )`. A list of conditions means OR.'),
  anyOf: [{ type: 'string', minLength: 1 }, { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 }],
}

const logsource: Schema = {
  ...doc('Which logs the rule applies to: category, product and service, each optional, in lower case.',
    'Which logs the rule applies to. Combine freely:\n\n- `category`: a kind of event (process_creation, file_event, ...)\n- `product`: a platform or product (windows, linux, aws, ...)\n- `service`: a subset of the product\'s logs (security, sysmon, cloudtrail, ...)\n- `definition`: free text on how to configure the source\n\nPrefer generic categories over product-specific services with EventIDs.'),
  type: 'object',
  properties: {
    category: { ...doc('A generic kind of event, e.g. process_creation. Lower case, _ for spaces.'), type: 'string', examples: LOGSOURCE_CATEGORIES.map((c) => c.name) },
    product: { ...doc('The product or platform, e.g. windows, linux, aws. Lower case.'), type: 'string', examples: LOGSOURCE_PRODUCTS.map((p) => p.name) },
    service: { ...doc("A subset of the product's logs, e.g. security, sysmon, cloudtrail. Lower case."), type: 'string', examples: [...new Set(LOGSOURCE_SERVICES.map((s) => s.name))] },
    definition: { ...doc('Free text for readers: how the log source must be configured to produce the events. Not used by converters.'), type: 'string' },
  },
  additionalProperties: { type: 'string' },
  minProperties: 1,
}

const date = (what: string): Schema => ({
  ...doc(`${what} as an ISO 8601 date, YYYY-MM-DD (older rules use YYYY/MM/DD).`),
  type: 'string',
  pattern: DATE_PATTERN,
  patternErrorMessage: 'Write the date as YYYY-MM-DD, e.g. 2024-01-31.',
})

/** Keys every kind of Sigma document may have; listed once so hovers work in every branch. */
const commonProperties: Record<string, Schema> = {
  title: { ...doc('A short title saying what the rule detects (at most 256 characters).'), type: 'string', minLength: 1, maxLength: 256 },
  id: {
    ...doc('A globally unique identifier: a random UUID (version 4). Give a rule a new id when its logic changes substantially.'),
    type: 'string', pattern: UUID_PATTERN, patternErrorMessage: 'The id should be a UUID, e.g. 929a690e-bef0-4204-a928-ef5e620d6fcc.',
  },
  name: { ...doc('A unique, human-readable name that correlation rules can use instead of the id.'), type: 'string', pattern: '^[A-Za-z0-9_\\-.]+$' },
  related: {
    ...doc('Other rules this one relates to, each with an id and a relation type (derived, obsolete, merged, renamed, similar).'),
    type: 'array',
    items: {
      type: 'object',
      required: ['id', 'type'],
      properties: {
        id: { ...doc('The id of the related rule.'), type: 'string', pattern: UUID_PATTERN },
        type: { ...doc('How the rules relate.'), ...enumWithDocs(RELATED_TYPES, RELATED_DOCS) },
      },
    },
  },
  taxonomy: { ...doc("The taxonomy of field names and log sources; 'sigma' (the default) unless a tool maps another one."), type: 'string', examples: ['sigma'] },
  status: { ...doc('Maturity of the rule.'), ...enumWithDocs(STATUS_VALUES, STATUS_DOCS) },
  description: { ...doc('What the rule detects and why it matters (at most 65,535 characters).'), type: 'string', maxLength: 65535 },
  license: { ...doc('The license of the rule as an SPDX id, e.g. DRL-1.1.'), type: 'string' },
  author: { ...doc('Who wrote the rule (names or handles, separated by commas).'), type: 'string' },
  references: { ...doc('Sources the rule is based on: articles, reports, tweets.'), type: 'array', items: { type: 'string' }, uniqueItems: true },
  date: date('Creation date'),
  modified: date('Last substantial change (title, detection, level, logsource, or status set to deprecated)'),
  fields: { ...doc('Log fields worth showing to an analyst when the rule matches.'), type: 'array', items: { type: 'string' } },
  falsepositives: { ...doc('Known false positives: benign activity that can match.'), ...stringOrList() },
  level: { ...doc('Criticality of a match.'), ...enumWithDocs(LEVEL_VALUES, LEVEL_DOCS) },
  tags: {
    ...doc('Tags in namespace.name form: attack.*, car.*, cve.*, d3fend.*, detection.*, stp.*, tlp.*.'),
    type: 'array',
    uniqueItems: true,
    items: {
      type: 'string',
      pattern: '^[a-z0-9_-]+\\.[A-Za-z0-9_.-]+$',
      patternErrorMessage: 'Tags are namespace.name in lower case, e.g. attack.t1059.001.',
      examples: [...ATTACK_TACTICS, ...DETECTION_TAGS, ...TLP_LEVELS].map((t) => t.tag),
    },
  },
  scope: { ...doc('Where the rule is meant to run, e.g. server (a key only present on Windows Server).'), type: 'array', items: { type: 'string' } },
  action: {
    ...doc('Multi-document files: global sets defaults merged into the following documents, reset forgets them, repeat reuses the previous rule with changes.'),
    ...enumWithDocs(['global', 'reset', 'repeat'], {
      global: 'Defaults merged into every following document of the file.',
      reset: 'Forgets the defaults set by global.',
      repeat: 'Repeats the previous rule with the keys of this document changed.',
    }),
  },
  detection: {
    ...doc('The search identifiers and the condition that combines them.'),
    type: 'object',
    properties: {
      condition,
      timeframe: { ...doc('Legacy: time window for aggregations in the condition; use correlation rules instead.'), type: 'string', pattern: '^[0-9]+[smhdwMy]$' },
    },
    additionalProperties: searchIdentifier,
  },
  correlation: {
    ...doc('Correlates the matches of other rules: counts, distinct values or temporal proximity.'),
    type: 'object',
    required: ['type', 'rules', 'timespan'],
    properties: {
      type: { ...doc('The kind of correlation.'), ...enumWithDocs(CORRELATION_TYPES, CORRELATION_DOCS) },
      rules: { ...doc('Ids or names of the rules (or correlations) to correlate.'), ...stringOrList() },
      aliases: { ...doc('Field name aliases: alias → {rule name: field in that rule\'s events}, usable in group-by.'), type: 'object', additionalProperties: { type: 'object', additionalProperties: { type: 'string' } } },
      'group-by': { ...doc('Fields whose values define separate groups (e.g. the same user or host).'), ...stringOrList() },
      timespan: { ...doc('Time window: a number and a unit, s, m, h or d (e.g. 5m, 1h, 7d).'), type: 'string', pattern: '^[0-9]+[smhdwMy]$', patternErrorMessage: 'Write a number and a unit, e.g. 5m or 1h.' },
      condition: {
        ...doc('When the correlation matches: gt, gte, lt, lte, eq or neq a number (combined with AND); field for value_* types.'),
        type: 'object',
        properties: Object.fromEntries([
          ...(['gt', 'gte', 'lt', 'lte', 'eq', 'neq'] as const).map((k) => [k, { ...doc(`The count must be ${{ gt: 'greater than', gte: 'at least', lt: 'less than', lte: 'at most', eq: 'equal to', neq: 'different from' }[k]} this number.`), type: 'number' }]),
          ['field', { ...doc('The field whose values are counted (value_count) or aggregated (value_sum, ...).'), ...stringOrList() }],
          ['percentile', { ...doc('For value_percentile: which percentile (1-100).'), type: 'number' }],
        ]),
        additionalProperties: false,
      },
      generate: { ...doc('Also convert the referred rules into stand-alone queries (default: only the correlation).'), type: 'boolean' },
    },
  },
  generate: { ...doc('Also convert the referred rules into stand-alone queries.'), type: 'boolean' },
  filter: {
    ...doc('A global filter: which rules it applies to, selections and a condition that excludes matches.'),
    type: 'object',
    required: ['rules', 'condition'],
    properties: {
      rules: { ...doc('Ids or names of the rules the filter applies to.'), ...stringOrList() },
      condition,
    },
    additionalProperties: searchIdentifier,
  },
  logsource,
}

export function buildSigmaSchema(): Schema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'urn:sigma-playground:sigma-rule',
    title: 'Sigma rule',
    ...doc('A Sigma detection rule, correlation rule or filter (Sigma specification v2.1).'),
    type: 'object',
    properties: commonProperties,
    // Custom attributes are allowed by the specification.
    additionalProperties: true,
    // The kind follows from the keys present; documents with `action` are parts of a multi-document file.
    allOf: [
      {
        if: { required: ['action'] },
        then: {},
        else: {
          if: { required: ['correlation'] },
          then: { required: ['title', 'correlation'], not: { required: ['detection'] } },
          else: {
            if: { required: ['filter'], not: { required: ['detection'] } },
            then: { required: ['title', 'logsource', 'filter'] },
            else: { required: ['title', 'logsource', 'detection'], properties: { detection: { required: ['condition'] } } },
          },
        },
      },
    ],
  }
}
