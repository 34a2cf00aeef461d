// Unit test files that replace modules (vi.mock, vi.doMock, vi.resetModules): they run in a
// module graph of their own (the `unit-isolated` project in vite.config.ts), so a mock neither
// leaks into the next file nor meets a module another file already loaded.
// tests/lint/sharedModules.test.ts keeps this list complete.
export const ISOLATED_UNIT_FILES = ['tests/ui/SceneSlot.test.tsx', 'tests/ui/DeferredPanels.test.tsx', 'tests/model/properties.test.ts', 'tests/scene/webglSupport.test.ts', 'tests/scene/viewCanvas.test.tsx'];
