// Whether the page is printing now: from `beforeprint` to `afterprint`, or while print media
// applies. The listeners are added when this module loads, before any component's, so a component
// that another `beforeprint` listener mounts (the handout, early on) already sees the print.
let printing = false;
window.addEventListener('beforeprint', () => { printing = true; });
window.addEventListener('afterprint', () => { printing = false; });

export const isPrinting = (): boolean => printing || window.matchMedia('print').matches;
