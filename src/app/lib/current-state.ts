import { usePlayground, type PlaygroundState } from '../store'

function translationsAreCurrent(state: PlaygroundState): boolean {
  return state.conversion?.revision === state.revision
}

/**
 * The store once the translations caught up with the text, or after `maxWaitMs` whatever it holds
 * then: actions on "the current translation" (copy, download, export) never use older text's.
 */
export function stateWithCurrentTranslations(maxWaitMs: number): Promise<PlaygroundState> {
  const now = usePlayground.getState()
  if (translationsAreCurrent(now)) return Promise.resolve(now)
  return new Promise((resolve) => {
    const finish = () => {
      clearTimeout(timer)
      unsubscribe()
      resolve(usePlayground.getState())
    }
    const timer = setTimeout(finish, maxWaitMs)
    const unsubscribe = usePlayground.subscribe((state) => {
      if (translationsAreCurrent(state)) finish()
    })
  })
}
