// Spanish messages: help. Same keys as English (checked by the type); plural forms _one/_many/_other.
import type { Messages } from '../types';
import type { help as en } from '../en/help';

export const help: Messages<typeof en> = {
};
