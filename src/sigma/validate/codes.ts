// Every diagnostic code the validator can produce, with its default severity and a one-line summary.
// Codes are stable: tools filter on them (`check --exclude`, `disabled`), so never rename one.
import type { CheckInfo } from './types'

const LIST = [
  // Reading the text (reported by the core parsers, passed through).
  ['yaml-syntax', 'error', 'The text is not valid YAML (tabs, indentation, unclosed quotes or brackets).'],
  ['yaml-warning', 'warning', 'YAML that parses but is probably not what was meant.'],
  ['yaml-duplicate-key', 'warning', 'A key appears twice in one map; the later value wins.'],
  ['rule-not-a-map', 'error', 'A rule document must be a map of keys.'],
  ['collection-repeat-first', 'error', "'action: repeat' needs a rule before it."],
  ['condition-syntax', 'error', 'The condition cannot be parsed.'],
  ['condition-aggregation', 'error', 'The aggregation after | in the condition cannot be parsed.'],
  // Structure (what the JSON Schema says, checked on the tree so the CLI reports it too).
  ['missing-required-key', 'error', 'A mandatory key (title, logsource, detection, condition, ...) is missing.'],
  ['invalid-type', 'error', 'A key holds the wrong kind of value (e.g. a list where a string is expected).'],
  ['invalid-enum', 'error', 'A value is not one of the allowed words (status, level, related type, ...).'],
  ['ambiguous-rule-kind', 'error', 'A document mixes detection, correlation and filter sections.'],
  ['unknown-key', 'hint', 'A top-level key that is not part of the Sigma specification (a custom attribute).'],
  ['similar-to-standard-key', 'warning', 'A custom key that looks like a misspelt standard key.'],
  ['logsource-unknown-key', 'warning', 'logsource holds a key other than category, product, service or definition.'],
  ['logsource-value-format', 'hint', 'logsource values are lower case with _ instead of spaces.'],
  ['title-too-long', 'warning', 'The title is longer than 256 characters.'],
  ['invalid-timespan', 'error', 'A correlation timespan must be a number and a unit (s, m, h, d, w, M, y), e.g. 5m.'],
  // Metadata.
  ['missing-id', 'warning', 'The rule has no id.'],
  ['invalid-id', 'warning', 'The id is not a UUID.'],
  ['duplicate-id', 'error', 'Two rules share one id.'],
  ['duplicate-title', 'warning', 'Two rules share one title.'],
  ['duplicate-reference', 'warning', 'The same reference is listed twice.'],
  ['missing-date', 'hint', 'The rule has no creation date.'],
  ['missing-status', 'hint', 'The rule has no status (stable, test, experimental, ...).'],
  ['missing-level', 'hint', 'The rule has no level (informational ... critical).'],
  ['missing-description', 'hint', 'The rule has no description.'],
  ['invalid-date', 'error', 'A date is not a real YYYY-MM-DD date.'],
  ['old-date-format', 'hint', 'A date uses the old YYYY/MM/DD format.'],
  ['modified-before-date', 'warning', "'modified' is earlier than 'date'."],
  // Tags.
  ['invalid-tag-format', 'warning', 'A tag is not namespace.name in lower case letters, digits, - and _.'],
  ['unknown-tag-namespace', 'warning', 'A tag namespace other than attack, car, cve, d3fend, detection, stp or tlp.'],
  ['duplicate-tag', 'warning', 'The same tag is listed twice.'],
  ['invalid-attack-tag', 'warning', 'An attack.* tag that is not a tactic or a technique/group/software/mitigation id.'],
  ['invalid-d3fend-tag', 'warning', 'A d3fend.* tag that is not a D3FEND tactic, technique (d3-...) or artifact (d3f-...).'],
  ['invalid-tlp-tag', 'warning', 'A tlp.* tag that is not a TLP level.'],
  ['invalid-car-tag', 'warning', 'A car.* tag that is not a CAR id like car.2016-04-005.'],
  ['invalid-cve-tag', 'warning', 'A cve.* tag that is not like cve.2021-44228.'],
  ['invalid-detection-tag', 'warning', 'A detection.* tag other than dfir, emerging-threats or threat-hunting.'],
  ['invalid-stp-tag', 'warning', 'A stp.* tag that is not a Summiting the Pyramid score like stp.3k.'],
  // Detection and condition.
  ['missing-condition', 'error', 'The detection has no condition.'],
  ['empty-detection', 'error', 'The detection defines no search identifier.'],
  ['undefined-identifier', 'error', 'The condition names a search identifier that the detection does not define.'],
  ['dangling-detection', 'warning', 'A search identifier that the condition never uses.'],
  ['them-single-detection', 'hint', "'1 of them' / 'all of them' with a single search identifier."],
  ['all-of-them', 'info', "'all of them' is discouraged: it prevents adding filters later."],
  ['deprecated-aggregation', 'warning', 'Aggregations in the condition (| count() ...) are replaced by correlation rules.'],
  ['specific-logsource', 'warning', 'A specific log source + EventID where a generic category exists.'],
  // Modifiers and values.
  ['unknown-modifier', 'error', 'A value modifier that Sigma does not define.'],
  ['invalid-modifier-combination', 'warning', 'Modifiers that do not work together (e.g. all without contains).'],
  ['repeated-modifier', 'warning', 'The same modifier is applied twice.'],
  ['modifier-value-type', 'error', 'A modifier applied to a value of the wrong type (cidr on a non-IP, gt on text, ...).'],
  ['all-single-value', 'warning', "'all' on a single value does nothing."],
  ['base64-wildcard', 'warning', 'A wildcard inside a base64-encoded value is encoded literally, not matched.'],
  ['double-wildcard', 'warning', "'**' in a value: one '*' already matches any text."],
  ['number-as-string', 'hint', 'A number written as a quoted string.'],
  ['control-character', 'warning', 'A control character, usually from a single backslash in a double-quoted string.'],
  ['wildcards-instead-of-modifier', 'hint', "'*x*', 'x*' or '*x' where |contains, |startswith or |endswith says it clearly."],
  ['escaped-wildcard', 'info', 'An escaped wildcard (\\* or \\?) matches the character itself.'],
  ['invalid-regex', 'error', 'A |re value that is not a valid regular expression.'],
  ['regex-flavor', 'warning', 'A regular expression construct that behaves differently in PCRE and JavaScript.'],
] as const satisfies readonly (readonly [string, CheckInfo['severity'], string])[]

export type ValidationCode = (typeof LIST)[number][0]

export const CHECK_INFO: ReadonlyMap<string, CheckInfo> = new Map(
  LIST.map(([code, severity, summary]) => [code, { code, severity, summary }]),
)

export function listChecks(): CheckInfo[] {
  return [...CHECK_INFO.values()]
}
