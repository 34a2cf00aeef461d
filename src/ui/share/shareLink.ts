// The share link: this page's address with the full state written by formatAddress (scenario,
// comparison, time, view, site, mode, language, custom run, layout, stain, labels, hidden parts).
// Test switches are never shared.
import { formatAddress, type AddressState } from '../../state/url';

export function shareLink(state: AddressState, location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${location.pathname}${formatAddress(state)}`;
}
