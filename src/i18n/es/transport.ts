// Spanish messages: transport. Same keys as English (checked by the type); plural forms _one/_many/_other.
import type { Messages } from '../types';
import type { transport as en } from '../en/transport';

export const transport: Messages<typeof en> = {
};
