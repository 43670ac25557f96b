// Event input: pasted JSON / NDJSON / Windows XML → flat events the matcher reads.
export { parseEventsInput, type EventsParseResult, type ParsedEvent, type EventInputError, type EventInputFormat, type EventsParseOptions } from './parse-input'
export { flattenWindowsEvent, type FlatEvent } from './windows'
export { parseXml, XmlError, type XmlElement } from './xml'
