// Spanish messages: layers. Same keys as English (checked by the type); plural forms _one/_many/_other.
import type { Messages } from '../types';
import type { layers as en } from '../en/layers';

export const layers: Messages<typeof en> = {
};
