// Every worker Monaco needs, bundled by Vite (`?worker`) and served from our own origin.
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker'
import YamlWorker from './yaml.worker.ts?worker'

export function createMonacoWorker(label: string): Worker {
  return label === 'yaml' ? new YamlWorker({ name: 'yaml' }) : new EditorWorker({ name: label })
}

self.MonacoEnvironment = {
  getWorker: (_workerId: string, label: string) => createMonacoWorker(label),
}
