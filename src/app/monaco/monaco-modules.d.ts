// monaco-editor ships types only for its full entry points; these lean entry points expose the same API.
declare module 'monaco-editor/esm/vs/editor/edcore.main.js' {
  export * from 'monaco-editor'
}
declare module 'monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution.js'
declare module 'monaco-editor/esm/vs/editor/editor.worker.js?worker' {
  const EditorWorker: { new (options?: { name?: string }): Worker }
  export default EditorWorker
}
