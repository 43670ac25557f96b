// monaco-yaml (via monaco-worker-manager) calls monaco.editor.createWebWorker({ label, moduleId })
// the pre-0.55 way. Since monaco-editor 0.55 the caller must pass the Worker itself, otherwise Monaco
// silently falls back to an in-thread editor worker that cannot answer YAML requests. We hand
// monaco-yaml a view of the API whose createWebWorker supplies our bundled YAML worker.
import { configureMonacoYaml } from 'monaco-yaml'
import { createMonacoWorker } from './workers'
import type * as Monaco from 'monaco-editor'

type WebWorkerOptions = Parameters<typeof Monaco.editor.createWebWorker>[0]

export function configureYaml(monaco: typeof Monaco): void {
  const editorApi: typeof Monaco.editor = {
    ...monaco.editor,
    createWebWorker: <T extends object>(options: WebWorkerOptions) =>
      monaco.editor.createWebWorker<T>({ ...options, worker: options.worker ?? createMonacoWorker('yaml') }),
  }
  // The Sigma core owns validation, so monaco-yaml's YAML validation is off (no duplicate markers);
  // it still provides folding, outline and formatting. Schema requests stay off: no network access.
  configureMonacoYaml({ ...monaco, editor: editorApi }, { enableSchemaRequest: false, validate: false, completion: false, hover: false })
}
