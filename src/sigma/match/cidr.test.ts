import { describe, expect, it } from 'vitest'
import { cidrContains, parseCidr, parseIPv6 } from './cidr'

describe('cidr', () => {
  it.each([
    ['10.0.0.0/8', '10.1.2.3', true],
    ['10.0.0.0/8', '11.0.0.1', false],
    ['192.168.1.0/24', '192.168.1.255', true],
    ['192.168.1.0/24', '192.168.2.1', false],
    ['0.0.0.0/0', '8.8.8.8', true],
    ['1.2.3.4', '1.2.3.4', true],
    ['1.2.3.4/32', '1.2.3.5', false],
    ['fe80::/10', 'fe80::1', true],
    ['fe80::/10', 'FE80::abcd:1', true],
    ['fe80::/10', 'fec0::1', false],
    ['::1/128', '::1', true],
    ['2001:db8::/32', '2001:db8:0:0:0:0:0:1', true],
    ['2001:db8::/32', '2001:db9::1', false],
    ['::ffff:0:0/96', '::ffff:1.2.3.4', true],
    ['10.0.0.0/8', '::ffff:10.9.8.7', true],
    ['10.0.0.0/8', '::ffff:11.9.8.7', false],
    ['10.0.0.0/8', '::10.9.8.7', false],
    ['10.0.0.0/8', 'not an ip', false],
    ['10.0.0.0/8', '10.0.0.256', false],
    ['fe80::/10', '10.0.0.1', false],
  ])('%s contains %s → %s', (cidr, ip, expected) => {
    const range = parseCidr(cidr)
    expect(range).not.toBeNull()
    expect(cidrContains(range!, ip)).toBe(expected)
  })

  it.each(['10.0.0.0/33', '10.0.0/8', 'fe80::/129', '1.2.3.4/8/9', ':::1', 'x/8', ''])('rejects %j', (cidr) => {
    expect(parseCidr(cidr)).toBeNull()
  })

  it('parses IPv6 forms', () => {
    expect(parseIPv6('::')).toBe(0n)
    expect(parseIPv6('1::')).toBe(1n << 112n)
    expect(parseIPv6('1:2:3:4:5:6:7:8:9')).toBeNull()
    expect(parseIPv6('fe80::1%eth0')).toBe((0xfe80n << 112n) | 1n)
  })
})
