// Re-exported from our own file so Vite bundles it as a module worker (monaco-yaml's documented Vite workaround).
import 'monaco-yaml/yaml.worker.js'
