import { describe, expect, it } from 'vitest'
import { parseEventsInput } from './parse-input'

const SYSMON_XML = `<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">
  <System>
    <Provider Name="Microsoft-Windows-Sysmon" Guid="{5770385F-C22A-43E0-BF4C-06F5698FFBD9}" />
    <EventID>1</EventID>
    <Correlation />
    <Execution ProcessID="3308" ThreadID="4008" />
    <Channel>Microsoft-Windows-Sysmon/Operational</Channel>
    <Computer>host.example</Computer>
  </System>
  <EventData>
    <Data Name="Image">C:\\Windows\\System32\\cmd.exe</Data>
    <Data Name="CommandLine">cmd /c "a &amp; b" </Data>
    <Data Name="Threat Name">Bad&#x21;</Data>
    <Data Name="Empty"></Data>
  </EventData>
</Event>`

describe('JSON inputs', () => {
  it('reads one object', () => {
    const r = parseEventsInput('{"A": 1}')
    expect(r).toMatchObject({ format: 'json', errors: [], events: [{ fields: { A: 1 }, line: 1 }] })
  })

  it('reads an array with each element’s line', () => {
    const r = parseEventsInput('[\n  {"A": 1},\n  {"A": 2}\n]')
    expect(r.events.map((e) => [e.fields.A, e.line])).toEqual([[1, 2], [2, 3]])
  })

  it('reads NDJSON and reports a broken line without losing the others', () => {
    const r = parseEventsInput('{"A": 1}\n{"A": oops}\n\n{"A": 3}\n')
    expect(r.events.map((e) => [e.fields.A, e.line])).toEqual([[1, 1], [3, 4]])
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0].line).toBe(2)
    expect(r.errors[0].message).toMatch(/Invalid JSON/)
  })

  it('reads pretty-printed objects one after another', () => {
    const r = parseEventsInput('{\n  "A": "x}"\n}\n{\n  "A": 2\n}')
    expect(r.events.map((e) => [e.fields.A, e.line])).toEqual([['x}', 1], [2, 4]])
  })

  it('keeps going after a broken element of an array', () => {
    const r = parseEventsInput('[\n {"A": 1},\n {"A": },\n {"A": 3}\n]')
    expect(r.events.map((e) => e.fields.A)).toEqual([1, 3])
    expect(r.errors.map((e) => e.line)).toEqual([3])
  })

  it('rejects values that are not objects, per event', () => {
    const r = parseEventsInput('[{"A": 1}, 5, null]')
    expect(r.events).toHaveLength(1)
    expect(r.errors.map((e) => e.message)).toEqual(['An event must be a JSON object, not number.', 'An event must be a JSON object, not null.'])
  })

  it('drops __proto__ keys (no prototype pollution)', () => {
    const r = parseEventsInput('{"__proto__": {"polluted": 1}, "A": {"__proto__": {"x": 1}}}')
    const fields = r.events[0].fields
    expect(Object.keys(fields)).toEqual(['A'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getPrototypeOf(fields.A)).toBe(Object.prototype)
    expect(Object.keys(fields.A as object)).toEqual([])
  })

  it('flattens evtx_dump nested JSON', () => {
    const nested = {
      Event: {
        '#attributes': { xmlns: 'http://schemas.microsoft.com/win/2004/08/events/event' },
        System: {
          Provider: { '#attributes': { Name: 'Service Control Manager', Guid: '{555908d1}' } },
          EventID: { '#attributes': { Qualifiers: 16384 }, '#text': 7045 },
          Correlation: null,
          TimeCreated: { '#attributes': { SystemTime: '2024-01-01T00:00:00Z' } },
          Channel: 'System',
        },
        EventData: { ServiceName: 'PSEXESVC', 'Image Path': '%SystemRoot%\\PSEXESVC.exe' },
      },
    }
    const r = parseEventsInput(JSON.stringify(nested))
    expect({ ...r.events[0].fields }).toEqual({
      Provider_Name: 'Service Control Manager',
      Provider_Guid: '{555908d1}',
      EventID_Qualifiers: 16384,
      EventID: 7045,
      Correlation: null,
      TimeCreated_SystemTime: '2024-01-01T00:00:00Z',
      Channel: 'System',
      ServiceName: 'PSEXESVC',
      ImagePath: '%SystemRoot%\\PSEXESVC.exe',
    })
  })

  it('flattens xmltodict-style nested JSON (@attributes, #text, Data lists)', () => {
    const nested = {
      Event: {
        System: { Provider: { '@Name': 'P' }, EventID: '4688' },
        EventData: { Data: [{ '@Name': 'NewProcessName', '#text': 'C:\\x.exe' }, { '@Name': 'CommandLine', '#text': null }] },
      },
    }
    expect({ ...parseEventsInput(JSON.stringify(nested)).events[0].fields }).toEqual({ Provider_Name: 'P', EventID: '4688', NewProcessName: 'C:\\x.exe', CommandLine: '' })
  })
})

describe('Windows XML inputs', () => {
  it('flattens one <Event> the way Sigma names fields', () => {
    const r = parseEventsInput(SYSMON_XML)
    expect(r.format).toBe('xml')
    expect(r.errors).toEqual([])
    expect({ ...r.events[0].fields }).toEqual({
      Provider_Name: 'Microsoft-Windows-Sysmon',
      Provider_Guid: '{5770385F-C22A-43E0-BF4C-06F5698FFBD9}',
      EventID: '1',
      Correlation: null,
      Execution_ProcessID: '3308',
      Execution_ThreadID: '4008',
      Channel: 'Microsoft-Windows-Sysmon/Operational',
      Computer: 'host.example',
      Image: 'C:\\Windows\\System32\\cmd.exe',
      CommandLine: 'cmd /c "a & b" ',
      ThreatName: 'Bad!',
      Empty: '',
    })
    expect(Object.getPrototypeOf(r.events[0].fields)).toBeNull()
  })

  it('reads <Events> with several events, one broken, with line numbers', () => {
    const text = `<?xml version="1.0"?>\n<Events>\n${SYSMON_XML}\n<Event><System><EventID>2</EventID></System><EventData><Data Name="X">a &bogus; b</Data></EventData></Event>\n<Event><System><EventID>3</EventID></System></Event>\n</Events>`
    const r = parseEventsInput(text)
    expect(r.events.map((e) => e.fields.EventID)).toEqual(['1', '3'])
    expect(r.events[0].line).toBe(3)
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0].line).toBe(19)
    expect(r.errors[0].message).toMatch(/Unknown entity '&bogus;'/)
  })

  it('reads unnamed Data as Data (a list when several) and UserData leaves by name', () => {
    const text = `<Event><System><EventID>104</EventID></System><UserData><LogFileCleared xmlns="x"><SubjectUserName>bob</SubjectUserName><Channel>Security</Channel></LogFileCleared></UserData></Event>
<Event><System><EventID>7</EventID></System><EventData><Data>one</Data><Data>two</Data></EventData></Event>`
    const r = parseEventsInput(text)
    expect({ ...r.events[0].fields }).toEqual({ EventID: '104', SubjectUserName: 'bob', Channel: 'Security' })
    expect(r.events[1].fields.Data).toEqual(['one', 'two'])
  })

  it('never expands DTD entities', () => {
    const r = parseEventsInput('<!DOCTYPE x [<!ENTITY a "aaaa">]><Event><System><EventID>&a;</EventID></System></Event>')
    expect(r.events).toEqual([])
    expect(r.errors[0].message).toMatch(/DTD|entity/)
  })

  it('reports an unclosed event', () => {
    const r = parseEventsInput('<Events>\n<Event><System><EventID>1</EventID></System>\n</Events>')
    expect(r.events).toEqual([])
    expect(r.errors[0]).toMatchObject({ line: 2 })
  })

  it('reports input without any event', () => {
    expect(parseEventsInput('<foo/>').errors[0].message).toMatch(/No <Event>/)
    expect(parseEventsInput('   ')).toEqual({ format: 'empty', events: [], errors: [] })
  })

  it('keeps CDATA and ignores comments', () => {
    const r = parseEventsInput('<Event><!-- c --><EventData><Data Name="A"><![CDATA[<b> & c]]></Data></EventData></Event>')
    expect(r.events[0].fields.A).toBe('<b> & c')
  })

  it('does not let __proto__ names through', () => {
    const r = parseEventsInput('<Event><EventData><Data Name="__proto__">x</Data></EventData><System><__proto__>y</__proto__></System></Event>')
    expect(Object.keys(r.events[0].fields)).toEqual([])
  })
})
