import { describe, expect, it } from 'vitest'
import { parseXml, XmlError } from './xml'

describe('parseXml', () => {
  it('parses attributes, text and nesting', () => {
    const [root] = parseXml(`<a x='1' y="&lt;2&gt;"><b>t</b><ns:c/>tail</a>`)
    expect(root.name).toBe('a')
    expect({ ...root.attributes }).toEqual({ x: '1', y: '<2>' })
    expect(root.children.map((c) => c.name)).toEqual(['b', 'c'])
    expect(root.children[0].text).toBe('t')
  })

  it.each([
    ['<a>', /not closed/],
    ['<a></b>', /does not match/],
    ['</a>', /without a start tag/],
    ['<a x=1/>', /quoted/],
    ['<a>&unknown;</a>', /Unknown entity/],
    ['<a>a & b</a>', /Unescaped/],
    ['text', /outside/],
    ['<a><!-- open', /comment/],
  ])('rejects %j', (text, message) => {
    expect(() => parseXml(text)).toThrow(XmlError)
    expect(() => parseXml(text)).toThrow(message)
  })

  it('bounds depth, element count and size', () => {
    expect(() => parseXml('<a>'.repeat(100) + '</a>'.repeat(100))).toThrow(/nested deeper/)
    expect(() => parseXml('<a/>'.repeat(20), { maxLength: 1000, maxDepth: 10, maxElements: 10 })).toThrow(/More than 10/)
    expect(() => parseXml('<a/>', { maxLength: 2, maxDepth: 10, maxElements: 10 })).toThrow(/larger/)
  })

  it('never throws anything but XmlError on random input', () => {
    const atoms = ['<', '>', '/', 'a', '=', '"', "'", '&', ';', '!', '?', '[', ']', '-', ' ', 'CDATA', '#x41', 'amp']
    let seed = 7
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: Math.floor(random() * 25) }, () => atoms[Math.floor(random() * atoms.length)]).join('')
      try {
        parseXml(text)
      } catch (error) {
        expect(error).toBeInstanceOf(XmlError)
      }
    }
  })
})
