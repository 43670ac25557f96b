// Sigma hover docs in the rule editor: a thin adapter from src/sigma/assist/hover.ts to Monaco.
import type * as Monaco from 'monaco-editor'
import { hoverAt } from '../../sigma/assist/hover'
import { SIGMA_RULE_URI } from './sigma-completion'

export function registerSigmaHover(monaco: typeof Monaco): Monaco.IDisposable {
  return monaco.languages.registerHoverProvider('yaml', {
    provideHover(model, position) {
      if (model.uri.toString() !== SIGMA_RULE_URI) return null
      const hover = hoverAt(model.getValue(), model.getOffsetAt(position))
      if (!hover) return null
      return {
        range: monaco.Range.fromPositions(model.getPositionAt(hover.range.start), model.getPositionAt(hover.range.end)),
        contents: [{ value: hover.markdown }],
      }
    },
  })
}
