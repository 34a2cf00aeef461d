// The English catalogue: one file per part of the app, so each feature owns its messages.
import { common } from './common';
import { transport } from './transport';
import { panels } from './panels';
import { device } from './device';
import { layers } from './layers';
import { charts } from './charts';
import { explain } from './explain';
import { tours } from './tours';
import { modes } from './modes';
import { share } from './share';
import { help } from './help';
import { plan } from './plan';
import { classroom } from './classroom';

export const en = { common, transport, panels, device, layers, charts, explain, tours, modes, share, help, plan, classroom };
export type Catalogue = typeof en;
