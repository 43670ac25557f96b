import { usePlayground, SEED_RULE } from '../store'
import { ThemeToggle } from './ThemeToggle'
import { FileMenu } from '../files/FileMenu'
import { ShareButton } from '../share/ShareButton'
import { TemplateMenu } from './TemplateMenu'

export function Header() {
  const isSeed = usePlayground((s) => s.ruleText === SEED_RULE)
  const resetRule = usePlayground((s) => s.resetRule)
  return (
    <header className="header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">Σ</span>
        <h1 className="brand-name">Sigma Playground</h1>
        <span className="brand-tagline">Sigma rules → SIEM queries, live</span>
      </div>
      <div className="header-actions">
        <button type="button" className="button" onClick={resetRule} disabled={isSeed} title="Replace the editor content with the example rule (undo with Ctrl+Z)">
          Load example
        </button>
        <TemplateMenu />
        <FileMenu />
        <ShareButton />
        <ThemeToggle />
      </div>
    </header>
  )
}
