import { useEffect } from 'react'
import { usePlayground } from '../store'
import { debounce } from '../lib/debounce'
import { ConversionClient, type ConversionWorker } from '../worker/conversion-client'
import ConvertWorker from '../worker/convert.worker.ts?worker'

const QUIET_MS = 60
const MAX_WAIT_MS = 250

/** Keeps the translations in step with the rule text: debounced requests to the conversion worker. */
export function useLiveConversion(): void {
  useEffect(() => {
    const client = new ConversionClient(
      () => new ConvertWorker({ name: 'sigma-convert' }) as unknown as ConversionWorker,
      (revision, outcome) => usePlayground.getState().applyConversion(revision, outcome),
    )
    const requestCurrent = () => {
      const { revision, ruleText } = usePlayground.getState()
      client.request(revision, ruleText)
    }
    const scheduled = debounce(requestCurrent, QUIET_MS, MAX_WAIT_MS)
    requestCurrent()
    const unsubscribe = usePlayground.subscribe((state, previous) => {
      if (state.revision !== previous.revision) scheduled.schedule()
    })
    return () => {
      unsubscribe()
      scheduled.cancel()
      client.dispose()
    }
  }, [])
}
