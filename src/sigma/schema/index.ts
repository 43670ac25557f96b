// Schema and taxonomy for the editor: monaco-yaml takes the schema (sigma-schema.json is the same
// object, for tools that want a file); completion and hover read the taxonomy tables.
export { buildSigmaSchema } from './build-schema'
export * from './taxonomy'
