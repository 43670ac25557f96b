// The production build served by `vite preview` and opened in Chromium, for the browser benchmarks.
import { fileURLToPath } from 'node:url'
import type { AddressInfo } from 'node:net'
import { build, preview } from 'vite'
import { chromium, type Page } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumExecutablePath } from '../e2e/chromium'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const OUT_DIR = 'node_modules/.cache/sigma-playground-bench'

export interface BuiltAppOptions {
  /** Reuse the build already in the bench folder. */
  skipBuild?: boolean
}

/** Builds (unless told not to), serves and opens the app; `measure` gets the loaded page. */
export async function withBuiltApp<T>(options: BuiltAppOptions, measure: (page: Page) => Promise<T>): Promise<T> {
  if (!options.skipBuild) await build({ root: ROOT, logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } })
  const server = await preview({ root: ROOT, logLevel: 'warn', build: { outDir: OUT_DIR }, preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } })
  const browser = await chromium.launch({ executablePath: chromiumExecutablePath(), args: CHROMIUM_ARGS })
  try {
    const { port } = server.httpServer.address() as AddressInfo
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    // tsx compiles with esbuild's keepNames, which wraps functions in a `__name` helper; functions
    // sent to page.evaluate need that helper in the page too.
    await page.addInitScript('globalThis.__name = (fn) => fn')
    await page.goto(`http://127.0.0.1:${port}/`)
    return await measure(page)
  } finally {
    await browser.close()
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()))
  }
}
