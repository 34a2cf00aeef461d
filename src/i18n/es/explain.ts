// Spanish messages: explain. Same keys as English (checked by the type); plural forms _one/_many/_other.
import type { Messages } from '../types';
import type { explain as en } from '../en/explain';

export const explain: Messages<typeof en> = {
};
