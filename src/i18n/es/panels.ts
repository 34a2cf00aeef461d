// Spanish messages: panels. Same keys as English (checked by the type); plural forms _one/_many/_other.
import type { Messages } from '../types';
import type { panels as en } from '../en/panels';

export const panels: Messages<typeof en> = {
};
