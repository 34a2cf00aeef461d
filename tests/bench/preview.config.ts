// `vite preview` config for the bench's two servers (app and floor, both already built): the
// pages are served cross-origin isolated, which gives performance.now() microsecond resolution
// instead of the 0.1 ms it is coarsened to otherwise; frame JS is a few ms, so 0.1 ms steps
// would be steps of several percent in the ratios. Both pages load only same-origin files.
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  logLevel: 'warn',
  preview: {
    headers: {
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
    },
  },
});
