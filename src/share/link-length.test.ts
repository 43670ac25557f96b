import { describe, expect, it } from 'vitest'
import { linkLengthWarning } from './link-length'

const link = (length: number) => 'https://x.test/#v1/' + 'a'.repeat(length - 19)

describe('linkLengthWarning', () => {
  it('says nothing for short links', () => {
    expect(linkLengthWarning(link(100))).toBeNull()
    expect(linkLengthWarning(link(2048))).toBeNull()
  })

  it('names the tools that would cut the link', () => {
    expect(linkLengthWarning(link(2049))).toMatch(/2,049 characters long: Microsoft Teams.*longer than 2,048/)
    const slack = linkLengthWarning(link(5000))
    expect(slack).toMatch(/Slack messages \(and Microsoft Teams/)
    expect(slack).toMatch(/longer than 4,000/)
    expect(linkLengthWarning(link(9000))).toMatch(/web servers.*longer than 8,000/)
    expect(linkLengthWarning(link(40_000))).toMatch(/longer than 32,000/)
  })
})
