import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  // `vite preview` and the dev server both fall back to index.html for unknown paths,
  // so client routes such as /people survive a reload.
  appType: 'spa',
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
  build: { target: 'es2022', sourcemap: false },
});
