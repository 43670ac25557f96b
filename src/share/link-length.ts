// Long share links get cut or refused by chat tools and browsers; warn before the user pastes one.

interface LinkLimit {
  chars: number
  where: string
}

/** Ascending. Approximate, conservative limits users hit in practice. */
export const LINK_LIMITS: readonly LinkLimit[] = [
  { chars: 2_048, where: 'Microsoft Teams, Outlook and older browsers' },
  { chars: 4_000, where: 'Slack messages' },
  { chars: 8_000, where: 'most web servers, proxies and link shorteners' },
  { chars: 32_000, where: 'many chat tools and ticket systems' },
]

/** A warning message when `url` is longer than a common limit, otherwise null. */
export function linkLengthWarning(url: string): string | null {
  const length = url.length
  const exceeded = LINK_LIMITS.filter((limit) => length > limit.chars)
  if (exceeded.length === 0) return null
  const worst = exceeded[exceeded.length - 1]
  const others = exceeded.slice(0, -1).map((limit) => limit.where)
  const alsoBroken = others.length > 0 ? ` (and ${others.join(', ')})` : ''
  return (
    `This link is ${length.toLocaleString('en-US')} characters long: ${worst.where}${alsoBroken} may cut links ` +
    `longer than ${worst.chars.toLocaleString('en-US')} characters. Share without events, or share the rule as a file.`
  )
}
