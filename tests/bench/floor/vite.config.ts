// Build config of the bench floor page (tests/bench/floor): the app's toolchain and build target,
// nothing of the app's code. `npm run bench` builds it into a temp dir next to the app.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: { target: 'es2022', emptyOutDir: true },
  logLevel: 'warn',
});
