import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// Cross-origin isolation gives the page SharedArrayBuffer, which the events matcher uses to name the
// exact rule value a runaway regex hung in (src/app/events/matcher-client.ts). The app loads nothing
// from other origins. Static hosts should send the same two headers; without them the pane falls
// back to naming candidate values.
const CROSS_ORIGIN_ISOLATION = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
}

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
  server: { port: 5173, headers: CROSS_ORIGIN_ISOLATION },
  preview: { port: 4173, headers: CROSS_ORIGIN_ISOLATION },
})
