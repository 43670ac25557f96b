// Monaco is bundled by Vite from the local package; nothing is fetched from a CDN.
// We load the core editor plus YAML only, instead of the full build with every language.
import * as monaco from 'monaco-editor/esm/vs/editor/edcore.main.js'
import 'monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution.js'
import './workers'
import { loader } from '@monaco-editor/react'
import { configureYaml } from './yaml-language'
import { defineAppThemes } from './themes'
import { registerSigmaCompletion } from './sigma-completion'
import { registerSigmaHover } from './sigma-hover'
import './sigma-code-actions'

loader.config({ monaco })

configureYaml(monaco)

defineAppThemes(monaco)

// Sigma-aware completion and hover docs for the rule (src/sigma/assist).
registerSigmaCompletion(monaco)
registerSigmaHover(monaco)

export { monaco }
export type Monaco = typeof monaco
