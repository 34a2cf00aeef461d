// Spanish messages: modes. Same keys as English (checked by the type); plural forms _one/_many/_other.
import type { Messages } from '../types';
import type { modes as en } from '../en/modes';

export const modes: Messages<typeof en> = {
};
