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
  server: { port: 5173 },
  preview: { port: 4173 },
})
