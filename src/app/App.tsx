import { usePlayground } from './store'
import { Header } from './components/Header'
import { EditorPane } from './components/EditorPane'
import { TranslationsAndEvents } from './events/TranslationsAndEvents'
import { SplitPane } from './components/SplitPane'
import { StatusBar } from './components/StatusBar'
import { useLiveConversion } from './hooks/useLiveConversion'
import { useGlobalShortcuts } from './hooks/useGlobalShortcuts'
import { useDocumentTheme } from './hooks/useDocumentTheme'
import { useMediaQuery } from './hooks/useMediaQuery'
import { WorkspaceLayer } from './share/WorkspaceLayer'

export function App() {
  useLiveConversion()
  useGlobalShortcuts()
  useDocumentTheme()
  const splitRatio = usePlayground((s) => s.splitRatio)
  const setSplitRatio = usePlayground((s) => s.setSplitRatio)
  const revision = usePlayground((s) => s.revision)
  const resultRevision = usePlayground((s) => s.conversion?.revision ?? 0)
  const narrow = useMediaQuery('(max-width: 760px)')

  return (
    // The revisions let tools (benchmark, tests) see when the translations caught up with the text.
    <div className="app" data-text-revision={revision} data-result-revision={resultRevision}>
      <Header />
      <main className="workbench">
        <SplitPane
          ratio={splitRatio}
          onRatioChange={setSplitRatio}
          direction={narrow ? 'vertical' : 'horizontal'}
          separatorLabel="Resize editor and translations"
          start={<EditorPane />}
          end={<TranslationsAndEvents />}
        />
      </main>
      <StatusBar />
      {/* Share links, autosave, files: dialogs, notices and the drop overlay (out of the layout flow). */}
      <WorkspaceLayer />
    </div>
  )
}
