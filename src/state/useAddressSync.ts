// Keeps the address bar and the store in step: reads the link once at start (with notices for
// anything malformed), then mirrors user changes back with replaceState (no history spam).
import { useEffect } from 'react';
import { useCorium } from './store';
import { ADDRESS_KEYS, formatAddress, parseAddress, sameChoices } from './url';

/** While playing, the time in the link is rewritten at most this often. */
const TIME_WRITE_INTERVAL_MS = 1000;

export function useAddressSync(): void {
  useEffect(() => {
    const { state, notices } = parseAddress(window.location.search);
    useCorium.getState().applyAddress(state, notices);
    let last = 0;
    let pending: ReturnType<typeof setTimeout> | undefined;
    const write = (): void => {
      const s = useCorium.getState();
      const extra = new URLSearchParams(window.location.search);
      const next = new URLSearchParams(formatAddress(s).slice(1));
      for (const [k, v] of extra) if (!next.has(k) && !(ADDRESS_KEYS as readonly string[]).includes(k)) next.set(k, v);
      window.history.replaceState(null, '', `?${next.toString()}`);
      last = Date.now();
    };
    // A link that needed fixing is rewritten at once, so sharing it again shares what is shown.
    if (notices.length > 0) write();
    const unsubscribe = useCorium.subscribe((s, prev) => {
      const sameChoice = sameChoices(s, prev);
      if (sameChoice && s.timeHours === prev.timeHours) return;
      // The clock changes time inside animation frames, and replaceState costs milliseconds:
      // time is written later, in its own task, at most once a second. A choice is written at once.
      if (sameChoice) {
        pending ??= setTimeout(() => { pending = undefined; write(); }, Math.max(0, TIME_WRITE_INTERVAL_MS - (Date.now() - last)));
        return;
      }
      clearTimeout(pending);
      pending = undefined;
      write();
    });
    // Leaving (or reloading) within that second still keeps the latest time in the link.
    const flush = (): void => { if (pending === undefined) return; clearTimeout(pending); pending = undefined; write(); };
    window.addEventListener('pagehide', flush);
    return () => { unsubscribe(); clearTimeout(pending); window.removeEventListener('pagehide', flush); };
  }, []);
}
