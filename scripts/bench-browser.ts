// Browser benchmark: builds the app, serves it with `vite preview`, and measures in Chromium how long
// a keystroke in the editor takes to show up translated in all six tabs (debounce included: that is
// the latency a user sees). Called by scripts/bench.ts; `npx tsx scripts/bench-browser.ts` runs it alone.
import { pathToFileURL } from 'node:url'
import type { Page } from '@playwright/test'
import { withBuiltApp } from './bench-page'

export interface BrowserBenchOptions {
  /** Measured keystrokes (after a few warm-up ones). */
  samples?: number
  /** Reuse an existing build in the bench folder instead of building again. */
  skipBuild?: boolean
}

export interface BrowserBenchResult {
  /** Navigation start to the first translations on screen (loads Monaco, worker, converter). */
  firstTranslationMs: number
  /** Keystroke to all tabs showing the translation of the new text, committed to the DOM. */
  keystrokeToTabsMedianMs: number
  keystrokeToTabsP90Ms: number
  keystrokeToTabsMinMs: number
  keystrokeToTabsMaxMs: number
  /** The same, up to the next animation frame (what the user actually sees). */
  keystrokeToFrameMedianMs: number
  samples: number
}

interface Sample {
  toDom: number
  toFrame: number
}

export async function benchBrowser(options: BrowserBenchOptions = {}): Promise<BrowserBenchResult> {
  const samples = options.samples ?? 20
  return withBuiltApp(options, async (page) => {
    const firstTranslationMs = await page.evaluate(waitForFirstTranslation)

    // Start a new field at the end of the rule; every measured key then changes every query.
    await page.locator('.monaco-editor .view-lines').click()
    await page.keyboard.press('Control+End')
    await page.keyboard.type('        CommandLine: ')
    await settle(page)

    const measured: Sample[] = []
    for (let i = 0; i < samples + 3; i++) {
      const sample = await measureKeystroke(page, String.fromCharCode(97 + (i % 26)))
      if (i >= 3) measured.push(sample)
      await page.waitForTimeout(30)
    }
    const dom = measured.map((s) => s.toDom).sort((a, b) => a - b)
    const frame = measured.map((s) => s.toFrame).sort((a, b) => a - b)
    return {
      firstTranslationMs: round(firstTranslationMs),
      keystrokeToTabsMedianMs: round(quantile(dom, 0.5)),
      keystrokeToTabsP90Ms: round(quantile(dom, 0.9)),
      keystrokeToTabsMinMs: round(dom[0]),
      keystrokeToTabsMaxMs: round(dom[dom.length - 1]),
      keystrokeToFrameMedianMs: round(quantile(frame, 0.5)),
      samples: measured.length,
    }
  })
}

/** Runs in the page: resolves with ms since navigation start once translations are shown. */
function waitForFirstTranslation(): Promise<number> {
  return new Promise((resolve) => {
    const check = () => {
      const app = document.querySelector<HTMLElement>('.app')
      if (app && app.dataset.resultRevision !== '0') resolve(performance.now())
      else requestAnimationFrame(check)
    }
    check()
  })
}

async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const app = document.querySelector<HTMLElement>('.app')
    return app && app.dataset.resultRevision === app.dataset.textRevision
  })
}

async function measureKeystroke(page: Page, key: string): Promise<Sample> {
  // Arm the watcher before the key is pressed; it records the keydown time and waits for the
  // revision the key produced to be rendered in every tab panel.
  await page.evaluate(() => {
    const app = document.querySelector<HTMLElement>('.app')!
    const startRevision = Number(app.dataset.textRevision)
    const w = window as unknown as { __benchResult?: Promise<Sample> }
    w.__benchResult = new Promise<Sample>((resolve) => {
      let keyAt: number | null = null
      window.addEventListener('keydown', (e) => (keyAt = e.timeStamp), { capture: true, once: true })
      const observer = new MutationObserver(() => {
        const text = Number(app.dataset.textRevision)
        const caughtUp = keyAt !== null && text > startRevision && app.dataset.resultRevision === String(text)
        const panels = document.querySelectorAll('[role="tabpanel"]').length
        const pending = document.querySelectorAll('[role="tabpanel"] [data-pending]').length
        if (!caughtUp || panels === 0 || pending > 0) return
        observer.disconnect()
        const toDom = performance.now() - keyAt!
        requestAnimationFrame(() => resolve({ toDom, toFrame: performance.now() - keyAt! }))
      })
      observer.observe(app, { attributes: true, subtree: true, childList: true, characterData: true })
    })
  })
  await page.keyboard.press(key)
  return page.evaluate(() => (window as unknown as { __benchResult: Promise<Sample> }).__benchResult)
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[index]
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await benchBrowser(), null, 2))
}
