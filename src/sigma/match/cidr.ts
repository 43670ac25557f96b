// CIDR ranges for `|cidr`: IPv4 and IPv6 parsed to bigints once, event addresses tested by masking.

export interface CidrRange {
  version: 4 | 6
  network: bigint
  mask: bigint
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/

export function parseIPv4(text: string): bigint | null {
  const m = IPV4.exec(text)
  if (!m) return null
  let value = 0n
  for (let i = 1; i <= 4; i++) {
    const octet = Number(m[i])
    if (octet > 255) return null
    value = (value << 8n) | BigInt(octet)
  }
  return value
}

export function parseIPv6(input: string): bigint | null {
  let text = input
  const zone = text.indexOf('%')
  if (zone >= 0) text = text.slice(0, zone)
  if (text.startsWith('[') && text.endsWith(']')) text = text.slice(1, -1)
  if (!/^[0-9a-fA-F:.]+$/.test(text) || !text.includes(':')) return null
  // An embedded IPv4 tail (::ffff:1.2.3.4) becomes two groups.
  const lastColon = text.lastIndexOf(':')
  const tail = text.slice(lastColon + 1)
  if (tail.includes('.')) {
    const v4 = parseIPv4(tail)
    if (v4 === null) return null
    text = text.slice(0, lastColon + 1) + ((v4 >> 16n) & 0xffffn).toString(16) + ':' + (v4 & 0xffffn).toString(16)
  }
  const halves = text.split('::')
  if (halves.length > 2) return null
  const parse = (s: string): string[] | null => (s === '' ? [] : s.split(':'))
  const head = parse(halves[0])
  const rest = halves.length === 2 ? parse(halves[1]) : []
  if (!head || !rest) return null
  const missing = 8 - head.length - rest.length
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...rest]
  let value = 0n
  for (const group of groups) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(group)) return null
    value = (value << 16n) | BigInt('0x' + group)
  }
  return value
}

/** Parses `10.0.0.0/8`, `fe80::/10` or a bare address (a /32 or /128). Null when invalid. */
export function parseCidr(text: string): CidrRange | null {
  const [address, prefixText, extra] = text.trim().split('/')
  if (extra !== undefined) return null
  const v4 = parseIPv4(address)
  const version = v4 !== null ? 4 : 6
  const value = v4 ?? parseIPv6(address)
  if (value === null) return null
  const bits = version === 4 ? 32 : 128
  const prefix = prefixText === undefined ? bits : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN
  if (!(prefix >= 0 && prefix <= bits)) return null
  const all = (1n << BigInt(bits)) - 1n
  const mask = (all << BigInt(bits - prefix)) & all
  return { version, network: value & mask, mask }
}

/** True when the event's address text lies in the range. */
export function cidrContains(range: CidrRange, address: string): boolean {
  const trimmed = address.trim()
  const value = range.version === 4 ? (parseIPv4(trimmed) ?? mappedIPv4(trimmed)) : parseIPv6(trimmed)
  return value !== null && (value & range.mask) === range.network
}

const MAPPED_PREFIX = 0xffffn << 32n

/** `::ffff:10.1.2.3` (how dual-stack sockets log IPv4 peers) as the IPv4 address it carries. */
function mappedIPv4(text: string): bigint | null {
  const v6 = parseIPv6(text)
  return v6 !== null && v6 >> 32n === 0xffffn && (v6 & ~0xffffffffn) === MAPPED_PREFIX ? v6 & 0xffffffffn : null
}
