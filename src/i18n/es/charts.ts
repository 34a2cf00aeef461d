// Spanish messages: charts. Same keys as English (checked by the type); plural forms _one/_many/_other.
import type { Messages } from '../types';
import type { charts as en } from '../en/charts';

export const charts: Messages<typeof en> = {
};
