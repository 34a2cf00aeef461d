// Spanish messages: tours. Same keys as English (checked by the type); plural forms _one/_many/_other.
import type { Messages } from '../types';
import type { tours as en } from '../en/tours';

export const tours: Messages<typeof en> = {
};
