// Worker bootstrap: plain JavaScript that enables TypeScript (tsx) in this thread, then loads the worker.
import { register } from 'tsx/esm/api'

register()
await import('./hang-worker.ts')
