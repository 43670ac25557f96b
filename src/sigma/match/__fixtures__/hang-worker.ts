// Worker used by runner-worker.test.ts: runs a rule whose |re backtracks catastrophically, so the
// test can do what the UI does — terminate the worker and read which value was running.
import { parentPort, workerData } from 'node:worker_threads'
import { compileRule } from '../compile'
import { runMatches } from '../runner'

const { rule, events, cell } = workerData as { rule: string; events: Record<string, unknown>[]; cell: Int32Array }
const compiled = compileRule(rule)
parentPort!.postMessage({ type: 'started' })
void runMatches(compiled, events, { progressCell: cell, onProgress: (p) => parentPort!.postMessage({ type: 'progress', ...p }) }).then((outcome) =>
  parentPort!.postMessage({ type: 'done', status: outcome.status }),
)
