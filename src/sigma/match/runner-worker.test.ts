// The UI's recovery path for a runaway regex, with a real worker thread: the worker hangs inside one
// RegExp call, the supervisor terminates it and names the rule value from the shared progress cell.
import { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { compileRule } from './compile'
import { describeValue, PROGRESS_EVENT, PROGRESS_VALUE } from './runner'
import { ruleText } from './test-helpers'

describe('runaway regex in a worker', () => {
  it('is terminated and the value that hung is named', async () => {
    const rule = ruleText("ok:\n  A|contains: fine\nslow:\n  B|re: '^(a+)+$'\ncondition: ok or slow")
    const events = [{ A: 'fine', B: 'x' }, { A: 'no', B: 'a'.repeat(40) + '!' }]
    const cell = new Int32Array(new SharedArrayBuffer(8)).fill(-1)
    const worker = new Worker(new URL('./__fixtures__/hang-worker.mjs', import.meta.url), { workerData: { rule, events, cell } })
    const messages: string[] = []
    worker.on('message', (m: { type: string }) => messages.push(m.type))
    await new Promise((resolve) => worker.once('message', resolve))
    // Wait until the worker is inside the regex (or 10 s), then give it a while longer: no 'done'
    // arrives, so the supervisor gives up and terminates it, as the UI does.
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
    for (let waited = 0; waited < 10_000 && Atomics.load(cell, PROGRESS_VALUE) < 0; waited += 50) await sleep(50)
    await sleep(300)
    expect(messages).not.toContain('done')
    await worker.terminate()
    const compiled = compileRule(rule)
    expect(Atomics.load(cell, PROGRESS_EVENT)).toBe(1)
    const value = describeValue(compiled, Atomics.load(cell, PROGRESS_VALUE))
    expect(value?.text).toBe('^(a+)+$')
    expect(rule.slice(value!.range.start, value!.range.end)).toBe("'^(a+)+$'")
  }, 20_000)
})
