// Monaco is bundled by Vite from the local package; nothing is fetched from a CDN.
// We load the core editor plus YAML only, instead of the full build with every language.
import * as monaco from 'monaco-editor/esm/vs/editor/edcore.main.js'
import 'monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution.js'
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker'
import { loader } from '@monaco-editor/react'
import { configureMonacoYaml } from 'monaco-yaml'
import YamlWorker from './yaml.worker.ts?worker'
import { defineAppThemes } from './themes'

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    return label === 'yaml' ? new YamlWorker() : new EditorWorker()
  },
}

loader.config({ monaco })

// monaco-yaml gives folding, outline and formatting; the Sigma core owns validation, so its YAML
// validation is off to avoid duplicate markers. Schema requests stay off: the page never leaves its origin.
configureMonacoYaml(monaco, { enableSchemaRequest: false, validate: false, completion: false, hover: false })

defineAppThemes(monaco)

export { monaco }
export type Monaco = typeof monaco
