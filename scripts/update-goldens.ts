// npm run goldens: rewrites src/sigma/backends/__golden__/ from the current converter. Review the
// diff (git diff) before committing: goldens are the team's statement of what is right.
import { mkdirSync, writeFileSync } from 'node:fs'
import { GOLDEN_DIR, goldenCases, goldenText } from '../src/sigma/backends/goldens'

mkdirSync(GOLDEN_DIR, { recursive: true })
const cases = goldenCases()
for (const c of cases) writeFileSync(c.goldenFile, goldenText(c))
console.log(`wrote ${cases.length} golden files to ${GOLDEN_DIR}`)
