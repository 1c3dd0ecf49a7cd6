import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './precompress.ts';

const inNodeModules = (...packages: string[]) => new RegExp(`node_modules[\\\\/](${packages.join('|')})[\\\\/]`);

/**
 * The web app: sources in web/, built into web/dist, which the server serves at '/'.
 * Libraries get their own chunks, so a new version of the app's code leaves them in the browser's
 * cache: React and the router; the parts of antd the first screen needs (the rest stays with the
 * pages that use it, e.g. tables and date pickers); ECharts, fetched only by the pages that chart.
 * Every file is also written brotli- and gzip-compressed (precompress.ts) for the server to send.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [react(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: inNodeModules('react', 'react-dom', 'scheduler', 'react-router', 'react-router-dom', 'cookie'),
              priority: 4,
            },
            { name: 'echarts', test: inNodeModules('echarts', 'zrender', 'tslib'), priority: 3 },
            {
              name: 'antd',
              test: inNodeModules('antd', '@ant-design', '@rc-component', '@babel', 'classnames', 'clsx'),
              tags: ['$initial'],
              priority: 2,
            },
            { name: 'vendor', test: /node_modules/, tags: ['$initial'], priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
    },
  },
});
