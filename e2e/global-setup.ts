// On a developer machine without a system Chromium, fetch Playwright's own browser once, so
// `npm test` works without extra setup steps. CI machines use /usr/bin/chromium and skip this.
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { chromiumExecutablePath } from './chromium'

export default function ensureBrowser(): void {
  if (chromiumExecutablePath()) return
  if (existsSync(chromium.executablePath())) return
  console.log('No system Chromium found: installing Playwright\'s Chromium (one time)…')
  execSync('npx playwright install chromium', { stdio: 'inherit' })
}
