// Quick fixes in the editor (the light bulb, Ctrl+.): each Sigma marker's mechanical fix from the
// validator, plus "Disable check <code>" (the same switch as in the Problems panel, kept in storage).
// Fixes are offered only while the problems belong to the model's current text; offsets of older
// text would edit the wrong place. Imported once for its side effect by ./setup.ts.
import * as monaco from 'monaco-editor/esm/vs/editor/edcore.main.js'
import { usePlayground } from '../store'
import { collectProblems } from '../diagnostics/problems'
import { planCodeActions, type MarkerRef } from '../diagnostics/view'

type TextModel = monaco.editor.ITextModel

export const DISABLE_CHECK_COMMAND = 'sigma.disableCheck'

monaco.editor.registerCommand(DISABLE_CHECK_COMMAND, (_accessor: unknown, code: unknown) => {
  if (typeof code === 'string') usePlayground.getState().setCheckEnabled(code, false)
})

function currentProblems(model: TextModel) {
  const state = usePlayground.getState()
  if (model.getValue() !== state.ruleText || state.validation?.revision !== state.revision) return []
  return collectProblems(state) ?? []
}

function markerCode(marker: monaco.editor.IMarkerData): string | undefined {
  return typeof marker.code === 'string' ? marker.code : marker.code?.value
}

monaco.languages.registerCodeActionProvider(
  'yaml',
  {
    provideCodeActions(model, _range, context) {
      const markers = context.markers.filter((m) => m.source === 'Sigma')
      if (markers.length === 0) return { actions: [], dispose() {} }
      const refs: MarkerRef[] = markers.map((m) => ({
        code: markerCode(m),
        start: model.getOffsetAt({ lineNumber: m.startLineNumber, column: m.startColumn }),
      }))
      const versionId = model.getVersionId()
      const actions = planCodeActions(currentProblems(model), refs).map((plan): monaco.languages.CodeAction => {
        if (plan.kind === 'disable') {
          return {
            title: `Disable check '${plan.code}'`,
            kind: 'quickfix',
            diagnostics: [markers[plan.marker]],
            command: { id: DISABLE_CHECK_COMMAND, title: `Disable check '${plan.code}'`, arguments: [plan.code] },
          }
        }
        const fix = plan.problem.fix!
        return {
          title: fix.title,
          kind: 'quickfix',
          isPreferred: plan.preferred,
          diagnostics: [markers[plan.marker]],
          edit: {
            edits: fix.edits.map((e) => {
              const start = model.getPositionAt(e.range.start)
              const end = model.getPositionAt(e.range.end)
              return {
                resource: model.uri,
                versionId,
                textEdit: { range: monaco.Range.fromPositions(start, end), text: e.newText },
              }
            }),
          },
        }
      })
      return { actions, dispose() {} }
    },
  },
  { providedCodeActionKinds: ['quickfix'] },
)
