// The right-hand column: translations above, the events pane below, with a draggable separator.
import { usePlayground } from '../store'
import { OutputTabs } from '../components/OutputTabs'
import { SplitPane } from '../components/SplitPane'
import { EventsPane } from './EventsPane'

export function TranslationsAndEvents() {
  const ratio = usePlayground((s) => s.eventsSplitRatio)
  const setRatio = usePlayground((s) => s.setEventsSplitRatio)
  return (
    <div className="translations-and-events">
      <SplitPane ratio={ratio} onRatioChange={setRatio} direction="vertical" separatorLabel="Divider between translations and events" start={<OutputTabs />} end={<EventsPane />} />
    </div>
  )
}
