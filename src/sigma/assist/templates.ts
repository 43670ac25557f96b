// Starting points for a new document: a detection rule, a correlation rule and a filter
// (Sigma specification v2.1). Each gets a fresh id and today's date when inserted.

export type TemplateKind = 'rule' | 'correlation' | 'filter'

export interface TemplateInfo {
  kind: TemplateKind
  label: string
  description: string
}

export interface TemplateValues {
  id: string
  /** YYYY-MM-DD */
  date: string
}

export const TEMPLATES: readonly TemplateInfo[] = [
  { kind: 'rule', label: 'Detection rule', description: 'A log source, a selection, a filter and a condition' },
  { kind: 'correlation', label: 'Correlation rule', description: "Counts another rule's matches per group" },
  { kind: 'filter', label: 'Filter', description: 'Excludes known benign events from other rules' },
]

export function buildTemplate(kind: TemplateKind, { id, date }: TemplateValues): string {
  switch (kind) {
    case 'rule':
      return `title: Suspicious Example Tool Execution
id: ${id}
status: experimental
description: Detects the execution of example.exe with a suspicious flag. Describe what the rule detects and why it matters.
references:
    - https://example.com/report
author: Your Name
date: ${date}
tags:
    - attack.execution
logsource:
    category: process_creation
    product: windows
detection:
    selection:
        OriginalFileName: 'example.exe'
        CommandLine|contains: ' -suspicious '
    filter_main_legit_parent:
        ParentImage|contains: '\\Program Files\\Example\\'
    condition: selection and not filter_main_legit_parent
falsepositives:
    - Administrators using the tool on purpose
level: medium
`
    case 'correlation':
      return `title: Many Failed Logons From One Source
id: ${id}
status: experimental
description: Ten or more failed logons from the same source address within five minutes. The rule named in 'rules' must exist (by name or id).
author: Your Name
date: ${date}
correlation:
    type: event_count
    rules:
        - failed_logon
    group-by:
        - IpAddress
    timespan: 5m
    condition:
        gte: 10
level: high
`
    case 'filter':
      return `title: Filter Out Software Deployment Accounts
id: ${id}
description: Excludes processes started by the software deployment account from the rules listed under 'rules'.
author: Your Name
date: ${date}
logsource:
    category: process_creation
    product: windows
filter:
    rules:
        - 929a690e-bef0-4204-a928-ef5e620d6fcc
    selection:
        User|startswith: 'svc_deploy'
    condition: not selection
`
  }
}

/** Today as YYYY-MM-DD in local time. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** A random UUID v4 (crypto.getRandomValues works outside secure contexts, unlike randomUUID). */
export function newUuid(random: (bytes: Uint8Array) => Uint8Array = (b) => globalThis.crypto.getRandomValues(b)): string {
  const b = random(new Uint8Array(16))
  b[6] = (b[6] & 0x0f) | 0x40
  b[8] = (b[8] & 0x3f) | 0x80
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** The text of a template with a fresh id and today's date. */
export function newTemplateText(kind: TemplateKind): string {
  return buildTemplate(kind, { id: newUuid(), date: todayIso() })
}
