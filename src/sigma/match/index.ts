// The matcher: compile a Sigma rule file once, then test events fast and explain the matches.
export { compileRule } from './compile'
export { matchEvent, type MatchOptions } from './match'
export { testEvent } from './evaluate'
export { EventView } from './event-view'
export { runMatches, describeValue, suspectRegexValues, PROGRESS_EVENT, PROGRESS_VALUE, type RunOptions, type RunProgress, type RunOutcome, type RunMatch } from './runner'
export { MODIFIERS } from './modifiers'
export type * from './types'
