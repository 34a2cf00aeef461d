// Spanish messages: device. Same keys as English (checked by the type); plural forms _one/_many/_other.
import type { Messages } from '../types';
import type { device as en } from '../en/device';

export const device: Messages<typeof en> = {
};
