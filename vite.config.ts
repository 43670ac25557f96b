import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  plugins: [react()],
  // Module workers: the conversion worker and Monaco's workers are bundled as ES modules.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // Monaco alone is a few MB; the warning would fire on every build without telling us anything.
    chunkSizeWarningLimit: 4096,
  },
  // Pre-bundled up front so the first visit to the dev server doesn't trigger a reload when the
  // YAML worker's dependencies are discovered late.
  optimizeDeps: { include: ['monaco-yaml/yaml.worker.js'] },
  server: { port: 5173 },
  preview: { port: 4173 },
})
