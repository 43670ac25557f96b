// Browser benchmark of the events pane: builds the app, serves it with `vite preview` (which sends
// the cross-origin isolation headers), drops 100,000 generated NDJSON events on the pane in
// Chromium and measures until every event is parsed and matched (the pane's data-up-to-date).
// Called by scripts/bench.ts; `npx tsx scripts/bench-events-browser.ts` runs it alone.
import { pathToFileURL } from 'node:url'
import { withBuiltApp } from './bench-page'

export interface EventsBenchOptions {
  events?: number
  /** Measured runs (after one warm-up). */
  runs?: number
  skipBuild?: boolean
}

interface RunFigures {
  /** Drop to the pane showing the final match count. */
  totalMs: number
  /** Parse + match as measured by the pane itself (request to result). */
  paneMs: number
  /** Longest gap between animation frames while the worker ran: the UI's responsiveness. */
  longestFrameMs: number
  matches: number
  eventsPerRun: number
}

export async function benchEventsBrowser(options: EventsBenchOptions = {}): Promise<Record<string, string>> {
  const count = options.events ?? 100_000
  const runs = options.runs ?? 3
  return withBuiltApp(options, async (page) => {
    await page.waitForSelector('[data-testid="events-pane"]')
    const isolated = await page.evaluate(() => crossOriginIsolated)
    const figures: RunFigures[] = []
    for (let run = 0; run <= runs; run++) {
      // A different first event each run, so every run is new input for the worker.
      const result = await page.evaluate(dropAndWait, { count, seed: run })
      if (run > 0) figures.push(result)
    }
    const median = (pick: (f: RunFigures) => number) => {
      const sorted = figures.map(pick).sort((a, b) => a - b)
      return sorted[Math.floor(sorted.length / 2)]
    }
    const label = `${Math.round(count / 1000)}k events`
    return {
      [`${label} parse+match (drop to count shown, median of ${runs})`]: `${Math.round(median((f) => f.totalMs))} ms`,
      [`${label} parse+match (pane's own timing)`]: `${Math.round(median((f) => f.paneMs))} ms`,
      [`${label}: longest UI frame while matching`]: `${Math.round(median((f) => f.longestFrameMs))} ms`,
      [`${label}: matches found`]: `${figures[0]?.matches ?? 0} of ${figures[0]?.eventsPerRun ?? 0}`,
      'events pane: exact runaway-regex reports (cross-origin isolated)': isolated ? 'yes' : 'no',
    }
  })
}

/** Runs in the page: generates NDJSON events, drops them on the pane, resolves when matched. */
function dropAndWait({ count, seed }: { count: number; seed: number }): Promise<RunFigures> {
  const lines: string[] = [JSON.stringify({ EventID: 4624, seed })]
  for (let i = 1; i < count; i++) {
    lines.push(
      i % 997 === 0
        ? JSON.stringify({ EventID: 7045, Channel: 'System', ServiceName: 'PSEXESVC', ServiceFileName: '%SystemRoot%\\PSEXESVC.exe', n: i })
        : i % 3 === 0
          ? JSON.stringify({ EventID: 1, Channel: 'Microsoft-Windows-Sysmon/Operational', Image: `C:\\Windows\\System32\\svc${i % 50}.exe`, User: 'NT AUTHORITY\\SYSTEM', CommandLine: `svc.exe -k netsvcs -p -s Task${i}`, n: i })
          : JSON.stringify({ EventID: 4688, Channel: 'Security', NewProcessName: `C:\\Program Files\\App\\app${i % 20}.exe`, CommandLine: `app.exe --id ${i} --mode fast`, SubjectUserName: 'alice', n: i }),
    )
  }
  const text = lines.join('\n')
  const pane = document.querySelector<HTMLElement>('[data-testid="events-pane"]')!
  const zone = document.querySelector<HTMLElement>('[data-testid="events-drop-zone"]')!
  const before = Number(pane.dataset.eventsRevision)
  return new Promise((resolve) => {
    let longestFrameMs = 0
    let lastFrame = performance.now()
    let done = false
    const frame = () => {
      const now = performance.now()
      longestFrameMs = Math.max(longestFrameMs, now - lastFrame)
      lastFrame = now
      if (!done) requestAnimationFrame(frame)
    }
    const started = performance.now()
    const observer = new MutationObserver(() => {
      const revision = Number(pane.dataset.eventsRevision)
      if (revision <= before || pane.dataset.upToDate !== 'true' || pane.dataset.resultEventsRevision !== String(revision)) return
      done = true
      observer.disconnect()
      resolve({
        totalMs: performance.now() - started,
        paneMs: Number(pane.dataset.totalMs),
        longestFrameMs,
        matches: Number(pane.dataset.matchCount),
        eventsPerRun: Number(pane.dataset.eventCount),
      })
    })
    observer.observe(pane, { attributes: true })
    requestAnimationFrame(frame)
    const dt = new DataTransfer()
    dt.items.add(new File([text], 'bench.jsonl'))
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }))
  })
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await benchEventsBrowser(), null, 2))
}
