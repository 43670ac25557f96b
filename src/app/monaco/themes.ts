import type * as Monaco from 'monaco-editor'

export const EDITOR_THEME = { light: 'sigma-light', dark: 'sigma-dark' } as const

/** Editor themes whose background matches the app palette (see styles.css). */
export function defineAppThemes(monaco: typeof Monaco): void {
  monaco.editor.defineTheme(EDITOR_THEME.light, {
    base: 'vs',
    inherit: true,
    rules: [],
    colors: { 'editor.background': '#ffffff', 'editorGutter.background': '#fafbfc' },
  })
  monaco.editor.defineTheme(EDITOR_THEME.dark, {
    base: 'vs-dark',
    inherit: true,
    rules: [],
    colors: { 'editor.background': '#161b22', 'editorGutter.background': '#161b22' },
  })
}
