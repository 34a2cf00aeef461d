// Build-time only: everything the page needs before its first picture, in one script file.
// Left to itself the bundler splits the modules the page's entry shares with its lazy parts
// (the 3D view, the audience window, the panels opened later) into some thirty small chunks,
// and the browser fetches them six at a time before it can run any: over a local server that
// kept the page's main thread idle for about 0.4 s of a 2 s first picture (README, Performance).
// This plugin collects the modules the entry reaches by static imports once the module graph is
// known, and its `group` (a `codeSplitting` group, vite.config.ts) puts exactly those into one
// chunk. The lazy parts stay lazy.
import type { Plugin } from 'vite';

interface ModuleGraph {
  getModuleInfo(id: string): { isEntry: boolean; importedIds: readonly string[] } | null;
  getModuleIds(): IterableIterator<string>;
}

export interface InitialChunk {
  readonly plugin: Plugin;
  /** A `codeSplitting` group: the modules reached from the page's entry by static imports. */
  readonly group: { name: string; test: (id: string) => boolean };
}

export function initialChunk(): InitialChunk {
  const initial = new Set<string>();
  return {
    plugin: {
      name: 'corium:initial-chunk',
      apply: 'build',
      buildEnd(this: ModuleGraph) {
        initial.clear();
        const stack = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
        while (stack.length > 0) {
          const id = stack.pop()!;
          if (initial.has(id)) continue;
          initial.add(id);
          stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
      },
    },
    group: { name: 'page', test: (id) => initial.has(id) },
  };
}
