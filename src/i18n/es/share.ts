// Spanish messages: share. Same keys as English (checked by the type); plural forms _one/_many/_other.
import type { Messages } from '../types';
import type { share as en } from '../en/share';

export const share: Messages<typeof en> = {
};
