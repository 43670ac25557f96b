// Sigma completion in the rule editor: a thin adapter from the pure items of
// src/sigma/assist/completions.ts (context analysis, taxonomy, schema) to Monaco.
import type * as Monaco from 'monaco-editor'
import { completeAt, TRIGGER_CHARACTERS, type AssistItemKind } from '../../sigma/assist/completions'
import { newUuid, todayIso } from '../../sigma/assist/templates'
import './sigma-assist.css'

/** The rule editor's model (RuleEditor.tsx); other YAML models get no Sigma completion. */
export const SIGMA_RULE_URI = 'file:///rule.yml'

export function registerSigmaCompletion(monaco: typeof Monaco): Monaco.IDisposable {
  const K = monaco.languages.CompletionItemKind
  const KINDS: Record<AssistItemKind, Monaco.languages.CompletionItemKind> = {
    key: K.Property,
    value: K.EnumMember,
    field: K.Field,
    modifier: K.Operator,
    identifier: K.Variable,
    keyword: K.Keyword,
    tag: K.Constant,
    namespace: K.Module,
    template: K.Snippet,
  }
  return monaco.languages.registerCompletionItemProvider('yaml', {
    triggerCharacters: [...TRIGGER_CHARACTERS],
    provideCompletionItems(model, position, context) {
      if (model.uri.toString() !== SIGMA_RULE_URI) return { suggestions: [] }
      const items = completeAt(model.getValue(), model.getOffsetAt(position), {
        triggerCharacter: context.triggerKind === monaco.languages.CompletionTriggerKind.TriggerCharacter ? context.triggerCharacter : undefined,
        templateValues: () => ({ id: newUuid(), date: todayIso() }),
      })
      const toRange = (start: number, end: number) => monaco.Range.fromPositions(model.getPositionAt(start), model.getPositionAt(end))
      return {
        suggestions: items.map((item) => ({
          label: { label: item.label, description: item.detail },
          kind: KINDS[item.kind],
          // The row shows the detail already (label.description); the details pane shows the docs
          // alone so they fit in it, or the detail when there are no docs.
          detail: item.documentation ? undefined : item.detail,
          documentation: item.documentation ? { value: item.documentation } : undefined,
          insertText: item.insertText,
          insertTextRules: item.snippet ? monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet : undefined,
          range: toRange(item.range.start, item.range.end),
          sortText: item.sortText,
          filterText: item.filterText,
          command: item.retrigger ? { id: 'editor.action.triggerSuggest', title: 'Suggest' } : undefined,
        })),
      }
    },
  })
}
