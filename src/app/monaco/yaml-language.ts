// monaco-yaml (via monaco-worker-manager) calls monaco.editor.createWebWorker({ label, moduleId })
// the pre-0.55 way. Since monaco-editor 0.55 the caller must pass the Worker itself, otherwise Monaco
// silently falls back to an in-thread editor worker that cannot answer YAML requests. We hand
// monaco-yaml a view of the API whose createWebWorker supplies our bundled YAML worker, primed the
// way monaco-editor's own language workers are (common/workers.js): a first message that starts the
// worker's initialisation, then the createData (schemas, settings) it builds the language service from.
import { configureMonacoYaml } from 'monaco-yaml'
import { createMonacoWorker } from './workers'
import { editorSigmaSchema, RULE_SCHEMA_FILE_MATCH } from './sigma-schema'
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
  // One schema (src/sigma/schema/sigma-schema.json) drives completion of keys and enum values
  // (status, level, ...) and hover docs. Validation stays OFF here on purpose: the Sigma validator
  // (run in the conversion worker) checks the same schema rules — required keys, types, enums,
  // unknown keys — with precise ranges, stable codes the user can switch off and quick fixes, and it
  // also reports YAML syntax errors. With monaco-yaml validating too, every such problem would be
  // marked twice. Schema requests stay off: no network access.
  configureMonacoYaml({ ...monaco, editor: editorApi }, {
    enableSchemaRequest: false,
    validate: false,
    completion: true,
    hover: true,
    schemas: [{ uri: 'urn:sigma-playground:sigma-rule', fileMatch: RULE_SCHEMA_FILE_MATCH, schema: editorSigmaSchema() }],
  })
}
