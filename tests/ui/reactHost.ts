// A React root in a fresh element of the (happy-dom) document, for component tests; unmount()
// removes both. Sets React's act() environment flag for the test file that imports it.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface ReactHost {
  readonly host: HTMLElement;
  readonly root: Root;
  unmount(): void;
}

export function reactHost(): ReactHost {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  return { host, root, unmount: () => { act(() => root.unmount()); host.remove(); } };
}
