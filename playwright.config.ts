import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumExecutablePath } from './e2e/chromium'

const PORT = Number(process.env.E2E_PORT ?? 4317)
// Built into its own folder so a test run never clobbers a `npm run build` in dist/.
// E2E_OUT_DIR lets two runs (different E2E_PORT) build side by side.
const OUT_DIR = process.env.E2E_OUT_DIR ?? 'node_modules/.cache/sigma-playground-e2e'

export default defineConfig({
  testDir: 'e2e',
  // A run with its own build folder also gets its own results folder (each run empties it first).
  outputDir: process.env.E2E_OUT_DIR ? `test-results/${OUT_DIR.split('/').pop()}` : 'test-results',
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        launchOptions: { executablePath: chromiumExecutablePath(), args: CHROMIUM_ARGS },
      },
    },
  ],
  // The production build is what users get, so that is what the tests drive. --bypass-lock: Vite
  // refuses a second preview of the project otherwise, e.g. while a teammate runs one on another port.
  webServer: {
    command: `npx vite build --logLevel warn --outDir ${OUT_DIR} --emptyOutDir && npx vite preview --outDir ${OUT_DIR} --host 127.0.0.1 --port ${PORT} --strictPort --bypass-lock`,
    url: `http://127.0.0.1:${PORT}`,
    // Lets a second local run (another terminal, a teammate) share the server; CI always starts its own.
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
