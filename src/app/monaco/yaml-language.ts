// monaco-yaml (via monaco-worker-manager) calls monaco.editor.createWebWorker({ label, moduleId })
// the pre-0.55 way. Since monaco-editor 0.55 the caller must pass the Worker itself, otherwise Monaco
// silently falls back to an in-thread editor worker that cannot answer YAML requests. We hand
// monaco-yaml a view of the API whose createWebWorker supplies our bundled YAML worker, primed the
// way monaco-editor's own language workers are (common/workers.js): a first message that starts the
// worker's initialisation, then the createData (schemas, settings) it builds the language service from.
import { configureMonacoYaml } from 'monaco-yaml'
import { createMonacoWorker } from './workers'
import { editorSigmaSchema, RULE_SCHEMA_FILE_MATCH, RULE_SCHEMA_URI } from './sigma-schema'
import type * as Monaco from 'monaco-editor'

type WebWorkerOptions = Parameters<typeof Monaco.editor.createWebWorker>[0]
/** What monaco-worker-manager passes (the pre-0.55 options). */
type LegacyWorkerOptions = WebWorkerOptions & { createData?: unknown; label?: string; moduleId?: string }

export function configureYaml(monaco: typeof Monaco): void {
  const editorApi: typeof Monaco.editor = {
    ...monaco.editor,
    createWebWorker: <T extends object>(options: WebWorkerOptions) => {
      const { createData, label: _label, moduleId: _moduleId, ...rest } = options as LegacyWorkerOptions
      if (rest.worker) return monaco.editor.createWebWorker<T>(rest)
      const worker = createMonacoWorker('yaml')
      worker.postMessage('ignore')
      worker.postMessage(createData)
      return monaco.editor.createWebWorker<T>({ ...rest, worker })
    },
  }
  // One schema (src/sigma/schema/sigma-schema.json) is the source of key and enum completion and of
  // key hover docs. The Sigma providers (sigma-completion.ts, sigma-hover.ts) read it and add what a
  // schema cannot know (taxonomy values with descriptions, fields for the log source, modifiers,
  // detection identifiers, tags), so monaco-yaml's own completion and hover stay off: with both,
  // every key and enum value would be offered twice. Its validation is off too: the Sigma validator
  // (conversion worker) checks the same rules with exact ranges, stable codes and quick fixes.
  // The schema stays associated with the rule model, so switching a feature on needs no other change;
  // under an http(s) URI, because the YAML language service does not associate a schema with a URN.
  // Schema requests stay off: no network access.
  configureMonacoYaml({ ...monaco, editor: editorApi }, {
    enableSchemaRequest: false,
    validate: false,
    completion: false,
    hover: false,
    schemas: [{ uri: RULE_SCHEMA_URI, fileMatch: RULE_SCHEMA_FILE_MATCH, schema: editorSigmaSchema() }],
  })
}
