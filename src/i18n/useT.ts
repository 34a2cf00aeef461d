// The message function for components: re-renders the caller when the language changes.
import { useCorium } from '../state/store';
import { t } from './index';

export function useT(): typeof t {
  useCorium((s) => s.lang);
  return t;
}
