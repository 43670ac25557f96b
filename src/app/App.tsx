import { usePlayground } from './store'
import { Header } from './components/Header'
import { RuleEditor } from './components/RuleEditor'
import { OutputTabs } from './components/OutputTabs'
import { SplitPane } from './components/SplitPane'
import { StatusBar } from './components/StatusBar'
import { useLiveConversion } from './hooks/useLiveConversion'
import { useGlobalShortcuts } from './hooks/useGlobalShortcuts'
import { useDocumentTheme } from './hooks/useDocumentTheme'

export function App() {
  useLiveConversion()
  useGlobalShortcuts()
  useDocumentTheme()
  const splitRatio = usePlayground((s) => s.splitRatio)
  const setSplitRatio = usePlayground((s) => s.setSplitRatio)
  const revision = usePlayground((s) => s.revision)
  const resultRevision = usePlayground((s) => s.conversion?.revision ?? 0)

  return (
    // The revisions let tools (benchmark, tests) see when the translations caught up with the text.
    <div className="app" data-text-revision={revision} data-result-revision={resultRevision}>
      <Header />
      <main className="workbench">
        <SplitPane
          ratio={splitRatio}
          onRatioChange={setSplitRatio}
          separatorLabel="Resize editor and translations"
          start={
            <section className="editor-pane" aria-label="Rule editor">
              <div className="pane-header">
                <span className="pane-title">Rule</span>
                <span className="pane-subtitle">rule.yml</span>
              </div>
              <div className="editor-host">
                <RuleEditor />
              </div>
            </section>
          }
          end={<OutputTabs />}
        />
      </main>
      <StatusBar />
    </div>
  )
}
