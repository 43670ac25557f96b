import { useEffect } from 'react'
import { usePlayground } from '../store'
import { debounce } from '../lib/debounce'
import { ConversionClient, type ConversionWorker } from '../worker/conversion-client'
import ConvertWorker from '../worker/convert.worker.ts?worker'
import { toValidationSnapshot } from '../diagnostics/problems'

const QUIET_MS = 60
const MAX_WAIT_MS = 250

/** Keeps the translations in step with the rule text: debounced requests to the conversion worker. */
export function useLiveConversion(): void {
  useEffect(() => {
    const client = new ConversionClient(
      () => new ConvertWorker({ name: 'sigma-convert' }) as unknown as ConversionWorker,
      (revision, outcome) => {
        usePlayground.getState().applyConversion(revision, outcome)
        if (outcome.validation) usePlayground.getState().applyValidation(toValidationSnapshot(revision, outcome.validation))
      },
    )
    const requestCurrent = () => {
      const { revision, ruleText, disabledChecks } = usePlayground.getState()
      // The validator (Problems panel, quick fixes) runs in the same round trip as the conversion.
      client.request(revision, ruleText, { validate: { disabled: disabledChecks } })
    }
    const scheduled = debounce(requestCurrent, QUIET_MS, MAX_WAIT_MS)
    requestCurrent()
    const unsubscribe = usePlayground.subscribe((state, previous) => {
      if (state.revision !== previous.revision) scheduled.schedule()
      // Re-enabling a check needs a fresh validation (disabling is also filtered at once in the UI).
      else if (state.disabledChecks !== previous.disabledChecks) requestCurrent()
    })
    return () => {
      unsubscribe()
      scheduled.cancel()
      client.dispose()
    }
  }, [])
}
